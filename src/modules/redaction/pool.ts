// A small pool of worker threads for analyseDocument and redactDocument, so a batch (the documents of an
// aktindsigt request) uses every core and the HTTP server's event loop stays free. Each worker loads MuPDF,
// the detection engine and (when a page needs it) its own OCR pool; one document per worker at a time. The
// same bytes go to the same worker when it is free, so a redaction after an analysis finds the pages read.
// Options with a custom detector cannot cross a thread boundary and run in the calling thread instead.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cacheContext, contentKey, createPageCache, type TCacheSeed } from './cache.js';
import { RedactionError, type TRedactionErrorCode } from './errors.js';
import { analyseDocument, redactDocument } from './redact.js';
import type { TPageSize, TTextBox } from './render.js';
import type { TAnalysis, TRedactOptions, TRedactReport } from './types.js';

type TAnalyseOptions = Omit<TRedactOptions, 'accept' | 'reject' | 'manual'>;
type TRedactResult = { pdf: Uint8Array; report: TRedactReport; analysis: TAnalysis };

export type TPoolRequest = {
  id: number;
  op: 'analyse' | 'redact' | 'render' | 'pages' | 'search' | 'words';
  bytes: ArrayBuffer;
  opts: TRedactOptions;
  /** For render and pages: the document's content key, media type and (render) page and resolution. */
  preview?: TPreviewArgs;
  /** Pages of these bytes read earlier by any worker, for this worker's page cache. */
  seed?: TCacheSeed;
};

export type TPreviewArgs = { key: string; mediaType: string; page: number; dpi: number; query?: string };

export type TPoolResponse =
  | {
      id: number;
      ok: true;
      result: TAnalysis | TRedactResult | Uint8Array | TPageSize[] | TTextBox[];
      cache?: TCacheSeed;
    }
  | {
      id: number;
      ok: false;
      error: {
        code: TRedactionErrorCode | null;
        message: string;
        messageDa: string | null;
        file?: string;
        data?: RedactionError['data'];
      };
    };

export interface TRedactionPool {
  readonly size: number;
  /** Calls that were handed pages read by an earlier call (hits) or had to read them (misses). */
  readonly cacheStats: { hits: number; misses: number };
  analyse(bytes: Uint8Array, opts?: TAnalyseOptions): Promise<TAnalysis>;
  redact(bytes: Uint8Array, opts?: TRedactOptions): Promise<TRedactResult>;
  close(): Promise<void>;
}

/** The pool as created: redaction plus page previews (the records module runs a second pool for those). */
export interface TWorkerPool extends TRedactionPool {
  /** One page as PNG, rendered in a worker. `key` names the content (its SHA-256). */
  render(key: string, bytes: Uint8Array, mediaType: string, page: number, dpi: number): Promise<Uint8Array>;
  /** Page sizes in PDF points, read in a worker. */
  pageSizes(key: string, bytes: Uint8Array, mediaType: string): Promise<TPageSize[]>;
  /** Where `query` occurs in the text layer (at most `maxHits`), searched in a worker. */
  search(
    key: string,
    bytes: Uint8Array,
    mediaType: string,
    query: string,
    maxHits: number,
  ): Promise<TTextBox[]>;
  /** The words of one page with their boxes, read in a worker. */
  words(key: string, bytes: Uint8Array, mediaType: string, page: number): Promise<TTextBox[]>;
  /** Starts the workers now (each loads MuPDF and the engine, seconds on a busy machine), not on first use. */
  warm(): void;
  /** Tasks handed to workers so far, per operation (for tests and the logs). */
  readonly calls: Record<TPoolRequest['op'], number>;
}

/** Workers per pool: RODTRAD_REDACTION_WORKERS, default the number of cores up to 2. */
export function defaultPoolSize(env: Record<string, string | undefined> = process.env): number {
  const raw = env.RODTRAD_REDACTION_WORKERS;
  if (raw !== undefined && raw !== '') {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 16)
      throw new Error(`RODTRAD_REDACTION_WORKERS must be an integer from 1 to 16 (got "${raw}")`);
    return n;
  }
  return Math.max(1, Math.min(2, availableParallelism()));
}

function toError(e: Extract<TPoolResponse, { ok: false }>['error']): Error {
  if (!e.code) return new Error(e.message);
  // The messages already start with the file name; RedactionError adds it again when given, so strip it.
  const strip = (m: string) => (e.file && m.startsWith(`${e.file}: `) ? m.slice(e.file.length + 2) : m);
  return new RedactionError(e.code, strip(e.message), strip(e.messageDa ?? e.message), e.file, e.data);
}

interface TSlot {
  worker: Worker | null;
  busy: boolean;
  /** Fails the task in flight (worker crashed, exited or ran past the time limit). */
  fail: ((error: Error) => void) | null;
}

type TTask = {
  /** The worker that read these bytes before (same SHA-256), whose page cache can answer. */
  affinity: number;
  seed?: TCacheSeed;
  op: TPoolRequest['op'];
  preview?: TPreviewArgs;
  bytes: Uint8Array;
  opts: TRedactOptions;
  resolve: (value: never) => void;
  reject: (error: Error) => void;
};

/** Wall-clock seconds one document may take in a worker: RODTRAD_REDACTION_TASK_SECONDS, default 900. */
export function taskTimeLimitSeconds(env: Record<string, string | undefined> = process.env): number {
  const raw = env.RODTRAD_REDACTION_TASK_SECONDS;
  if (raw === undefined || raw === '') return 900;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 1 || n > 86_400)
    throw new Error(
      `RODTRAD_REDACTION_TASK_SECONDS must be a number of seconds from 1 to 86400 (got "${raw}")`,
    );
  return n;
}

