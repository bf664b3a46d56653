// Coverage of one (day, shift): which demand line each person on the shift counts towards. A nurse who is
// also a SOSU-assistant counts once, not on both lines — counting every qualified person on every line (as a
// plain "how many have skill X" would) hides real gaps when skills overlap. The allocation is greedy by
// scarcity: lines are filled up to their minimum first, then to the preferred level, each time taking the
// line with the fewest remaining candidates and the candidate who qualifies for the fewest open lines.
import type { Demand, Roster, RosterModel } from './types.js';

export interface CoverLine {
  skill?: string | undefined;
  min: number;
  preferred: number;
}

export interface Allocation {
  /** People counted on each line (same order as the lines). */
  counts: number[];
  /** For each person: the line index they count towards, or -1 (no line takes their skills). */
  lineOf: number[];
}

const qualifies = (line: CoverLine, skills: readonly string[]): boolean =>
  !line.skill || skills.includes(line.skill);

export function allocate(lines: readonly CoverLine[], staff: readonly (readonly string[])[]): Allocation {
  const counts = lines.map(() => 0);
  const lineOf = staff.map(() => -1);
  const fill = (target: (l: CoverLine) => number): void => {
    for (;;) {
      let bestLine = -1;
      let bestCandidates = Infinity;
      for (let l = 0; l < lines.length; l++) {
        if (counts[l]! >= target(lines[l]!)) continue;
        let n = 0;
        for (let p = 0; p < staff.length; p++) if (lineOf[p] === -1 && qualifies(lines[l]!, staff[p]!)) n++;
        if (n > 0 && n < bestCandidates) {
          bestCandidates = n;
          bestLine = l;
        }
      }
      if (bestLine < 0) return;
      let bestPerson = -1;
      let bestOpen = Infinity;
      for (let p = 0; p < staff.length; p++) {
        if (lineOf[p] !== -1 || !qualifies(lines[bestLine]!, staff[p]!)) continue;
        let open = 0;
        for (let l = 0; l < lines.length; l++)
          if (counts[l]! < target(lines[l]!) && qualifies(lines[l]!, staff[p]!)) open++;
        if (open < bestOpen) {
          bestOpen = open;
          bestPerson = p;
        }
      }
      lineOf[bestPerson] = bestLine;
      counts[bestLine]!++;
    }
  };
  fill((l) => l.min);
  fill((l) => Math.max(l.min, l.preferred));
  // Everyone left over counts as overstaffing on the qualifying line that is least over.
  for (let p = 0; p < staff.length; p++) {
    if (lineOf[p] !== -1) continue;
    let best = -1;
    for (let l = 0; l < lines.length; l++) {
      if (!qualifies(lines[l]!, staff[p]!)) continue;
      const over = counts[l]! - Math.max(lines[l]!.min, lines[l]!.preferred);
      const bestOver =
        best < 0 ? Infinity : counts[best]! - Math.max(lines[best]!.min, lines[best]!.preferred);
      if (over < bestOver) best = l;
    }
    if (best >= 0) {
      lineOf[p] = best;
      counts[best]!++;
    }
  }
  return { counts, lineOf };
}

/** Demand lines grouped by day and shift: `groups[day].get(shift)` = the lines of that (day, shift). */
export type DemandIndex = Map<string, Demand[]>[];

export function indexDemand(model: RosterModel): DemandIndex {
  const out: DemandIndex = Array.from({ length: model.days }, () => new Map());
  for (const dm of model.demand) {
    const byShift = out[dm.day];
    if (!byShift) continue;
    const list = byShift.get(dm.shift) ?? [];
    list.push(dm);
    byShift.set(dm.shift, list);
  }
  return out;
}

export interface ShiftCoverage {
  day: number;
  shift: string;
  lines: Demand[];
  counts: number[];
  /** Employee indices on the shift and the line each counts towards (-1: none of the lines takes them). */
  staff: number[];
  lineOf: number[];
}

/** Coverage of every (day, shift) that has demand or staff. */
export function shiftCoverage(
  model: RosterModel,
  roster: Roster,
  demand = indexDemand(model),
): ShiftCoverage[] {
  const out: ShiftCoverage[] = [];
  for (let d = 0; d < model.days; d++) {
    const onShift = new Map<string, number[]>();
    model.employees.forEach((_, e) => {
      const s = roster[e]?.[d];
      if (!s) return;
      const list = onShift.get(s) ?? [];
      list.push(e);
      onShift.set(s, list);
    });
    const shifts = new Set([...(demand[d]?.keys() ?? []), ...onShift.keys()]);
    for (const shift of shifts) out.push(coverageOf(model, demand, d, shift, onShift.get(shift) ?? []));
  }
  return out;
}

export function coverageOf(
  model: RosterModel,
  demand: DemandIndex,
  day: number,
  shift: string,
  staff: number[],
): ShiftCoverage {
  const lines = demand[day]?.get(shift) ?? [];
  const a = allocate(
    lines,
    staff.map((e) => model.employees[e]!.skills),
  );
  return { day, shift, lines, counts: a.counts, staff, lineOf: a.lineOf };
}
