// Column generation over employee rows. The master LP (HiGHS, WebAssembly) picks one row per employee and pays
// for under/over cover; pricing is the exact row DP with the LP duals as cell prices. Integer rosters come from
// diving (dive.ts): the integer master over the generated pool (HiGHS branch and bound) took 20–30 s on
// Instance8 and gave 1775–2569 against the dive's 1305–1420.
import * as highsModule from 'highs';
import type { Highs, Model as HighsModel } from 'highs';
import { optimiseRow, type DpResult } from './dp.js';
import { OFF, type NrpModel } from './model.js';

// The package is CommonJS-typed but loads as ESM under tsx; its default export is the loader either way.
const highsLoader = (highsModule as unknown as { default: () => Promise<Highs> }).default;
let highsPromise: Promise<Highs> | null = null;
export const loadHighs = (): Promise<Highs> => (highsPromise ??= highsLoader());

const ARTIFICIAL = 1e6;

export class ColumnGenerator {
  readonly m: NrpModel;
  readonly rows: Int16Array[] = [];
  readonly owner: number[] = [];
  lowerBound = -Infinity;
  converged = false;
  /** Master LP solves done by price() (pricing rounds). */
  rounds = 0;
  private readonly seen = new Set<string>();
  readonly highs: Highs;
  readonly model: HighsModel;
  readonly nCover: number;
  /** Index of the first row column in the HiGHS model (after the slack and artificial columns). */
  readonly firstCol: number;
  private inModel = 0;

  private constructor(m: NrpModel, highs: Highs) {
    this.m = m;
    this.highs = highs;
    const { E, H, S } = m;
    this.nCover = H * S;
    const model = highs.createModel();
    model.options.set({ output_flag: false, presolve: 'off', solver: 'simplex' });
    for (let k = 0; k < this.nCover; k++) model.addRow(m.req[k]!, m.req[k]!, { indices: [], values: [] });
    for (let e = 0; e < E; e++) model.addRow(1, 1, { indices: [], values: [] });
    for (let k = 0; k < this.nCover; k++) {
      model.addCol(m.underW[k]!, 0, highs.infinity, { indices: [k], values: [1] });
      model.addCol(m.overW[k]!, 0, highs.infinity, { indices: [k], values: [-1] });
    }
    // One artificial column per employee keeps the master feasible before real rows exist.
    for (let e = 0; e < E; e++)
      model.addCol(ARTIFICIAL, 0, highs.infinity, { indices: [this.nCover + e], values: [1] });
    this.firstCol = 2 * this.nCover + E;
    this.model = model;
  }

  static async create(m: NrpModel): Promise<ColumnGenerator> {
    return new ColumnGenerator(m, await loadHighs());
  }

  dispose(): void {
    this.model.dispose();
  }

  get columns(): number {
    return this.rows.length;
  }

