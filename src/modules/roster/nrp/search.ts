// Simulated-annealing local search over a compiled Curtois & Qu model with delta evaluation.
// Hard rules are penalised with a large weight during the search; only hard-feasible rosters are kept as best.
// Moves: change one cell, set a block of days for one employee, swap a block of days between two employees.
// A move's cost is the change in cover penalty (O(days touched)) plus the change in the touched employees'
// own penalty (their row re-evaluated; every other employee is untouched).
import { coverCost, OFF, type NrpModel } from './model.js';
import { optimiseRow, type WindowBounds } from './dp.js';
import { constructRoster, repairRoster } from './construct.js';
import { Rng } from './rng.js';

export interface AnnealParams {
  iterations: number;
  t0: number;
  t1: number;
  deadline: number;
}

export class NrpSearch {
  readonly m: NrpModel;
  readonly x: Int16Array;
  readonly cnt: Int32Array;
  readonly soft: Float64Array;
  readonly hard: Float64Array;
  coverTotal = 0;
  softTotal = 0;
  infeasible = 0;
  hardWeight: number;
  best: Int16Array;
  bestObjective = Infinity;
  iterationsDone = 0;
  private readonly rowA: Int16Array;
  private readonly rowB: Int16Array;
  private readonly perType: Int32Array;
  private readonly values: Int16Array[];
  private rs = 0;
  private rh = 0;

  constructor(m: NrpModel, start?: Int16Array, hardWeight = 1000) {
    this.m = m;
    this.hardWeight = hardWeight;
    this.x = start ? Int16Array.from(start) : new Int16Array(m.E * m.H).fill(OFF);
    this.cnt = new Int32Array(m.H * m.S);
    this.soft = new Float64Array(m.E);
    this.hard = new Float64Array(m.E);
    this.rowA = new Int16Array(m.H);
    this.rowB = new Int16Array(m.H);
    this.perType = new Int32Array(m.S);
    this.values = [];
    for (let e = 0; e < m.E; e++) {
      const vs = [OFF];
      for (let s = 0; s < m.S; s++) if ((m.maxShifts[e * m.S + s] ?? 0) > 0) vs.push(s);
      this.values.push(Int16Array.from(vs));
    }
    this.best = Int16Array.from(this.x);
    this.recompute();
  }

  objective(): number {
    return this.coverTotal + this.softTotal;
  }

  /** Full recomputation of all cached totals (also clears floating drift). */
  recompute(): void {
    const { E, H, S } = this.m;
    this.cnt.fill(0);
    for (let e = 0; e < E; e++)
      for (let d = 0; d < H; d++) if (this.x[e * H + d]! !== OFF) this.cnt[d * S + this.x[e * H + d]!]!++;
    this.coverTotal = 0;
    for (let k = 0; k < H * S; k++) this.coverTotal += coverCost(this.m, k, this.cnt[k]!);
    this.softTotal = 0;
    this.infeasible = 0;
    for (let e = 0; e < E; e++) {
      this.rowPenalty(e, this.x.subarray(e * H, e * H + H));
      this.soft[e] = this.rs;
      this.hard[e] = this.rh;
      this.softTotal += this.rs;
      if (this.rh > 0) this.infeasible++;
    }
    this.noteBest();
  }

  private noteBest(): void {
    if (this.infeasible === 0 && this.objective() < this.bestObjective) {
      this.bestObjective = this.objective();
      this.best.set(this.x);
    }
  }

  /** Request penalty (rs) and hard-violation units (rh) of one employee's row. */
  rowPenalty(e: number, r: Int16Array): void {
    const m = this.m;
    const H = m.H;
    const S = m.S;
    const S1 = S + 1;
    const cc = m.cellCost;
    const base = e * H * S1;
    const pt = this.perType;
    pt.fill(0);
    const maxC = m.maxCons[e]!;
    const minC = m.minCons[e]!;
    const minO = m.minOff[e]!;
    let soft = 0;
    let hard = 0;
    let mins = 0;
    let prev = OFF;
    let blockStart = 0;
    for (let d = 0; d < H; d++) {
      const v = r[d]!;
      soft += cc[base + d * S1 + v + 1]!;
      if (v !== OFF) {
        pt[v]!++;
        mins += m.minutes[v]!;
        if (prev !== OFF && m.forbidden[prev * S + v]) hard++;
      }
      if (d > 0 && (v === OFF) !== (prev === OFF)) {
        const len = d - blockStart;
        if (prev !== OFF) {
          if (len > maxC) hard += len - maxC;
          if (blockStart > 0 && len < minC) hard += minC - len;
        } else if (blockStart > 0 && len < minO) hard += minO - len;
        blockStart = d;
      }
      prev = v;
    }
    if (prev !== OFF && H - blockStart > maxC) hard += H - blockStart - maxC;
    for (let s = 0; s < S; s++) {
      const over = pt[s]! - m.maxShifts[e * S + s]!;
      if (over > 0) hard += over;
    }
    if (mins > m.maxMinutes[e]!) hard += Math.ceil((mins - m.maxMinutes[e]!) / 240);
    else if (mins < m.minMinutes[e]!) hard += Math.ceil((m.minMinutes[e]! - mins) / 240);
    let wk = 0;
    for (let w = 5; w + 1 < H; w += 7) if (r[w]! !== OFF || r[w + 1]! !== OFF) wk++;
    if (wk > m.maxWeekends[e]!) hard += wk - m.maxWeekends[e]!;
    this.rs = soft;
    this.rh = hard;
  }

