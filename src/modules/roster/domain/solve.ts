// Local search for the general model: a greedy construction that fills each demand line with qualified,
// available employees, then simulated annealing over single-cell changes and same-day swaps. A move is scored
// by re-evaluating only the touched employees' rows and the touched day's demand lines (delta evaluation).
import { Rng } from '../nrp/rng.js';
import { indexDemand, type DemandIndex } from './coverage.js';
import {
  countQualified,
  dayCoverPenalty,
  employeeScore,
  evaluateRoster,
  type RosterEvaluation,
} from './evaluate.js';
import { indexModel, type ModelIndex } from './rules.js';
import type { Roster, RosterModel } from './types.js';

export interface SolveRosterOptions {
  seed?: number;
  iterations?: number;
  /** Absolute deadline (ms since the epoch). */
  deadline?: number;
  hardWeight?: number;
  /** Start from this roster instead of the greedy construction (e.g. the planner's current roster). */
  initial?: Roster;
  /** fixed[e][d] = true keeps that cell as it is (the rest of a selection being re-optimised). */
  fixed?: boolean[][];
  /** Called now and then with the best objective so far (hard × hardWeight + soft penalty). */
  onProgress?: (p: { fraction: number; best: number; hard: number; penalty: number; roster: Roster }) => void;
}

export interface SolveRosterResult {
  roster: Roster;
  evaluation: RosterEvaluation;
}

// Hours short of (or over) the contract are counted per hour; scaled down, so that closing a shortfall never
// pays for breaking a rest, consecutive-day or availability rule on the way.
const SEARCH_HARD_SCALE = { contractMinutes: 0.1 } as const;

class State {
  readonly rowCost: number[];
  readonly dayCost: number[];
  readonly demand: DemandIndex;
  constructor(
    readonly model: RosterModel,
    readonly ix: ModelIndex,
    readonly roster: Roster,
    readonly hardWeight: number,
  ) {
    this.demand = indexDemand(model);
    this.rowCost = model.employees.map((_, e) => this.scoreRow(e, roster[e]!));
    this.dayCost = Array.from({ length: model.days }, (_, d) => this.scoreDay(d));
  }
  scoreRow(e: number, row: (string | null)[]): number {
    const s = employeeScore(this.model, this.ix, e, row, SEARCH_HARD_SCALE);
    return s.hard * this.hardWeight + s.penalty;
  }
  scoreDay(d: number): number {
    const p = dayCoverPenalty(this.model, this.demand, this.roster, d);
    return p.hard * this.hardWeight + p.penalty;
  }
  total(): number {
    return this.rowCost.reduce((a, b) => a + b, 0) + this.dayCost.reduce((a, b) => a + b, 0);
  }
}

// Greedy construction: fill each demand line to its minimum (then preferred) with the qualified person who is
// furthest below their contract and has the fewest other skills, never adding a hard violation; then give
// everyone still below their contract's minimum shifts where the demand is least covered.
function construct(model: RosterModel, ix: ModelIndex): Roster {
  const roster: Roster = model.employees.map(() => Array<string | null>(model.days).fill(null));
  const minutes = model.employees.map(() => 0);
  // The contract's minimum is what the construction works towards, so only the other hard rules may not worsen.
  const hardOf = (e: number) => employeeScore(model, ix, e, roster[e]!, { contractMinutes: 0 }).hard;
  const tryPlace = (e: number, day: number, shift: string): boolean => {
    const row = roster[e]!;
    if (row[day] !== null) return false;
    const before = hardOf(e);
    row[day] = shift;
    if (hardOf(e) > before) {
      row[day] = null;
      return false;
    }
    minutes[e]! += ix.shift.get(shift)?.paidMinutes ?? 0;
    return true;
  };
  const target = (e: number) => Math.max(1, model.employees[e]!.minMinutes);
  const lines = [...model.demand].sort((a, b) => a.day - b.day || (b.skill ? 1 : 0) - (a.skill ? 1 : 0));
  for (const level of ['min', 'preferred'] as const) {
    for (const dm of lines) {
      const shift = ix.shift.get(dm.shift);
      if (!shift) continue;
      let n = countQualified(model, roster, dm.day, dm.shift, dm.skill);
      const candidates = model.employees
        .map((emp, e) => ({ emp, e }))
        .filter(
          ({ emp, e }) =>
            roster[e]![dm.day] === null &&
            minutes[e]! + shift.paidMinutes <= emp.maxMinutes &&
            (!dm.skill || emp.skills.includes(dm.skill)) &&
            shift.requiredSkills.every((k) => emp.skills.includes(k)),
        )
        .sort(
          (a, b) =>
            a.emp.skills.length - b.emp.skills.length ||
            minutes[a.e]! / target(a.e) - minutes[b.e]! / target(b.e),
        );
      for (const { e } of candidates) {
        if (n >= dm[level]) break;
        if (tryPlace(e, dm.day, dm.shift)) n++;
      }
    }
  }
  // Contract minimums: add shifts where the demand is least covered (most missing towards preferred).
  const need = (day: number, shift: string): number => {
    let missing = 0;
    for (const dm of model.demand)
      if (dm.day === day && dm.shift === shift)
        missing += dm.preferred - countQualified(model, roster, day, shift, dm.skill);
    return missing;
  };
  model.employees.forEach((emp, e) => {
    while (minutes[e]! < emp.minMinutes) {
      const options: { day: number; shift: string; need: number }[] = [];
      for (let d = 0; d < model.days; d++) {
        if (roster[e]![d] !== null) continue;
        for (const st of model.shifts) {
          if (!st.requiredSkills.every((k) => emp.skills.includes(k))) continue;
          const lineFits = model.demand.some(
            (dm) => dm.day === d && dm.shift === st.id && (!dm.skill || emp.skills.includes(dm.skill)),
          );
          if (lineFits) options.push({ day: d, shift: st.id, need: need(d, st.id) });
        }
      }
      options.sort((a, b) => b.need - a.need);
      if (!options.some((o) => tryPlace(e, o.day, o.shift))) break;
    }
  });
  return roster;
}

