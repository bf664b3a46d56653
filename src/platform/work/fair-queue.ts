// A bounded, per-tenant fair queue in front of expensive work (page rendering, PDF parsing in the worker
// pool). At most `concurrency` tasks run at once; waiting tasks are served round-robin across tenants, so one
// municipality opening a 300-page bundle cannot make another wait behind all of its pages. Each tenant may
// have at most `perTenant` tasks waiting or running, and the whole queue at most `total` waiting: past that
// the caller gets BusyError at once (503 with Retry-After) instead of a request that hangs.
import { AppError } from '../http/errors.js';

export class BusyError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    detail: string,
  ) {
    super('service.busy', detail, undefined, {
      status: 503,
      da: 'Serveren har travlt lige nu. Prøv igen om lidt.',
      en: 'The server is busy right now. Try again in a moment.',
    });
  }
}

export type FairQueueOptions = {
  /** Tasks running at once (usually the number of workers behind the queue). */
  concurrency: number;
  /** Tasks one tenant may have waiting or running. */
  perTenant: number;
  /** Tasks waiting in all (running ones not counted). */
  total: number;
};

export type FairQueueStats = { running: number; waiting: number; refused: number; tenants: number };

export interface FairQueue {
  run<T>(tenantId: string, task: () => Promise<T>): Promise<T>;
  stats(): FairQueueStats;
}

type Waiting = { start: () => void };

export function createFairQueue(options: FairQueueOptions): FairQueue {
  const { concurrency, perTenant, total } = options;
  if (concurrency < 1 || perTenant < 1 || total < 0) throw new Error('invalid fair queue options');
  // Tenants with waiting tasks, in the order they are served next (a Map keeps insertion order).
  const waiting = new Map<string, Waiting[]>();
  const held = new Map<string, number>(); // waiting + running per tenant
  let running = 0;
  let queued = 0;
  let refused = 0;
  // Average task time (exponentially smoothed), for an honest Retry-After.
  let avgMs = 200;

  const release = (tenantId: string): void => {
    const n = (held.get(tenantId) ?? 1) - 1;
    if (n <= 0) held.delete(tenantId);
    else held.set(tenantId, n);
  };

  const pump = (): void => {
    while (running < concurrency && waiting.size > 0) {
      // The first tenant in line; after its task starts it goes to the back of the line (round-robin).
      const [tenantId, list] = waiting.entries().next().value as [string, Waiting[]];
      const next = list.shift()!;
      waiting.delete(tenantId);
      if (list.length > 0) waiting.set(tenantId, list);
      queued -= 1;
      running += 1;
      next.start();
    }
  };

  return {
    run<T>(tenantId: string, task: () => Promise<T>): Promise<T> {
      const mine = held.get(tenantId) ?? 0;
      const full = mine >= perTenant || (running >= concurrency && queued >= total);
      if (full) {
        refused += 1;
        const ahead = running + queued;
        const seconds = Math.max(1, Math.ceil((ahead / concurrency) * (avgMs / 1000)));
        return Promise.reject(
          new BusyError(
            seconds,
            mine >= perTenant
              ? `this municipality has ${mine} tasks in the queue (limit ${perTenant})`
              : `${queued} tasks are waiting (limit ${total})`,
          ),
        );
      }
      held.set(tenantId, mine + 1);
      return new Promise<T>((resolve, reject) => {
        const start = (): void => {
          const t0 = performance.now();
          // The slot is free before the caller hears the result, so its next call finds room.
          const done = (): void => {
            avgMs = avgMs * 0.8 + (performance.now() - t0) * 0.2;
            running -= 1;
            release(tenantId);
            pump();
          };
          Promise.resolve()
            .then(task)
            .then(
              (value) => (done(), resolve(value)),
              (error: unknown) => (done(), reject(error as Error)),
            );
        };
        const list = waiting.get(tenantId);
        if (list) list.push({ start });
        else waiting.set(tenantId, [{ start }]);
        queued += 1;
        pump();
      });
    },
    stats: () => ({ running, waiting: queued, refused, tenants: held.size }),
  };
}
