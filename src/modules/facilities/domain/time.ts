// Danish local time ↔ UTC without a time-zone library: the offset of Europe/Copenhagen at an instant comes
// from Intl (cached per hour), and a local wall-clock time is resolved by trying the two possible offsets.

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const offsetCache = new Map<number, number>();

/** Minutes east of UTC in Copenhagen at the given instant (60 in winter, 120 in summer). */
export function copenhagenOffsetMinutes(utcMs: number): number {
  const hourKey = Math.floor(utcMs / 3_600_000);
  const cached = offsetCache.get(hourKey);
  if (cached !== undefined) return cached;
  const parts = Object.fromEntries(
    formatter.formatToParts(new Date(hourKey * 3_600_000)).map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!);
  const offset = Math.round((asUtc - hourKey * 3_600_000) / 60_000);
  if (offsetCache.size > 200_000) offsetCache.clear();
  offsetCache.set(hourKey, offset);
  return offset;
}

/**
 * UTC instant of a Copenhagen wall-clock time; null when that time does not exist (the spring-forward hour).
 * In the repeated autumn hour the first (summer-time) instant is returned.
 */
export function fromCopenhagen(y: number, mo: number, d: number, h: number, mi = 0): number | null {
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  for (const offset of [120, 60]) {
    const utc = wall - offset * 60_000;
    if (copenhagenOffsetMinutes(utc) === offset) return utc;
  }
  return null;
}