  private coverDelta(d: number, old: number, v: number): number {
    const m = this.m;
    let delta = 0;
    if (old !== OFF) {
      const k = d * m.S + old;
      const n = this.cnt[k]!;
      delta += coverCost(m, k, n - 1) - coverCost(m, k, n);
    }
    if (v !== OFF) {
      const k = d * m.S + v;
      const n = this.cnt[k]!;
      delta += coverCost(m, k, n + 1) - coverCost(m, k, n);
    }
    return delta;
  }

  private setCell(e: number, d: number, v: number): void {
    const m = this.m;
    const i = e * m.H + d;
    const old = this.x[i]!;
    if (old === v) return;
    this.coverTotal += this.coverDelta(d, old, v);
    if (old !== OFF) this.cnt[d * m.S + old]!--;
    if (v !== OFF) this.cnt[d * m.S + v]!++;
    this.x[i] = v;
  }

  private commitRow(e: number, soft: number, hard: number): void {
    this.softTotal += soft - this.soft[e]!;
    if (this.hard[e]! > 0) this.infeasible--;
    if (hard > 0) this.infeasible++;
    this.soft[e] = soft;
    this.hard[e] = hard;
  }

  private accept(delta: number, t: number, rng: Rng): boolean {
    return delta <= 0 || rng.next() < Math.exp(-delta / t);
  }

  /** Set days [a, a+k) of employee e to value v (k = 1 is a single-cell change). */
  private moveBlock(rng: Rng, t: number): void {
    const m = this.m;
    const H = m.H;
    const e = rng.int(m.E);
    const k = rng.next() < 0.5 ? 1 : 1 + rng.int(Math.min(7, H));
    const a = rng.int(H - k + 1);
    const vs = this.values[e]!;
    const v = vs[rng.int(vs.length)]!;
    const row = this.rowA;
    row.set(this.x.subarray(e * H, e * H + H));
    let cov = 0;
    let changed = false;
    for (let d = a; d < a + k; d++) {
      const old = row[d]!;
      if (old === v) continue;
      if (v !== OFF && !m.allowed[(e * H + d) * m.S + v]) return;
      cov += this.coverDelta(d, old, v);
      row[d] = v;
      changed = true;
    }
    if (!changed) return;
    this.rowPenalty(e, row);
    const w = this.hardWeight;
    const delta = cov + this.rs - this.soft[e]! + w * (this.rh - this.hard[e]!);
    if (!this.accept(delta, t, rng)) return;
    for (let d = a; d < a + k; d++) this.setCell(e, d, row[d]!);
    this.commitRow(e, this.rs, this.rh);
  }

  /** Swap days [a, a+k) between two employees; cover is unchanged. */
  private moveSwap(rng: Rng, t: number): void {
    const m = this.m;
    const H = m.H;
    const S = m.S;
    const e1 = rng.int(m.E);
    let e2 = rng.int(m.E - 1);
    if (e2 >= e1) e2++;
    const k = 1 + rng.int(Math.min(H, rng.next() < 0.5 ? 4 : 14));
    const a = rng.int(H - k + 1);
    const r1 = this.rowA;
    const r2 = this.rowB;
    r1.set(this.x.subarray(e1 * H, e1 * H + H));
    r2.set(this.x.subarray(e2 * H, e2 * H + H));
    let changed = false;
    for (let d = a; d < a + k; d++) {
      const v1 = r1[d]!;
      const v2 = r2[d]!;
      if (v1 === v2) continue;
      if (v2 !== OFF && !m.allowed[(e1 * H + d) * S + v2]) return;
      if (v1 !== OFF && !m.allowed[(e2 * H + d) * S + v1]) return;
      r1[d] = v2;
      r2[d] = v1;
      changed = true;
    }
    if (!changed) return;
    this.rowPenalty(e1, r1);
    const s1 = this.rs;
    const h1 = this.rh;
    this.rowPenalty(e2, r2);
    const w = this.hardWeight;
    const delta =
      s1 - this.soft[e1]! + this.rs - this.soft[e2]! + w * (h1 - this.hard[e1]! + this.rh - this.hard[e2]!);
    if (!this.accept(delta, t, rng)) return;
    this.x.set(r1, e1 * H);
    this.x.set(r2, e2 * H);
    this.commitRow(e1, s1, h1);
    this.commitRow(e2, this.rs, this.rh);
  }

