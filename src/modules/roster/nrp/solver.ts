// Orchestrates the search: one stream in-process, or one stream per worker thread. Streams synchronise at the
// end of every epoch and continue from the best roster found so far, so for a given seed and thread count the
// sequence of rosters is reproducible; the time limit only decides after how many epochs the search stops.
import { Worker } from 'node:worker_threads';
import { compileNrp, evaluateNrp, type NrpEvaluation, type NrpModel } from './model.js';
import { parseNrpInstance } from './instance.js';
import { SearchStream, type EpochReport } from './engine.js';

export interface SolveOptions {
  /** Absolute deadline in ms since the epoch (Date.now()). */
  deadline: number;
  seed: number;
  threads: number;
  /** Stop after this many epochs (for reproducibility tests); default unlimited. */
  maxEpochs?: number;
}

export interface SolveResult {
  model: NrpModel;
  roster: Int16Array | null;
  evaluation: NrpEvaluation | null;
  epochs: number;
  iterations: number;
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

function localStream(m: NrpModel, seed: number, stream: number): StreamHandle {
  const s = new SearchStream(m, { seed, stream });
  return {
    run: async (epoch, start, obj, deadline) => s.runEpoch(epoch, start, obj, deadline),
    close: async () => undefined,
  };
}

function workerStream(text: string, seed: number, stream: number): StreamHandle {
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    workerData: { text, seed, stream },
  });
  let pending: { resolve: (r: EpochReport) => void; reject: (e: Error) => void } | null = null;
  worker.on('message', (msg: EpochReport) => {
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
        worker.postMessage({ epoch, start, startObjective, deadline });
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}

export async function solveNrpText(text: string, opts: SolveOptions): Promise<SolveResult> {
  const model = compileNrp(parseNrpInstance(text));
  const threads = Math.max(1, Math.floor(opts.threads));
  const streams: StreamHandle[] = [];
  for (let i = 0; i < threads; i++)
    streams.push(threads === 1 ? localStream(model, opts.seed, i) : workerStream(text, opts.seed, i));
  let best: Int16Array | null = null;
  let bestObjective = Infinity;
  let epochs = 0;
  let iterations = 0;
  try {
    while (Date.now() < opts.deadline && (opts.maxEpochs === undefined || epochs < opts.maxEpochs)) {
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
      }
      epochs++;
    }
  } finally {
    await Promise.all(streams.map((s) => s.close()));
  }
  return { model, roster: best, evaluation: best ? evaluateNrp(model, best) : null, epochs, iterations };
}