export function createRedactionPool(
  size = defaultPoolSize(),
  taskSeconds = taskTimeLimitSeconds(),
): TWorkerPool {
  const slots: TSlot[] = Array.from({ length: size }, () => ({ worker: null, busy: false, fail: null }));
  const queue: TTask[] = [];
  // Pages the workers read, handed to whichever worker gets the same bytes next (any worker can redact what
  // another analysed).
  const cache = createPageCache();
  let nextId = 1;
  let closed = false;

  const spawn = (slot: TSlot): Worker => {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url));
    // An idle worker must not keep the process alive; it is ref'd while it works.
    worker.unref();
    slot.worker = worker;
    // Listeners for the worker's whole life, not only while it works: an error in an idle worker with no
    // listener would be thrown in the main thread and end the server, and a worker that exited while idle must
    // not be handed the next task (it would never answer).
    const gone = (error: Error): void => {
      // A worker already replaced (terminated after a time-out) must not fail its successor's task.
      if (slot.worker !== worker) return;
      slot.worker = null;
      slot.fail?.(error);
    };
    worker.on('error', gone);
    worker.on('exit', (code) => gone(new Error(`redaction worker exited with code ${code}`)));
    return worker;
  };

  const pump = (): void => {
    for (const slot of slots) {
      if (closed || slot.busy || queue.length === 0) continue;
      // The worker's own documents first (its page cache has them), else any: no worker idles while work waits.
      const own = queue.findIndex((t) => t.affinity === slots.indexOf(slot));
      const task = queue.splice(own >= 0 ? own : 0, 1)[0]!;
      slot.busy = true;
      const worker = slot.worker ?? spawn(slot);
      const id = nextId++;
      const done = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        slot.fail = null;
        worker.unref();
        slot.busy = false;
        pump();
      };
      const onMessage = (response: TPoolResponse): void => {
        if (response.id !== id) return;
        done();
        if (response.ok && response.cache) {
          const c = response.cache;
          cache.set(c.key, c.pages, c.context, c.suggestions);
        }
        if (response.ok) task.resolve(response.result as never);
        else task.reject(toError(response.error));
      };
      // A crashed worker (out of memory in WebAssembly, a bug) fails its task and is replaced on next use.
      slot.fail = (error: Error): void => {
        if (slot.worker === worker) slot.worker = null;
        void worker.terminate();
        done();
        task.reject(error);
      };
      // A document that sends MuPDF or OCR into a loop would otherwise hold the slot for good.
      const timer = setTimeout(() => {
        slot.fail?.(
          new RedactionError(
            'TIMEOUT',
            `processing took longer than ${taskSeconds} s`,
            `behandlingen tog mere end ${taskSeconds} s`,
            task.opts.name,
          ),
        );
      }, taskSeconds * 1000);
      worker.on('message', onMessage);
      worker.ref();
      // A copy of the input is transferred: the caller keeps its bytes.
      const copy = task.bytes.slice().buffer;
      const request: TPoolRequest = {
        id,
        op: task.op,
        bytes: copy,
        opts: task.opts,
        seed: task.seed,
        preview: task.preview,
      };
      worker.postMessage(request, [copy]);
    }
  };

  const calls: Record<TPoolRequest['op'], number> = {
    analyse: 0,
    redact: 0,
    render: 0,
    pages: 0,
    search: 0,
    words: 0,
  };
  const submit = <T>(
    op: TTask['op'],
    bytes: Uint8Array,
    opts: TRedactOptions,
    preview?: TPreviewArgs,
  ): Promise<T> => {
    if (closed) return Promise.reject(new Error('the redaction pool is closed'));
    calls[op] += 1;
    return new Promise<T>((resolve, reject) => {
      // Previews are named by the caller (hashing a large file again here would block the event loop).
      const key = preview?.key ?? contentKey(bytes);
      const affinity = Number.parseInt(key.slice(0, 8), 16) % size;
      const context = preview ? undefined : cacheContext(opts);
      const hit = context === undefined ? null : cache.get(key, context);
      const seed = hit && context !== undefined ? { key, context, ...hit } : undefined;
      queue.push({
        affinity,
        seed,
        op,
        preview,
        bytes,
        opts,
        resolve: resolve as (value: never) => void,
        reject,
      });
      pump();
    });
  };

  return {
    size,
    cacheStats: cache.stats,
    analyse(bytes, opts = {}) {
      if (opts.detector) return analyseDocument(bytes, opts);
      return submit<TAnalysis>('analyse', bytes, opts);
    },
    redact(bytes, opts = {}) {
      if (opts.detector) return redactDocument(bytes, opts);
      return submit<TRedactResult>('redact', bytes, opts);
    },
    warm() {
      for (const slot of slots) if (!closed && !slot.worker) spawn(slot);
    },
    render(key, bytes, mediaType, page, dpi) {
      return submit<Uint8Array>('render', bytes, {}, { key, mediaType, page, dpi });
    },
    pageSizes(key, bytes, mediaType) {
      return submit<TPageSize[]>('pages', bytes, {}, { key, mediaType, page: 0, dpi: 0 });
    },
    search(key, bytes, mediaType, query, maxHits) {
      return submit<TTextBox[]>('search', bytes, {}, { key, mediaType, page: maxHits, dpi: 0, query });
    },
    words(key, bytes, mediaType, page) {
      return submit<TTextBox[]>('words', bytes, {}, { key, mediaType, page, dpi: 0 });
    },
    calls,
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error('the redaction pool is closed'));
      await Promise.all(slots.map((s) => s.worker?.terminate()));
      for (const s of slots) s.worker = null;
    },
  };
}

let shared: TRedactionPool | null = null;

/** One pool per process, created on first use; its idle workers do not keep the process alive. */
export function sharedRedactionPool(): TRedactionPool {
  shared ??= createRedactionPool();
  return shared;
}