  /** Replace days [a, b) of employee e by the best row found by dynamic programming if that is no worse. */
  reoptimise(e: number, a: number, b: number, bounds?: WindowBounds, repairing = false): number {
    const m = this.m;
    const H = m.H;
    const res = optimiseRow(m, e, this.x, this.cnt, a, b, 400_000, undefined, bounds);
    if (!res) return 0;
    const row = this.rowA;
    row.set(this.x.subarray(e * H, e * H + H));
    let cov = 0;
    let changed = false;
    for (let d = a; d < b; d++) {
      const v = res.row[d - a]!;
      if (row[d] === v) continue;
      cov += this.coverDelta(d, row[d]!, v);
      row[d] = v;
      changed = true;
    }
    if (!changed) return 0;
    this.rowPenalty(e, row);
    const delta = cov + this.rs - this.soft[e]! + this.hardWeight * (this.rh - this.hard[e]!);
    // When repairing, fewer hard violations win whatever the soft cost.
    if (delta > 0 && !(repairing && this.rh < this.hard[e]!)) return 0;
    for (let d = a; d < b; d++) this.setCell(e, d, row[d]!);
    this.commitRow(e, this.rs, this.rh);
    this.noteBest();
    return delta < 0 ? -delta : 0;
  }

  writeRow(e: number, a: number, b: number, vals: ArrayLike<number>, offset: number): void {
    const H = this.m.H;
    for (let d = a; d < b; d++) this.setCell(e, d, vals[d - a + offset]!);
    this.rowPenalty(e, this.x.subarray(e * H, e * H + H));
    this.commitRow(e, this.rs, this.rh);
  }

  /**
   * Ruin and recreate: clear a window of days for k employees, then rebuild their rows one by one, each
   * optimally given all others (dynamic programming). Kept when no worse than before plus a threshold.
   */
  ruinRecreate(rng: Rng, k: number, window: number, threshold: number): boolean {
    const { E, H } = this.m;
    let a = 0;
    let b = H;
    if (H > window) {
      const weeks = Math.ceil(H / 7);
      const span = Math.ceil(window / 7);
      const w0 = rng.int(Math.max(1, weeks - span + 1));
      a = w0 * 7;
      b = Math.min(H, (w0 + span) * 7);
    }
    const chosen: number[] = [];
    while (chosen.length < Math.min(k, E)) {
      const e = rng.int(E);
      if (!chosen.includes(e)) chosen.push(e);
    }
    const before = this.objective();
    const infBefore = this.infeasible;
    const saved = chosen.map((e) => this.x.slice(e * H + a, e * H + b));
    const off = new Int16Array(b - a).fill(OFF);
    for (const e of chosen) this.writeRow(e, a, b, off, 0);
    let ok = true;
    for (const e of chosen) {
      const res = optimiseRow(this.m, e, this.x, this.cnt, a, b);
      if (!res) {
        ok = false;
        break;
      }
      this.writeRow(e, a, b, res.row, 0);
    }
    if (ok && this.infeasible <= infBefore && this.objective() <= before + threshold) {
      this.noteBest();
      return true;
    }
    chosen.forEach((e, i) => this.writeRow(e, a, b, saved[i]!, 0));
    return false;
  }

  /** Construction and repair of hard violations (see construct.ts). */
  construct(rng: Rng, deadline: number): void {
    constructRoster(this, rng, deadline);
    this.repair(rng, deadline);
  }

  /** Repair the rows of the current roster that break a hard rule (see construct.ts). */
  repair(rng: Rng, deadline: number): void {
    if (this.infeasible > 0) repairRoster(this, rng, deadline);
    this.noteBest();
  }

  /** Re-optimise employees one at a time (random order, week-aligned windows) until no row improves. */
  descend(rng: Rng, deadline: number, window = 28, maxPasses = 50): void {
    const { E, H } = this.m;
    for (let pass = 0; pass < maxPasses; pass++) {
      let gain = 0;
      const order = Array.from({ length: E }, (_, i) => i);
      for (let i = E - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const e of order) {
        if (Date.now() > deadline) return;
        if (H <= window) gain += this.reoptimise(e, 0, H);
        else {
          const weeks = Math.ceil(H / 7);
          const span = Math.ceil(window / 7);
          const w0 = rng.int(Math.max(1, weeks - span + 1));
          gain += this.reoptimise(e, w0 * 7, Math.min(H, (w0 + span) * 7));
        }
      }
      if (gain === 0) return;
    }
  }

  /** One annealing run with geometric cooling from t0 to t1; returns false when the deadline stopped it. */
  anneal(rng: Rng, p: AnnealParams): boolean {
    const ratio = Math.pow(p.t1 / p.t0, 1 / Math.max(1, p.iterations));
    let t = p.t0;
    for (let i = 0; i < p.iterations; i++) {
      if ((i & 1023) === 0 && Date.now() > p.deadline) return false;
      if (rng.next() < 0.5) this.moveBlock(rng, t);
      else this.moveSwap(rng, t);
      if (this.infeasible === 0 && this.objective() < this.bestObjective) {
        this.bestObjective = this.objective();
        this.best.set(this.x);
      }
      t *= ratio;
      this.iterationsDone++;
    }
    return true;
  }
}
