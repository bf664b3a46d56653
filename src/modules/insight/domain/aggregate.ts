// Folding contributions into daily totals, and the periods a dashboard compares (pure).
import type { Contribution } from './figures.js';

export type DailyTotal = { figure: string; unitId: string | null; day: string; n: number; total: number };

/** Sums a batch of contributions per figure, unit and day, so a batch costs one upsert per key. */
export function foldDaily(contributions: readonly Contribution[]): DailyTotal[] {
  const map = new Map<string, DailyTotal>();
  for (const c of contributions) {
    const key = `${c.figure}|${c.unitId ?? ''}|${c.day}`;
    const row = map.get(key);
    if (row) {
      row.n += 1;
      row.total += c.value;
    } else map.set(key, { figure: c.figure, unitId: c.unitId, day: c.day, n: 1, total: c.value });
  }
  return [...map.values()];
}

export type Period = { from: string; to: string };

const DAY_MS = 86_400_000;
const toDate = (d: string) => new Date(`${d}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

/** Days from `from` to `to`, both included. */
export function daysOf({ from, to }: Period): string[] {
  const out: string[] = [];
  for (let t = toDate(from).getTime(); t <= toDate(to).getTime(); t += DAY_MS) out.push(toIso(new Date(t)));
  return out;
}

/** The period of the same length just before: what a trend compares with. */
export function previousPeriod({ from, to }: Period): Period {
  const length = Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS) + 1;
  const end = new Date(toDate(from).getTime() - DAY_MS);
  return { from: toIso(new Date(end.getTime() - (length - 1) * DAY_MS)), to: toIso(end) };
}

/** The current month up to today, the default period of a dashboard. */
export function monthToDate(today: string): Period {
  return { from: `${today.slice(0, 7)}-01`, to: today };
}
