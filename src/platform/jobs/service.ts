// The background-job service: durable jobs in PostgreSQL on pg-boss 10, on PGlite and on a PostgreSQL server.
// Modules call register(name, handler) at startup and enqueue(name, data, { tenantId, userId }) in services;
// the HTTP layer reads jobs through get/list and cancels through cancel. See docs/modules/jobs.md.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import PgBoss from 'pg-boss';
import { bossDbFor, bossDbInTransaction } from './boss-db.js';
import { bossState, runJob, type Envelope, type Running, type RunnerDeps } from './runner.js';
import * as store from './store.js';
import {
  TERMINAL_STATES,
  UnknownJobError,
  type EnqueueOptions,
  type JobHandler,
  type JobState,
  type JobView,
  type JobsDb,
  type RegisterOptions,
} from './types.js';

export interface JobsOptions {
  /** How often an idle worker asks for new jobs (default 2 s; pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
  /** How often running jobs renew their lease and look for cancellation (default 5 s). */
  heartbeatSeconds?: number;
  /** A job whose lease is older than this is taken to be orphaned by a dead worker and retried (default 60 s). */
  staleAfterSeconds?: number;
  /** pg-boss maintenance (expiry of over-long jobs, archiving), default 120 s. */
  maintenanceIntervalSeconds?: number;
  workerId?: string;
  log?: RunnerDeps['log'];
}

export interface Jobs {
  register<D = unknown, R = unknown>(
    name: string,
    handler: JobHandler<D, R>,
    options?: RegisterOptions,
  ): void;
  /**
   * Creates pg-boss's schema and the queues; with workers (default true) also runs registered handlers.
   * Calling it again while started does nothing.
   */
  start(options?: { workers?: boolean }): Promise<void>;
  /** Stops polling and waits up to timeoutMs for running jobs; unfinished ones are retried later. */
  stop(timeoutMs?: number): Promise<void>;
  enqueue<D>(name: string, data: D, options: EnqueueOptions): Promise<string>;
  /** ownerId limits the lookup to jobs that user created (non-admins). */
  get(tenantId: string, id: string, filter?: { ownerId?: string }): Promise<JobView | null>;
  list(tenantId: string, filter?: { ownerId?: string; state?: JobState; limit?: number }): Promise<JobView[]>;
  /** Cancels a queued or running job; null when no such job is visible. */
  cancel(tenantId: string, id: string, filter?: { ownerId?: string }): Promise<JobView | null>;
  /** True once stop() was called; a stopped service cannot start again. */
  readonly stopped: boolean;
  /** Resolves when the job reaches a terminal state (or rejects after timeoutMs). */
  waitFor(tenantId: string, id: string, timeoutMs?: number): Promise<JobView>;
}

type Registered = { name: string; queue: string; handler: JobHandler; options: Required<RegisterOptions> };

const NAME = /^[a-z][a-z0-9_.-]{0,48}$/;

/** pg-boss queue names allow only word characters: `records.ocr` runs on queue `records_ocr`. */
export const queueName = (name: string): string => name.replace(/[.-]/g, '_');

