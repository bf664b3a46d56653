// Is the server keeping up? The event loop's delay (how late timers fire) is sampled every 10 s; when its
// 99th percentile stays above RODTRAD_LAG_WARN_MS (default 200 ms) in most of the last minute, the load is
// "sustained". On the embedded database (PGlite runs inside this process, on the event loop) that is the
// signal to move to a PostgreSQL server: /readyz says so and the log warns (decision 0010).
import { monitorEventLoopDelay } from 'node:perf_hooks';

export type LoadAssessment = {
  /** p99 event-loop delay of each of the last (up to) six 10-second windows, newest last, in ms. */
  lagP99Ms: number[];
  sustained: boolean;
  embeddedDatabase: boolean;
  advice: string | null;
};

export const MOVE_TO_POSTGRES =
  'sustained load on the embedded database (PGlite runs on the event loop): move to a PostgreSQL server (DATABASE_URL), see docs/operations.md';

/** Sustained: at least four of the last six windows over the threshold. */
export function assessLoad(
  lagP99Ms: number[],
  thresholdMs: number,
  embeddedDatabase: boolean,
): LoadAssessment {
  const recent = lagP99Ms.slice(-6);
  const sustained = recent.filter((ms) => ms > thresholdMs).length >= 4;
  return {
    lagP99Ms: recent,
    sustained,
    embeddedDatabase,
    advice: sustained
      ? embeddedDatabase
        ? MOVE_TO_POSTGRES
        : 'sustained load: add cores or instances'
      : null,
  };
}

export function lagThresholdMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.RODTRAD_LAG_WARN_MS;
  if (raw === undefined || raw === '') return 200;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 10 || n > 60_000)
    throw new Error(`RODTRAD_LAG_WARN_MS must be an integer from 10 to 60000 (got "${raw}")`);
  return n;
}

export type LoadMonitor = { assess(): LoadAssessment; stop(): void };

export function startLoadMonitor(
  embeddedDatabase: boolean,
  warn: (assessment: LoadAssessment) => void,
  thresholdMs = lagThresholdMs(),
): LoadMonitor {
  const histogram = monitorEventLoopDelay({ resolution: 20 });
  histogram.enable();
  const windows: number[] = [];
  let lastWarning = 0;
  const timer = setInterval(() => {
    windows.push(Math.round(histogram.percentile(99) / 1e6));
    histogram.reset();
    if (windows.length > 6) windows.shift();
    const a = assessLoad(windows, thresholdMs, embeddedDatabase);
    // At most one warning every five minutes while it lasts.
    if (a.sustained && Date.now() - lastWarning > 300_000) {
      lastWarning = Date.now();
      warn(a);
    }
  }, 10_000);
  timer.unref();
  return {
    assess: () => assessLoad(windows, thresholdMs, embeddedDatabase),
    stop() {
      clearInterval(timer);
      histogram.disable();
    },
  };
}
