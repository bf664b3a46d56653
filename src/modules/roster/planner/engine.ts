// The planner engine shared by `rodtrad roster plan` and the application's optimisation job: a model goes
// to several search streams (worker threads with different seeds, off the main thread), each reports its best
// objective as it falls, and the best roster by (hard violations, penalty) wins.
import { Worker } from 'node:worker_threads';
import { evaluateRoster } from '../domain/evaluate.js';
import { solveRoster } from '../domain/solve.js';
import type { Roster, RosterModel } from '../domain/types.js';

export interface PlanStreamInput {
  model: RosterModel;
  seed: number;
  deadline: number;
  initial?: Roster;
  fixed?: boolean[][];
}

export interface PlanProgress {
  /** 0–1 of the time budget used. */
  fraction: number;
  /** Best objective over all streams so far (hard violations × 10 000 + penalty). */
  best: number;
  hard: number;
  penalty: number;
}

export interface PlanOptions {
  /** Absolute deadline, ms since the epoch. */
  deadline: number;
  seed?: number;
  threads?: number;
  initial?: Roster;
  fixed?: boolean[][];
  onProgress?: (p: PlanProgress) => void;
  signal?: AbortSignal;
}

export interface PlanResult {
  roster: Roster;
  hard: number;
  penalty: number;
}

type Message = ({ type: 'progress'; roster: Roster } & PlanProgress) | { type: 'done'; roster: Roster };

// A stream that has not finished this long after the deadline (a slow start on a busy machine) is stopped
// and its last reported roster used, so callers can promise to finish within their time limit.
const GRACE_MS = 1500;

function stream(
  input: PlanStreamInput,
  onProgress: (p: PlanProgress) => void,
  signal?: AbortSignal,
): Promise<Roster> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: input });
    let last: Roster | null = input.initial ?? null;
    const stop = () => void worker.terminate();
    signal?.addEventListener('abort', stop, { once: true });
    const watchdog = setTimeout(
      () => {
        signal?.removeEventListener('abort', stop);
        void worker.terminate();
        // No report yet (the worker is still starting): build the greedy roster here instead.
        resolve(last ?? solveRoster(input.model, { iterations: 0 }).roster);
      },
      Math.max(0, input.deadline - Date.now() + GRACE_MS),
    );
    worker.on('message', (msg: Message) => {
      if (msg.type === 'progress') {
        last = msg.roster;
        const { roster: _roster, type: _type, ...progress } = msg;
        onProgress(progress);
      } else {
        clearTimeout(watchdog);
        last = msg.roster;
        signal?.removeEventListener('abort', stop);
        void worker.terminate();
        resolve(msg.roster);
      }
    });
    worker.on('error', (err) => {
      clearTimeout(watchdog);
      signal?.removeEventListener('abort', stop);
      reject(err);
    });
    worker.on('exit', () => {
      if (signal?.aborted) {
        if (last) resolve(last);
        else reject(new Error('the optimisation was cancelled'));
      }
    });
  });
}

export async function planRoster(model: RosterModel, opts: PlanOptions): Promise<PlanResult> {
  const threads = Math.max(1, Math.floor(opts.threads ?? 1));
  const seed = opts.seed ?? 1;
  const bests: PlanProgress[] = [];
  const report = (i: number, p: PlanProgress) => {
    bests[i] = p;
    const top = bests.filter(Boolean).reduce((a, b) => (b.best < a.best ? b : a));
    opts.onProgress?.({ ...top, fraction: Math.min(...bests.filter(Boolean).map((b) => b.fraction)) });
  };
  const base = {
    model,
    deadline: opts.deadline,
    ...(opts.initial ? { initial: opts.initial } : {}),
    ...(opts.fixed ? { fixed: opts.fixed } : {}),
  };
  let rosters: Roster[];
  if (threads === 1 && !opts.signal) {
    // One stream in this thread (tests, tiny models): no worker start-up.
    rosters = [solveRoster(model, { ...base, seed, onProgress: (p) => report(0, p) }).roster];
  } else {
    rosters = await Promise.all(
      Array.from({ length: threads }, (_, i) =>
        stream({ ...base, seed: seed + i * 7919 }, (p) => report(i, p), opts.signal),
      ),
    );
  }
  let best: PlanResult | null = null;
  for (const roster of rosters) {
    const ev = evaluateRoster(model, roster);
    const hard = ev.violations.filter((v) => v.hard).length;
    if (!best || hard < best.hard || (hard === best.hard && ev.penalty < best.penalty))
      best = { roster, hard, penalty: ev.penalty };
  }
  return best!;
}
