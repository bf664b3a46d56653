// One search stream: annealing followed by exact row re-optimisation, in epochs. Used both in-process
// (one thread) and inside each worker thread. Deterministic for a given seed, stream index and epoch sequence.
import type { NrpModel } from './model.js';
import { mixSeed, Rng } from './rng.js';
import { NrpSearch } from './search.js';

export interface EngineOptions {
  seed: number;
  stream: number;
  hardWeight?: number;
}

export interface EpochReport {
  stream: number;
  bestObjective: number;
  best: Int16Array | null;
  iterations: number;
}

export function epochIterations(m: NrpModel): number {
  return Math.min(8_000_000, Math.max(1_000_000, 100 * m.E * m.H));
}

export class SearchStream {
  readonly search: NrpSearch;
  private readonly opts: EngineOptions;

  constructor(m: NrpModel, opts: EngineOptions) {
    this.opts = opts;
    this.search = new NrpSearch(m, undefined, opts.hardWeight ?? 1000);
  }

  /** Run one epoch from `start` (the shared best, if better than ours) until done or the deadline. */
  runEpoch(epoch: number, start: Int16Array | null, startObjective: number, deadline: number): EpochReport {
    const s = this.search;
    const rng = new Rng(mixSeed(this.opts.seed, this.opts.stream, epoch));
    if (start && startObjective <= s.bestObjective) {
      s.x.set(start);
      s.recompute();
    } else if (s.bestObjective < Infinity) {
      s.x.set(s.best);
      s.recompute();
    }
    s.anneal(rng, { iterations: epochIterations(s.m), t0: 30, t1: 0.5, deadline });
    s.descend(rng, deadline);
    return {
      stream: this.opts.stream,
      bestObjective: s.bestObjective,
      best: s.bestObjective < Infinity ? Int16Array.from(s.best) : null,
      iterations: s.iterationsDone,
    };
  }
}
