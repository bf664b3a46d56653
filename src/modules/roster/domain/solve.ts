// Local search for the general model: a greedy construction that fills each demand line with qualified,
// available employees, then simulated annealing over single-cell changes and same-day swaps. A move is scored
// by re-evaluating only the touched employees' rows and the touched day's demand lines (delta evaluation).
import { Rng } from '../nrp/rng.js';
import {
  countQualified,
  coverPenalty,
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
}

export interface SolveRosterResult {
  roster: Roster;
  evaluation: RosterEvaluation;
}

class State {
  readonly rowCost: number[];
  readonly dayCost: number[];
  constructor(
    readonly model: RosterModel,
    readonly ix: ModelIndex,
    readonly roster: Roster,
    readonly hardWeight: number,
  ) {
    this.rowCost = model.employees.map((_, e) => this.scoreRow(e, roster[e]!));
    this.dayCost = Array.from({ length: model.days }, (_, d) => this.scoreDay(d));
  }
  scoreRow(e: number, row: (string | null)[]): number {
    const s = employeeScore(this.model, this.ix, e, row);
    return s.hard * this.hardWeight + s.penalty;
  }
  scoreDay(d: number): number {
    let c = 0;
    for (const dm of this.model.demand) {
      if (dm.day !== d) continue;
      const p = coverPenalty(
        this.model,
        dm.min,
        dm.preferred,
        countQualified(this.model, this.roster, d, dm.shift, dm.skill),
      );
      c += p.hardMissing * this.hardWeight + p.penalty;
    }
    return c;
  }
  total(): number {
    return this.rowCost.reduce((a, b) => a + b, 0) + this.dayCost.reduce((a, b) => a + b, 0);
  }
}

function construct(model: RosterModel, ix: ModelIndex, hardWeight: number): Roster {
  const roster: Roster = model.employees.map(() => Array<string | null>(model.days).fill(null));
  const lines = [...model.demand].sort((a, b) => a.day - b.day || b.min - a.min);
  for (const dm of lines) {
    const shift = ix.shift.get(dm.shift);
    if (!shift) continue;
    let n = countQualified(model, roster, dm.day, dm.shift, dm.skill);
    const candidates = model.employees
      .map((emp, e) => ({ emp, e }))
      .filter(
        ({ emp, e }) =>
          roster[e]![dm.day] === null &&
          (!dm.skill || emp.skills.includes(dm.skill)) &&
          shift.requiredSkills.every((k) => emp.skills.includes(k)),
      );
    for (const { e } of candidates) {
      if (n >= dm.min) break;
      const row = roster[e]!;
      const before = employeeScore(model, ix, e, row).hard;
      row[dm.day] = dm.shift;
      if (employeeScore(model, ix, e, row).hard > before) row[dm.day] = null;
      else n++;
    }
  }
  void hardWeight;
  return roster;
}

export function solveRoster(model: RosterModel, opts: SolveRosterOptions = {}): SolveRosterResult {
  const ix = indexModel(model);
  const hardWeight = opts.hardWeight ?? 10_000;
  const rng = new Rng(opts.seed ?? 1);
  const iterations = opts.iterations ?? 20_000;
  const deadline = opts.deadline ?? Infinity;
  const st = new State(model, ix, construct(model, ix, hardWeight), hardWeight);
  const values: (string | null)[] = [null, ...model.shifts.map((s) => s.id)];
  const E = model.employees.length;
  let current = st.total();
  let best = current;
  let bestRoster = st.roster.map((r) => [...r]);
  for (let it = 0; it < iterations && E > 0; it++) {
    if ((it & 255) === 0 && Date.now() > deadline) break;
    const t = 50 * Math.pow(0.5 / 50, it / iterations);
    const d = rng.int(model.days);
    const e1 = rng.int(E);
    const swap = E > 1 && rng.next() < 0.5;
    const e2 = swap ? (e1 + 1 + rng.int(E - 1)) % E : e1;
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
    const cd = swap ? st.dayCost[d]! : st.scoreDay(d);
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
  return { roster: bestRoster, evaluation: evaluateRoster(model, bestRoster) };
}
