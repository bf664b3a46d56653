// Search streams. A stream advances in epochs; the solver synchronises all streams after every epoch and
// hands each the best roster found so far, so for a given seed and thread count the sequence of rosters is
// reproducible (the time limit only decides after how many epochs the search stops).
//  - 'anneal': simulated annealing with delta evaluation, then exact row re-optimisation (descent).
//  - 'colgen': column generation rounds (LP + DP pricing) and the integer master, followed by a short
//    annealing + descent from the master's roster; its rows feed back into the column pool.
import { ColumnGenerator } from './colgen.js';
import { dive } from './dive.js';
import { evaluateNrp, type NrpModel } from './model.js';
import { dpWork } from './dp.js';
import { mixSeed, Rng } from './rng.js';
import { NrpSearch } from './search.js';

export type StreamKind = 'anneal' | 'colgen';

export interface EpochReport {
  stream: number;
  bestObjective: number;
  best: Int16Array | null;
  iterations: number;
  lowerBound: number;
  columns: number;
  /** The current roster when no feasible one is known yet (least bad fallback). */
  fallback: Int16Array | null;
  /** Hard-violation units of the fallback (the solver keeps the least infeasible). */
  fallbackHard: number;
}

/**
 * Time of one annealing iteration per day of horizon, in DP work units (measured on instances 8 and 23: 25–31; an
 * iteration re-scores one or two rows, O(H) each). Converts annealing into the DP's deterministic work measure.
 */
const DP_UNITS_PER_ANNEAL_DAY = 30;
/** Bounds of the share of an epoch's work given to large-neighbourhood steps (adapted per stream). */
const LNS_SHARE_MIN = 0.03;
const LNS_SHARE_MAX = 0.3;

export function epochIterations(m: NrpModel): number {
  return Math.min(8_000_000, Math.max(1_000_000, 100 * m.E * m.H));
}

export class SearchStream {
  readonly search: NrpSearch;
  private readonly seed: number;
  private readonly stream: number;
  private readonly kind: StreamKind;
  private cg: ColumnGenerator | null = null;
  private cgUsable: boolean;

  private readonly iterations: number;
  private lnsShare = 0.15;
  private dives = 0;
  private runStart: number | undefined;
  private probed = false;

  constructor(m: NrpModel, seed: number, stream: number, kind: StreamKind, iterations?: number) {
    this.iterations = iterations ?? epochIterations(m);
    this.seed = seed;
    this.stream = stream;
    this.kind = kind;
    this.search = new NrpSearch(m, undefined, 1000);
    this.cgUsable = kind === 'colgen';
  }

  private adopt(start: Int16Array | null, startObjective: number): void {
    const s = this.search;
    if (start && startObjective <= s.bestObjective) {
      s.x.set(start);
      s.recompute();
    } else if (s.bestObjective < Infinity) {
      s.x.set(s.best);
      s.recompute();
    }
  }

  private anneal(rng: Rng, iterations: number, deadline: number): void {
    const s = this.search;
    const work0 = dpWork.units;
    const its0 = s.iterationsDone;
    const t0 = Date.now();
    s.anneal(rng, { iterations, t0: 30, t1: 0.5, deadline });
    this.descend(rng, deadline);
    const work = (s.iterationsDone - its0) * s.m.H * DP_UNITS_PER_ANNEAL_DAY + dpWork.units - work0;
    if (s.infeasible === 0) this.largeNeighbourhood(rng, work, deadline, Date.now() - t0);
    // Annealing may end on an infeasible roster (hard rules are only penalised): repair it, so the epoch
    // reports a feasible roster whenever the exact row DP can produce one.
    s.repair(rng, deadline);
  }

  /**
   * The annealing stagnates on long horizons (Instance20: the same roster at 60 s and 300 s): large-
   * neighbourhood steps clear a 4-week window of three employees, rebuild each row by the exact DP against the
   * current cover and keep the result if it is no worse. On 32-shift-type instances a step is costly, so the
   * steps get a share of the epoch's work (annealing + descent) that grows while they pay off and shrinks
   * when they do not. Work is counted, not timed, so a run stays reproducible.
   */
  private largeNeighbourhood(rng: Rng, epochWork: number, deadline: number, epochMs: number): void {
    const s = this.search;
    const share = this.lnsShare;
    const budget = (epochWork * share) / (1 - share);
    const start = dpWork.units;
    const before = s.objective();
    const t = Date.now();
    let steps = 0;
    while (steps < 4 * s.m.E && dpWork.units - start < budget && Date.now() < deadline) {
      s.ruinRecreate(rng, 3, 28, 0);
      steps++;
    }
    const gain = before - s.objective();
    this.lnsShare = gain > 0 ? Math.min(LNS_SHARE_MAX, share * 1.5) : Math.max(LNS_SHARE_MIN, share * 0.7);
    if (process.env.NRP_DEBUG)
      console.error(
        `  stream ${this.stream}: epoch ${epochMs} ms, ${epochWork.toExponential(2)} units; lns ${steps} steps, ` +
          `${Date.now() - t} ms, ${(dpWork.units - start).toExponential(2)} units, gain ${gain}, share ${share.toFixed(3)}`,
      );
  }