export function createJobs(db: JobsDb, options: JobsOptions = {}): Jobs {
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const heartbeatMs = (options.heartbeatSeconds ?? 5) * 1000;
  const staleAfterSeconds = options.staleAfterSeconds ?? 60;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const log: RunnerDeps['log'] =
    options.log ??
    ((level, message, extra) => console[level](JSON.stringify({ level, msg: message, ...extra })));

  const boss = new PgBoss({
    db: bossDbFor(db.sql) as never,
    schema: 'pgboss',
    migrate: true,
    supervise: true,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 120,
  });
  boss.on('error', (error: Error) => log('error', 'pg-boss error', { error: error.message }));

  const registry = new Map<string, Registered>();
  const queuesReady = new Set<string>();
  const workerIds = new Map<string, string[]>();
  const running = new Map<string, Running>();
  const deps: RunnerDeps = { db, boss, workerId, running, log };
  let state: 'new' | 'started' | 'stopped' = 'new';
  let workers = false;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | null = null;

  const lookup = (name: string): Registered => {
    const entry = registry.get(name);
    if (!entry) throw new UnknownJobError(name);
    return entry;
  };

  async function ensureQueue(entry: Registered): Promise<void> {
    if (queuesReady.has(entry.queue)) return;
    const queueOptions = {
      name: entry.queue,
      retryLimit: entry.options.retryLimit,
      retryDelay: entry.options.retryDelaySeconds,
      retryBackoff: entry.options.retryBackoff,
      expireInSeconds: entry.options.maxRuntimeSeconds,
    };
    await boss.createQueue(entry.queue, queueOptions);
    await boss.updateQueue(entry.queue, queueOptions);
    queuesReady.add(entry.queue);
  }

  async function startWorkers(entry: Registered): Promise<void> {
    const ids: string[] = [];
    for (let i = 0; i < entry.options.concurrency; i++) {
      const id = await boss.work<Envelope>(
        entry.queue,
        { pollingIntervalSeconds, includeMetadata: true, batchSize: 1 },
        async ([job]) => {
          if (job) await runJob(deps, entry.queue, entry.name, entry.handler, job);
        },
      );
      ids.push(id);
    }
    workerIds.set(entry.queue, ids);
  }

  /** Renews leases, notices cancellation by other processes, and retries jobs orphaned by dead workers. */
  async function tick(): Promise<void> {
    const ids = [...running.keys()];
    if (ids.length > 0) {
      await db.sql.query(
        `UPDATE job_leases SET heartbeat_at = now() WHERE job_id = ANY($1::uuid[]) AND worker_id = $2`,
        [ids, workerId],
      );
      const { rows } = await db.sql.query<{ id: string }>(
        `SELECT id FROM jobs WHERE id = ANY($1::uuid[]) AND state = 'cancelled'`,
        [ids],
      );
      for (const row of rows) running.get(row.id)?.controller.abort();
    }
    const queues = [...registry.values()].map((entry) => entry.queue);
    if (queues.length === 0) return;
    const { rows: stale } = await db.sql.query<{ id: string; name: string }>(
      `SELECT j.id, j.name FROM pgboss.job j LEFT JOIN job_leases l ON l.job_id = j.id
       WHERE j.state = 'active' AND j.name = ANY($1::text[])
         AND coalesce(l.heartbeat_at, j.started_on) < now() - $2 * interval '1 second'`,
      [queues, staleAfterSeconds],
    );
    for (const orphan of stale) {
      if (running.has(orphan.id)) continue;
      await db.system(async (tx) => {
        const row = await store.lockJob(tx, orphan.id);
        await tx.query(`DELETE FROM job_leases WHERE job_id = $1`, [orphan.id]);
        const message = 'worker stopped responding';
        await boss.fail(orphan.name, orphan.id, { message }, { db: bossDbInTransaction(tx) as never });
        if (row && row.state === 'active') {
          const next = (await bossState(tx, orphan.id)) === 'retry' ? 'retry' : 'failed';
          await store.markFinished(tx, orphan.id, { state: next, error: message });
        }
      });
      log('warn', 'orphaned job handed back for retry', { job: orphan.id, queue: orphan.name });
    }
  }

  function scheduleTicks(): void {
    timer = setInterval(() => {
      if (ticking) return;
      ticking = tick()
        .catch((error: unknown) => log('warn', 'job heartbeat failed', { error: String(error) }))
        .finally(() => {
          ticking = null;
        });
    }, heartbeatMs);
    timer.unref();
  }

  const jobs: Jobs = {
    get stopped() {
      return state === 'stopped';
    },

    register(name, handler, registerOptions = {}) {
      if (!NAME.test(name)) throw new Error(`invalid job name "${name}" (lowercase letters, digits, . _ -)`);
      if (registry.has(name)) throw new Error(`job "${name}" is already registered`);
      const entry: Registered = {
        name,
        queue: queueName(name),
        handler: handler as JobHandler,
        options: {
          retryLimit: registerOptions.retryLimit ?? 3,
          retryDelaySeconds: registerOptions.retryDelaySeconds ?? 10,
          retryBackoff: registerOptions.retryBackoff ?? true,
          maxRuntimeSeconds: registerOptions.maxRuntimeSeconds ?? 4 * 3600,
          concurrency: registerOptions.concurrency ?? 1,
        },
      };
      registry.set(name, entry);
      if (state === 'started') {
        void ensureQueue(entry)
          .then(() => (workers ? startWorkers(entry) : undefined))
          .catch((error: unknown) => log('error', 'job queue setup failed', { name, error: String(error) }));
      }
    },

    async start(startOptions = {}) {
      if (state === 'started') return;
      if (state === 'stopped') throw new Error('jobs: a stopped job service cannot be started again');
      workers = startOptions.workers ?? true;
      await boss.start();
      state = 'started';
      for (const entry of registry.values()) await ensureQueue(entry);
      if (workers) {
        for (const entry of registry.values()) await startWorkers(entry);
        scheduleTicks();
      }
    },

    async stop(timeoutMs = 10_000) {
      if (state !== 'started') return;
      state = 'stopped';
      if (timer) clearInterval(timer);
      await ticking;
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: false });
      // pg-boss gives up waiting after the timeout, but our handlers would go on using the database that the
      // caller is about to close. Ask them to stop (the lease is released, the job retried elsewhere) and wait
      // for them to let go.
      for (const job of running.values()) job.controller.abort();
      const deadline = Date.now() + timeoutMs;
      while (running.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      if (running.size > 0)
        log('warn', 'jobs still running after stop', { jobs: [...running.keys()], waitedMs: 2 * timeoutMs });
    },

    async enqueue(name, data, enqueueOptions) {
      const entry = lookup(name);
      if (state !== 'started') throw new Error('jobs: start() must run before enqueue()');
      await ensureQueue(entry);
      const id = randomUUID();
      const envelope: Envelope = {
        tenantId: enqueueOptions.tenantId,
        userId: enqueueOptions.userId ?? null,
        data,
      };
      // The pg-boss job and our row commit together: a job is never visible without its tenant and owner.
      await db.system(async (tx) => {
        await boss.send(entry.queue, envelope as object, {
          id,
          startAfter: enqueueOptions.startAfterSeconds,
          db: bossDbInTransaction(tx) as never,
        });
        await store.insertJob(tx, {
          id,
          tenantId: enqueueOptions.tenantId,
          name,
          maxAttempts: entry.options.retryLimit + 1,
          createdBy: enqueueOptions.userId ?? null,
        });
      });
      const local = workerIds.get(entry.queue)?.[0];
      if (local) boss.notifyWorker(local);
      return id;
    },

    get(tenantId, id, filter = {}) {
      return db.tenant(tenantId, (tx) => store.selectJob(tx, id, filter.ownerId));
    },

    list(tenantId, filter = {}) {
      const limit = Math.max(1, Math.min(500, filter.limit ?? 100));
      return db.tenant(tenantId, (tx) => store.selectJobs(tx, { ...filter, limit }));
    },

    async cancel(tenantId, id, filter = {}) {
      const visible = await jobs.get(tenantId, id, filter);
      if (!visible) return null;
      if (!TERMINAL_STATES.includes(visible.state)) {
        await db.system(async (tx) => {
          const row = await store.lockJob(tx, id, tenantId);
          if (!row || TERMINAL_STATES.includes(row.state)) return;
          await boss.cancel(queueName(row.name), id, { db: bossDbInTransaction(tx) as never });
          await store.markFinished(tx, id, { state: 'cancelled', error: null });
        });
        running.get(id)?.controller.abort();
      }
      return jobs.get(tenantId, id);
    },

    async waitFor(tenantId, id, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const job = await jobs.get(tenantId, id);
        if (!job) throw new Error(`job ${id} not found`);
        if (TERMINAL_STATES.includes(job.state)) return job;
        if (Date.now() > deadline) throw new Error(`job ${id} still ${job.state} after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
  return jobs;
}
