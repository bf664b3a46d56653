// Runs one fetched pg-boss job: marks it started, takes a lease, calls the handler with its context, and
// finishes it. Completion (pg-boss state + our row) commits in one transaction, guarded by the lease token so
// an attempt that was taken over (worker presumed dead) cannot complete the job a second time.
import { randomUUID } from 'node:crypto';
import type PgBoss from 'pg-boss';
import type { SqlClient } from '../db/sql-client.js';
import { bossDbInTransaction } from './boss-db.js';
import * as store from './store.js';
import { JobCancelledError, type JobContext, type JobHandler, type JobsDb, type JobState } from './types.js';

export type Envelope = { tenantId: string; userId: string | null; data: unknown };

export type Running = { id: string; tenantId: string; token: string; controller: AbortController };

export type RunnerDeps = {
  db: JobsDb;
  boss: PgBoss;
  workerId: string;
  running: Map<string, Running>;
  log: (level: 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;
};

export async function runJob(
  deps: RunnerDeps,
  queue: string,
  name: string,
  handler: JobHandler,
  job: PgBoss.JobWithMetadata<Envelope>,
): Promise<void> {
  const { db, boss, workerId, running } = deps;
  const { tenantId, userId, data } = job.data;
  const attempt = job.retryCount + 1;
  const token = randomUUID();

  const started = await db.system(async (tx) => {
    const row = await store.lockJob(tx, job.id, tenantId);
    if (!row || row.state === 'cancelled' || row.state === 'completed' || row.state === 'failed')
      return false;
    await store.markStarted(tx, job.id, attempt);
    await store.upsertLease(tx, job.id, token, workerId);
    return true;
  });
  if (!started) {
    // Our row says the job is over (cancelled while being fetched): make pg-boss agree.
    await boss.cancel(queue, job.id).catch(() => undefined);
    return;
  }

  const controller = new AbortController();
  running.set(job.id, { id: job.id, tenantId, token, controller });
  const progress = progressWriter(deps, job.id);
  const ctx: JobContext<unknown> = {
    id: job.id,
    name,
    data,
    tenantId,
    userId,
    attempt,
    signal: controller.signal,
    progress: progress.report,
    step: (key, fn) => runStep(db, tenantId, job.id, key, fn),
  };

  try {
    const result = await handler(ctx);
    await progress.settled();
    await finish(deps, queue, job, token, { state: 'completed', result: result ?? null });
  } catch (error) {
    await progress.settled();
    const cancelled = controller.signal.aborted || error instanceof JobCancelledError;
    const message = error instanceof Error ? error.message : String(error);
    if (cancelled) {
      await db.system((tx) => store.releaseLease(tx, job.id, token));
    } else {
      deps.log('warn', 'job attempt failed', { job: job.id, name, attempt, error: message });
      await finish(deps, queue, job, token, { state: 'failed', error: message });
    }
  } finally {
    running.delete(job.id);
  }
}

async function finish(
  deps: RunnerDeps,
  queue: string,
  job: PgBoss.JobWithMetadata<Envelope>,
  token: string,
  outcome: { state: 'completed' | 'failed'; result?: unknown; error?: string },
): Promise<void> {
  await deps.db.system(async (tx) => {
    const row = await store.lockJob(tx, job.id);
    if (!row || row.state !== 'active') return;
    // Another attempt owns the job now (this worker was presumed dead): leave it alone.
    if (!(await store.releaseLease(tx, job.id, token))) return;
    const bossDb = bossDbInTransaction(tx);
    if (outcome.state === 'completed') {
      await deps.boss.complete(queue, job.id, { value: outcome.result }, { db: bossDb as never });
      await store.markFinished(tx, job.id, { state: 'completed', result: outcome.result });
      return;
    }
    await deps.boss.fail(queue, job.id, { message: outcome.error }, { db: bossDb as never });
    const state = await bossState(tx, job.id);
    await store.markFinished(tx, job.id, {
      state: state === 'retry' ? 'retry' : 'failed',
      error: outcome.error,
    });
  });
}

/** pg-boss's state of a job after fail(): retry while attempts remain, else failed. */
export async function bossState(tx: SqlClient, id: string): Promise<JobState | null> {
  const { rows } = await tx.query<{ state: string }>(`SELECT state::text FROM pgboss.job WHERE id = $1`, [
    id,
  ]);
  const state = rows[0]?.state;
  if (state === 'retry' || state === 'created') return 'retry';
  return (state as JobState | undefined) ?? null;
}

async function runStep<T>(
  db: JobsDb,
  tenantId: string,
  jobId: string,
  key: string,
  fn: (tx: SqlClient) => Promise<T>,
): Promise<T> {
  return db.tenant(tenantId, async (tx) => {
    const { rows: job } = await tx.query<{ state: string }>(
      `SELECT state FROM jobs WHERE id = $1 FOR UPDATE`,
      [jobId],
    );
    if (job[0]?.state === 'cancelled') throw new JobCancelledError(jobId);
    const { rows: done } = await tx.query<{ result: T }>(
      `SELECT result FROM job_steps WHERE job_id = $1 AND key = $2`,
      [jobId, key],
    );
    if (done[0]) return done[0].result;
    const result = await fn(tx);
    await tx.query(`INSERT INTO job_steps (tenant_id, job_id, key, result) VALUES ($1, $2, $3, $4::jsonb)`, [
      tenantId,
      jobId,
      key,
      JSON.stringify(result ?? null),
    ]);
    return result;
  });
}

/**
 * Progress reports are coalesced: at most one write in flight, the latest value wins. The handler never waits
 * for the database, so reporting progress inside a step cannot deadlock PGlite's single connection.
 */
function progressWriter(deps: RunnerDeps, jobId: string) {
  let pending: { percent: number; message: string | null } | null = null;
  let flushing: Promise<void> | null = null;
  const flush = async (): Promise<void> => {
    while (pending) {
      const { percent, message } = pending;
      pending = null;
      await deps.db
        .system((tx) => store.writeProgress(tx, jobId, percent, message))
        .catch((error: unknown) =>
          deps.log('warn', 'job progress not saved', { job: jobId, error: String(error) }),
        );
    }
    flushing = null;
  };
  return {
    report(percent: number, message?: string) {
      const clamped = Math.max(0, Math.min(100, Math.round(Number.isFinite(percent) ? percent : 0)));
      pending = { percent: clamped, message: message?.slice(0, 500) ?? null };
      flushing ??= flush();
    },
    async settled() {
      await flushing;
    },
  };
}