  /** Row DP descent; on large instances a single pass over 2-week windows keeps epochs short. */
  private descend(rng: Rng, deadline: number): void {
    const m = this.search.m;
    if (m.E * m.H > 2000) this.search.descend(rng, deadline, 14, 1);
    else this.search.descend(rng, deadline);
  }

  async runEpoch(
    epoch: number,
    start: Int16Array | null,
    startObjective: number,
    deadline: number,
  ): Promise<EpochReport> {
    const s = this.search;
    const rng = new Rng(mixSeed(this.seed, this.stream, epoch));
    this.adopt(start, startObjective);
    const its = this.iterations;
    if (epoch === 0 && !start) {
      s.construct(rng, deadline);
      this.descend(rng, deadline);
    }
    if (this.cgUsable) {
      this.cg ??= await ColumnGenerator.create(s.m);
      const cg = this.cg;
      if (s.bestObjective === Infinity) this.anneal(rng, Math.floor(its / 4), deadline);
      if (s.bestObjective < Infinity) cg.addRoster(s.best);
      const t0 = Date.now();
      // Pricing may take at most half of the run: Instance19 and 20 do not converge in 280 s, and a dive from an
      // unconverged LP (which re-prices at every node) did not finish in the rest of a 300 s run. Such a stream
      // gives up column generation and anneals only. A dive may take the time left but a tenth of the run:
      // Instance15 needs about 110 s of pricing and 124 s of diving, and its dive gives 3967 where annealing
      // gives 5380.
      this.runStart ??= t0;
      const priceDeadline = Math.min(deadline, this.runStart + 0.5 * (deadline - this.runStart));
      if (!cg.converged && t0 < priceDeadline && !this.probed) {
        // Probe: convergence takes 20–65 pricing rounds; if 30 rounds at this pace do not fit the pricing
        // budget, column generation would only take time from the annealing.
        this.probed = true;
        const r0 = cg.rounds;
        const w0 = dpWork.units;
        this.cgUsable = cg.price(priceDeadline, 3);
        const perRound = (Date.now() - t0) / Math.max(1, cg.rounds - r0);
        if (!cg.converged && perRound * 30 > priceDeadline - this.runStart) this.cgUsable = false;
        if (process.env.NRP_DEBUG)
          console.error(
            `  pricing probe: ${perRound.toFixed(0)} ms, ${((dpWork.units - w0) / Math.max(1, cg.rounds - r0)).toExponential(2)} units per round`,
          );
      }
      if (this.cgUsable && !cg.converged && t0 < priceDeadline) this.cgUsable = cg.price(priceDeadline, 40);
      const t1 = Date.now();
      if (!cg.converged && t1 >= priceDeadline) this.cgUsable = false;
      if (this.cgUsable && cg.converged && this.dives < 2) {
        // The first dive follows the LP; the second, over a pool enriched by the search, may undo fixes that make
        // the LP jump. Later epochs polish by annealing and large-neighbourhood steps.
        const diveDeadline = Math.max(t1, deadline - 0.1 * (deadline - this.runStart));
        const roster = dive(cg, diveDeadline, { backtracks: this.dives++ === 0 ? 0 : undefined });
        if (process.env.NRP_DEBUG)
          console.error(
            `  price ${t1 - t0} ms, dive ${Date.now() - t1} ms -> ${roster ? evaluateNrp(s.m, roster).objective : 'none'}`,
          );
        if (roster) {
          s.x.set(roster);
          s.recompute();
        }
      }
      this.anneal(rng, Math.floor(its / 4), deadline);
      cg.addRoster(s.best);
    } else this.anneal(rng, its, deadline);
    return {
      stream: this.stream,
      bestObjective: s.bestObjective,
      best: s.bestObjective < Infinity ? Int16Array.from(s.best) : null,
      iterations: s.iterationsDone,
      lowerBound: this.cg?.lowerBound ?? -Infinity,
      columns: this.cg?.columns ?? 0,
      fallback: s.bestObjective < Infinity ? null : Int16Array.from(s.x),
      fallbackHard: s.bestObjective < Infinity ? Infinity : s.hard.reduce((a, h) => a + h, 0),
    };
  }

  close(): void {
    this.cg?.dispose();
  }
}