export function solveRoster(model: RosterModel, opts: SolveRosterOptions = {}): SolveRosterResult {
  const ix = indexModel(model);
  const hardWeight = opts.hardWeight ?? 10_000;
  const rng = new Rng(opts.seed ?? 1);
  const started = Date.now();
  const deadline = opts.deadline ?? Infinity;
  // With a deadline and no iteration count the search runs until the deadline, cooling by elapsed time.
  const timed = opts.iterations === undefined && Number.isFinite(deadline);
  const iterations = opts.iterations ?? (timed ? Number.MAX_SAFE_INTEGER : 20_000);
  const initial = opts.initial
    ? model.employees.map((_, e) =>
        Array.from({ length: model.days }, (_, d) => opts.initial![e]?.[d] ?? null),
      )
    : construct(model, ix);
  const st = new State(model, ix, initial, hardWeight);
  // Report the constructed roster at once: a caller that must stop at its deadline always has a roster.
  let bestRosterAtStart = st.roster.map((r) => [...r]);
  const values: (string | null)[] = [null, ...model.shifts.map((s) => s.id)];
  const E = model.employees.length;
  const blocked = model.employees.map((emp) => new Set([...emp.absences, ...emp.fixedDaysOff]));
  const free = (e: number, d: number): boolean =>
    !opts.fixed?.[e]?.[d] && !(blocked[e]!.has(d) && st.roster[e]![d] === null);
  let current = st.total();
  let best = current;
  let bestRoster = bestRosterAtStart;
  bestRosterAtStart = [];
  let fraction = 0;
  const report = (): void => {
    if (!opts.onProgress) return;
    const ev = scoreOf(st, bestRoster);
    opts.onProgress({ fraction, best, ...ev, roster: bestRoster });
  };
  report();
  let nextReport = started + 500;
  for (let it = 0; it < iterations && E > 0 && model.days > 0; it++) {
    if ((it & 255) === 0) {
      const now = Date.now();
      if (now > deadline) break;
      fraction = timed ? (now - started) / Math.max(1, deadline - started) : it / iterations;
      if (now >= nextReport) {
        nextReport = now + 500;
        report();
      }
    }
    if (!timed) fraction = it / iterations;
    const t = 50 * Math.pow(0.5 / 50, fraction);
    const d = rng.int(model.days);
    const e1 = rng.int(E);
    const swap = E > 1 && rng.next() < 0.5;
    const e2 = swap ? (e1 + 1 + rng.int(E - 1)) % E : e1;
    if (!free(e1, d) || (swap && !free(e2, d))) continue;
    const r1 = st.roster[e1]!;
    const r2 = st.roster[e2]!;
    const old1 = r1[d] ?? null;
    const old2 = r2[d] ?? null;
    const new1 = swap ? old2 : values[rng.int(values.length)]!;
    if (new1 === old1) continue;
    r1[d] = new1;
    if (swap) r2[d] = old1;
    const c1 = st.scoreRow(e1, r1);
    const c2 = swap ? st.scoreRow(e2, r2) : 0;
    // A swap keeps the head count but may change which skills are on the shift, so the day is re-scored.
    const cd = st.scoreDay(d);
    const delta = c1 - st.rowCost[e1]! + (swap ? c2 - st.rowCost[e2]! : 0) + cd - st.dayCost[d]!;
    if (delta <= 0 || rng.next() < Math.exp(-delta / t)) {
      st.rowCost[e1] = c1;
      if (swap) st.rowCost[e2] = c2;
      st.dayCost[d] = cd;
      current += delta;
      if (current < best) {
        best = current;
        bestRoster = st.roster.map((r) => [...r]);
      }
    } else {
      r1[d] = old1;
      if (swap) r2[d] = old2;
    }
  }
  fraction = 1;
  report();
  return { roster: bestRoster, evaluation: evaluateRoster(model, bestRoster) };
}

function scoreOf(st: State, roster: Roster): { hard: number; penalty: number } {
  let hard = 0;
  let penalty = 0;
  st.model.employees.forEach((_, e) => {
    const s = employeeScore(st.model, st.ix, e, roster[e]!);
    hard += s.hard;
    penalty += s.penalty;
  });
  for (let d = 0; d < st.model.days; d++) {
    const p = dayCoverPenalty(st.model, st.demand, roster, d);
    hard += p.hard;
    penalty += p.penalty;
  }
  return { hard, penalty };
}