  add(e: number, row: Int16Array): boolean {
    const key = `${e}:${row.join(',')}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.rows.push(Int16Array.from(row));
    this.owner.push(e);
    this.converged = false;
    return true;
  }

  addRoster(x: Int16Array): number {
    let n = 0;
    for (let e = 0; e < this.m.E; e++) if (this.add(e, x.subarray(e * this.m.H, (e + 1) * this.m.H))) n++;
    return n;
  }

  private requestCost(j: number): number {
    const { H, S } = this.m;
    const e = this.owner[j]!;
    const row = this.rows[j]!;
    let c = 0;
    for (let d = 0; d < H; d++) c += this.m.cellCost[(e * H + d) * (S + 1) + row[d]! + 1]!;
    return c;
  }

  /** @internal Add the rows generated since the last call to the HiGHS master. */
  sync(): void {
    const { H, S } = this.m;
    for (; this.inModel < this.rows.length; this.inModel++) {
      const j = this.inModel;
      const row = this.rows[j]!;
      const idx: number[] = [];
      for (let d = 0; d < H; d++) if (row[d]! !== OFF) idx.push(d * S + row[d]!);
      idx.push(this.nCover + this.owner[j]!);
      this.model.addCol(this.requestCost(j), 0, this.highs.infinity, {
        indices: idx,
        values: idx.map(() => 1),
      });
    }
  }

  /** @internal */
  runUntil(deadline: number): void {
    const cb = this.highs.constants.callbackType;
    const stop = (ev: { interrupt(): void }): undefined => {
      if (Date.now() > deadline) ev.interrupt();
      return undefined;
    };
    this.model.zeroAllClocks();
    this.model.options.set({ time_limit: Math.max(0.05, (deadline - Date.now()) / 1000) });
    this.model.run({ [cb.simplexInterrupt]: stop, [cb.mipInterrupt]: stop });
  }

  /**
   * Solve the master LP and price new rows until none has negative reduced cost, maxRounds LP solves were done
   * or the deadline passed. Returns false when the pricing problem is too large for this instance.
   * Duals are smoothed towards the best Lagrangian point so far (Wentges); on a mispricing the true duals are
   * used. Any dual vector within the slack bounds gives the Lagrangian bound
   * sum(pi * req) + sum over employees of the cheapest row at prices pi, valid when every DP was exact.
   */
  price(deadline: number, maxRounds = Infinity): boolean {
    const { E } = this.m;
    for (let round = 0; round < maxRounds && Date.now() < deadline; round++) {
      this.sync();
      this.runUntil(deadline);
      this.rounds++;
      if (this.model.getModelStatus() !== this.highs.constants.modelStatus.optimal) return true;
      const dual = this.model.getSolution().rowDual;
      const y = this.clampDuals(dual.subarray(0, this.nCover));
      const mu = dual.subarray(this.nCover, this.nCover + E);
      let pi = y;
      if (this.center) {
        pi = new Float64Array(this.nCover);
        for (let k = 0; k < this.nCover; k++) pi[k] = 0.5 * this.center[k]! + 0.5 * y[k]!;
      }
      let added = 0;
      for (;;) {
        const r = this.priceAll(pi, y, mu, deadline);
        if (r === 'too-large') return false;
        if (r === 'timeout') return true;
        if (!Number.isNaN(r.bound)) {
          this.lowerBound = Math.max(this.lowerBound, r.bound);
          if (r.bound > this.centerBound) {
            this.centerBound = r.bound;
            this.center = Float64Array.from(pi);
          }
        }
        added = r.added;
        if (added > 0 || pi === y) break;
        pi = y;
      }
      if (added === 0) {
        this.converged = true;
        return true;
      }
    }
    return true;
  }

  private center: Float64Array | null = null;
  private centerBound = -Infinity;

  /** @internal Duals clamped to the range the slack columns allow. */
  clampDuals(y: Float64Array): Float64Array {
    const out = new Float64Array(this.nCover);
    for (let k = 0; k < this.nCover; k++)
      out[k] = Math.min(this.m.underW[k]!, Math.max(-this.m.overW[k]!, y[k]!));
    return out;
  }

  /**
   * Cheapest row at the given cell costs. On long horizons the exact state is too large; there the per-type
   * maxima are left to penalties (exact when no penalty was needed), and if that is still too large, weekends
   * are priced instead (construct.ts does the same for repairs): at price 0 a row within the weekend
   * limit is exactly optimal, otherwise the price is raised until the row respects the limit, and the result
   * is a good row but not a proven cheapest one (the bound is then not used).
   */
  private priceRow(e: number, x: Int16Array, cnt: Int32Array, costs: Float64Array): DpResult | null {
    const m = this.m;
    const { H, S } = m;
    if (!this.exactTooLarge) {
      const res = optimiseRow(m, e, x, cnt, 0, H, 1_500_000, costs);
      if (res) return res;
      this.exactTooLarge = true;
    }
    const base = {
      loMin: m.minMinutes[e]!,
      hiMin: m.maxMinutes[e]!,
      weekends: m.maxWeekends[e]!,
      typeCap: m.maxShifts.subarray(e * S, (e + 1) * S),
    };
    // Weekends counted, per-type maxima by penalties only: a smaller state that is often enough (84 days).
    const untracked = optimiseRow(m, e, x, cnt, 0, H, 1_500_000, costs, { ...base, untracked: true });
    if (untracked) return untracked;
    for (const price of [0, 30, 300, 3000, 1e6]) {
      const res = optimiseRow(m, e, x, cnt, 0, H, 1_500_000, costs, { ...base, weekendPrice: price });
      if (res) return price === 0 ? res : { ...res, exact: false };
    }
    return null;
  }

  /** The exact pricing state was too large once: go straight to the smaller ones. */
  private exactTooLarge = false;

  /** @internal Price every employee not in `fixed`; used by the master and by diving. */
  priceAll(
    pi: Float64Array,
    y: Float64Array,
    mu: Float64Array,
    deadline: number,
    fixed: Uint8Array | null = null,
  ): { added: number; bound: number; minRc: number } | 'too-large' | 'timeout' {
    const { E, H, S } = this.m;
    const costs = new Float64Array(H * (S + 1));
    const emptyX = new Int16Array(E * H).fill(OFF);
    const emptyCnt = new Int32Array(H * S);
    let bound = 0;
    for (let k = 0; k < this.nCover; k++) bound += pi[k]! * this.m.req[k]!;
    let exact = true;
    let added = 0;
    let minRc = 0;
    for (let e = 0; e < E; e++) {
      if (Date.now() > deadline) return 'timeout';
      if (fixed?.[e]) continue;
      for (let d = 0; d < H; d++)
        for (let v = -1; v < S; v++)
          costs[d * (S + 1) + v + 1] =
            this.m.cellCost[(e * H + d) * (S + 1) + v + 1]! - (v === OFF ? 0 : pi[d * S + v]!);
      const res = this.priceRow(e, emptyX, emptyCnt, costs);
      if (!res) return 'too-large';
      exact &&= res.exact;
      bound += res.cost;
      let rc = -mu[e]!;
      for (let d = 0; d < H; d++) {
        const v = res.row[d]!;
        rc += this.m.cellCost[(e * H + d) * (S + 1) + v + 1]! - (v === OFF ? 0 : y[d * S + v]!);
      }
      minRc += Math.min(0, rc);
      if (rc < -1e-6 && this.add(e, res.row)) added++;
    }
    return { added, bound: exact && !fixed ? bound : NaN, minRc: exact ? minRc : -Infinity };
  }
}
