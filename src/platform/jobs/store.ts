// SQL on the jobs tables. Reads run tenant-scoped (row-level security decides what is visible); writes of
// the runner run in system transactions with an explicit tenant filter.
import type { SqlClient } from '../db/sql-client.js';
import type { JobState, JobView } from './types.js';

type JobRow = {
  id: string;
  name: string;
  state: JobState;
  attempt: number;
  max_attempts: number;
  progress_pct: number;
  progress_message: string | null;
  result: unknown;
  error: string | null;
  created_by: string | null;
  created_at: Date | string;
  started_at: Date | string | null;
  finished_at: Date | string | null;
};

const COLUMNS = `id, name, state, attempt, max_attempts, progress_pct, progress_message, result, error,
  created_by, created_at, started_at, finished_at`;

const iso = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString();

function present(row: JobRow): JobView {
  return {
    id: row.id,
    name: row.name,
    state: row.state,
    attempt: row.attempt,
    maxAttempts: row.max_attempts,
    progress: { percent: row.progress_pct, message: row.progress_message },
    result: row.result ?? null,
    error: row.error,
    createdBy: row.created_by,
    createdAt: iso(row.created_at) as string,
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
  };
}

export async function insertJob(
  tx: SqlClient,
  job: { id: string; tenantId: string; name: string; maxAttempts: number; createdBy: string | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO jobs (id, tenant_id, name, state, max_attempts, created_by) VALUES ($1, $2, $3, 'queued', $4, $5)`,
    [job.id, job.tenantId, job.name, job.maxAttempts, job.createdBy],
  );
}

/** Tenant-scoped read (RLS applies); ownerId limits the result to jobs that user created. */
export async function selectJob(tx: SqlClient, id: string, ownerId?: string): Promise<JobView | null> {
  const params: unknown[] = [id];
  let where = 'id = $1';
  if (ownerId !== undefined) {
    params.push(ownerId);
    where += ' AND created_by = $2';
  }
  const { rows } = await tx.query<JobRow>(`SELECT ${COLUMNS} FROM jobs WHERE ${where}`, params);
  return rows[0] ? present(rows[0]) : null;
}

export async function selectJobs(
  tx: SqlClient,
  filter: { ownerId?: string; state?: JobState; limit: number },
): Promise<JobView[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (filter.ownerId !== undefined) {
    params.push(filter.ownerId);
    where.push(`created_by = $${params.length}`);
  }
  if (filter.state !== undefined) {
    params.push(filter.state);
    where.push(`state = $${params.length}`);
  }
  params.push(filter.limit);
  const { rows } = await tx.query<JobRow>(
    `SELECT ${COLUMNS} FROM jobs ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY created_at DESC, id LIMIT $${params.length}`,
    params,
  );
  return rows.map(present);
}

/** Locks the job row (all writers lock it first, so the lock order is jobs → pg-boss → leases). */
export async function lockJob(
  tx: SqlClient,
  id: string,
  tenantId?: string,
): Promise<{ state: JobState; name: string; tenant_id: string } | null> {
  const { rows } = await tx.query<{ state: JobState; name: string; tenant_id: string }>(
    `SELECT state, name, tenant_id FROM jobs WHERE id = $1 ${tenantId ? 'AND tenant_id = $2' : ''} FOR UPDATE`,
    tenantId ? [id, tenantId] : [id],
  );
  return rows[0] ?? null;
}

export async function markStarted(tx: SqlClient, id: string, attempt: number): Promise<void> {
  await tx.query(
    `UPDATE jobs SET state = 'active', attempt = $2, error = NULL, started_at = coalesce(started_at, now()),
       updated_at = now() WHERE id = $1`,
    [id, attempt],
  );
}

export async function markFinished(
  tx: SqlClient,
  id: string,
  outcome: { state: JobState; result?: unknown; error?: string | null },
): Promise<void> {
  const terminal =
    outcome.state === 'completed' || outcome.state === 'failed' || outcome.state === 'cancelled';
  await tx.query(
    `UPDATE jobs SET state = $2, result = coalesce($3::jsonb, result), error = $4,
       progress_pct = CASE WHEN $2 = 'completed' THEN 100 ELSE progress_pct END,
       finished_at = CASE WHEN $5 THEN now() ELSE NULL END, updated_at = now()
     WHERE id = $1`,
    [
      id,
      outcome.state,
      outcome.result === undefined ? null : JSON.stringify(outcome.result),
      outcome.error ?? null,
      terminal,
    ],
  );
}

export async function writeProgress(
  client: SqlClient,
  id: string,
  percent: number,
  message: string | null,
): Promise<void> {
  await client.query(
    `UPDATE jobs SET progress_pct = $2, progress_message = $3, updated_at = now() WHERE id = $1 AND state = 'active'`,
    [id, percent, message],
  );
}

export async function upsertLease(tx: SqlClient, id: string, token: string, workerId: string): Promise<void> {
  await tx.query(
    `INSERT INTO job_leases (job_id, token, worker_id, heartbeat_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (job_id) DO UPDATE SET token = $2, worker_id = $3, heartbeat_at = now()`,
    [id, token, workerId],
  );
}

/** Removes this attempt's lease; false when another attempt (or the sweeper) took the job over. */
export async function releaseLease(tx: SqlClient, id: string, token: string): Promise<boolean> {
  const { rows } = await tx.query(
    `DELETE FROM job_leases WHERE job_id = $1 AND token = $2 RETURNING job_id`,
    [id, token],
  );
  return rows.length > 0;
}
