// Portfolio alerts: energy labels (public buildings over 250 m² must always have a valid label, valid 10
// years) and asbestos (fibre-cement materials that may contain asbestos, or asbestos noted on a part).

export const ENERGY_LABEL_AREA_LIMIT = 250;
export const ENERGY_LABELS = ['A2020', 'A2015', 'A2010', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
/** Warn this many days before a label expires. */
export const LABEL_WARNING_DAYS = 180;

export type LabelAlert =
  { kind: 'label_missing' } | { kind: 'label_expired' | 'label_expiring'; expires: string };

export function energyLabelAlert(
  b: { grossArea: number | null; energyLabel: string | null; energyLabelExpires: string | null },
  today: string,
): LabelAlert | null {
  if (b.grossArea === null || b.grossArea <= ENERGY_LABEL_AREA_LIMIT) return null;
  if (!b.energyLabel || !b.energyLabelExpires) return { kind: 'label_missing' };
  if (b.energyLabelExpires < today) return { kind: 'label_expired', expires: b.energyLabelExpires };
  const warnFrom = new Date(`${today}T00:00:00Z`);
  warnFrom.setUTCDate(warnFrom.getUTCDate() + LABEL_WARNING_DAYS);
  if (b.energyLabelExpires <= warnFrom.toISOString().slice(0, 10))
    return { kind: 'label_expiring', expires: b.energyLabelExpires };
  return null;
}

export type AsbestosCodes = { wall: ReadonlySet<string>; roof: ReadonlySet<string> };

/** Why a building may contain asbestos (empty: no known reason). */
export function asbestosReasons(
  b: { wallMaterial: string | null; roofMaterial: string | null; asbestosNoted: boolean },
  codes: AsbestosCodes,
): ('wall' | 'roof' | 'noted')[] {
  const reasons: ('wall' | 'roof' | 'noted')[] = [];
  if (b.wallMaterial && codes.wall.has(b.wallMaterial)) reasons.push('wall');
  if (b.roofMaterial && codes.roof.has(b.roofMaterial)) reasons.push('roof');
  if (b.asbestosNoted) reasons.push('noted');
  return reasons;
}

/** Forvaltnings Klassifikation groups whose material is the wall or roof material from BBR. */
const WALL_PARTS = /^2[1-2]/;
const ROOF_PARTS = /^27/;

/** A work order on this part must warn about asbestos. */
export function asbestosWarningForPart(
  part: { fkCode: string; asbestos: boolean } | null,
  reasons: readonly ('wall' | 'roof' | 'noted')[],
): boolean {
  if (part?.asbestos) return true;
  if (!part) return reasons.includes('noted');
  if (reasons.includes('wall') && WALL_PARTS.test(part.fkCode)) return true;
  if (reasons.includes('roof') && ROOF_PARTS.test(part.fkCode)) return true;
  return reasons.includes('noted');
}
