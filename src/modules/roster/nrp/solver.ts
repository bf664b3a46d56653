// Orchestrates the search: one stream in-process, or one stream per worker thread. Streams synchronise at the
// end of every epoch and continue from the best roster found so far, so for a given seed and thread count the
// sequence of rosters is reproducible; the time limit only decides after how many epochs the search stops.
import { Worker } from 'node:worker_threads';
import { compileNrp, evaluateNrp, type NrpEvaluation, type NrpModel } from './model.js';
import { parseNrpInstance } from './instance.js';
import { SearchStream, type EpochReport, type StreamKind } from './engine.js';

export interface SolveOptions {
  /** Absolute deadline in ms since the epoch (Date.now()). */
  deadline: number;
  seed: number;
  threads: number;
  /** Stop after this many epochs (for reproducibility tests); default unlimited. */
  maxEpochs?: number;
  /** Annealing iterations per epoch (default: scaled to the instance). */
  epochIterations?: number;
  /** Use column generation in the first stream (default true). */
  columnGeneration?: boolean;
}

export interface SolveResult {
  model: NrpModel;
  roster: Int16Array | null;
  evaluation: NrpEvaluation | null;
  epochs: number;
  iterations: number;
  lowerBound: number;
  optimal: boolean;
}

interface StreamHandle {
  run(
    epoch: number,
    start: Int16Array | null,
    startObjective: number,
    deadline: number,
  ): Promise<EpochReport>;
  close(): Promise<void>;
}

function localStream(
  m: NrpModel,
  seed: number,
  stream: number,
  kind: StreamKind,
  its?: number,
): StreamHandle {
  const s = new SearchStream(m, seed, stream, kind, its);
  return {
    run: (epoch, start, obj, deadline) => s.runEpoch(epoch, start, obj, deadline),
    close: async () => s.close(),
  };
}

function workerStream(
  text: string,
  seed: number,
  stream: number,
  kind: StreamKind,
  its?: number,
): StreamHandle {
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    workerData: { text, seed, stream, kind, its },
  });
  worker.unref();
  let pending: { resolve: (r: EpochReport) => void; reject: (e: Error) => void } | null = null;
  worker.on('message', (msg: EpochReport) => {
    worker.unref();
    const p = pending;
    pending = null;
    p?.resolve(msg);
  });
  worker.on('error', (err) => {
    const p = pending;
    pending = null;
    p?.reject(err);
  });
  return {
    run: (epoch, start, startObjective, deadline) =>
      new Promise<EpochReport>((resolve, reject) => {
        pending = { resolve, reject };
        worker.ref();
        worker.postMessage({ epoch, start, startObjective, deadline });
      }),
    // Workers are unref'd and terminated without waiting: a worker inside a long WebAssembly call may take a
    // moment to stop, and the process must not wait for it once the result is known.
    close: async () => {
      void worker.terminate();
    },
  };
}

export async function solveNrpText(text: string, opts: SolveOptions): Promise<SolveResult> {
  const model = compileNrp(parseNrpInstance(text));
  const threads = Math.max(1, Math.floor(opts.threads));
  const streams: StreamHandle[] = [];
  for (let i = 0; i < threads; i++) {
    // Column generation pays off when whole-row pricing is cheap (moderate size; Instance12's 60 × 10 master
    // re-solves too slowly in WebAssembly to dive within a minute). A pricing DP too large for the horizon
    // (instances 18–24) is detected on the first round and the stream falls back to annealing.
    const cgFits = model.E * model.S <= 400;
    const kind: StreamKind = i === 0 && opts.columnGeneration !== false && cgFits ? 'colgen' : 'anneal';
    streams.push(
      threads === 1
        ? localStream(model, opts.seed, i, kind, opts.epochIterations)
        : workerStream(text, opts.seed, i, kind, opts.epochIterations),
    );
  }
  let lowerBound = -Infinity;
  let optimal = false;
  let fallback: Int16Array | null = null;
  let fallbackHard = Infinity;
  let best: Int16Array | null = null;
  let bestObjective = Infinity;
  let epochs = 0;
  let iterations = 0;
  try {
    while (
      (epochs === 0 || Date.now() < opts.deadline) &&
      (opts.maxEpochs === undefined || epochs < opts.maxEpochs)
    ) {
      const reports = await Promise.all(
        streams.map((s) => s.run(epochs, best, bestObjective, opts.deadline)),
      );
      iterations = 0;
      for (const r of reports) {
        iterations += r.iterations;
        if (r.best && r.bestObjective < bestObjective) {
          bestObjective = r.bestObjective;
          best = r.best;
        }
        lowerBound = Math.max(lowerBound, r.lowerBound);
        if (r.fallback && (!fallback || r.fallbackHard < fallbackHard)) {
          fallback = r.fallback;
          fallbackHard = r.fallbackHard;
        }
      }
      epochs++;
      if (process.env.NRP_DEBUG) {
        const info = reports.map((r) => `${r.bestObjective}/${r.columns}`).join(' ');
        console.error(`epoch ${epochs} t=${Date.now()} best ${bestObjective} lb ${lowerBound} [${info}]`);
      }
      // Every objective is an integer, so a roster at the rounded-up lower bound is optimal.
      if (best && bestObjective <= Math.ceil(lowerBound - 1e-6)) {
        optimal = true;
        break;
      }
    }
  } finally {
    await Promise.all(streams.map((s) => s.close()));
  }
  const roster = best ?? fallback;
  return {
    model,
    roster,
    evaluation: roster ? evaluateNrp(model, roster) : null,
    epochs,
    iterations,
    lowerBound,
    optimal,
  };
}
