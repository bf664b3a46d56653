// Public types of the background-job API used by modules.
import type { SqlClient } from '../db/sql-client.js';

/**
 * The database access the job runner needs: the root client (pg-boss polling), a tenant-scoped transaction
 * (row-level security, for steps and reads) and a system transaction (owner role, for pg-boss's own tables).
 */
export interface JobsDb {
  readonly sql: SqlClient;
  tenant<T>(tenantId: string, fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  system<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
}

export type JobState = 'queued' | 'active' | 'retry' | 'completed' | 'failed' | 'cancelled';

export const TERMINAL_STATES: readonly JobState[] = ['completed', 'failed', 'cancelled'];

export interface JobContext<D> {
  readonly id: string;
  readonly name: string;
  readonly data: D;
  readonly tenantId: string;
  readonly userId: string | null;
  /** 1 on the first run, 2 on the first retry, … */
  readonly attempt: number;
  /** Aborted when the job is cancelled (or the runner shuts down); pass it on to long operations. */
  readonly signal: AbortSignal;
  /** Reports progress (0–100) and a short message for the UI. Never blocks; written in the background. */
  progress(percent: number, message?: string): void;
  /**
   * Runs fn in one tenant-scoped transaction and records the step as done in the same transaction. On a
   * retry after a crash, a step that already committed is skipped and its recorded result returned, so the
   * step's database effect happens exactly once. Results must be JSON-serialisable. Throws
   * JobCancelledError when the job was cancelled. Keep steps short on PGlite: a transaction holds the only
   * connection.
   */
  step<T>(key: string, fn: (tx: SqlClient) => Promise<T>): Promise<T>;
}

export type JobHandler<D = unknown, R = unknown> = (ctx: JobContext<D>) => Promise<R>;

export interface RegisterOptions {
  /** Retries after the first attempt (default 3). */
  retryLimit?: number;
  /** Seconds before a retry (default 10); doubled per attempt with jitter when retryBackoff (default true). */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** Hard limit for one attempt (default 4 h, below pg-boss's 24 h maximum). */
  maxRuntimeSeconds?: number;
  /** Parallel jobs of this kind per process (default 1). */
  concurrency?: number;
}

export interface EnqueueOptions {
  tenantId: string;
  userId?: string | null;
  /** Seconds to wait before the first run. */
  startAfterSeconds?: number;
}

export interface JobView {
  id: string;
  name: string;
  state: JobState;
  attempt: number;
  maxAttempts: number;
  progress: { percent: number; message: string | null };
  result: unknown;
  error: string | null;
  createdBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export class JobCancelledError extends Error {
  constructor(id: string) {
    super(`job ${id} was cancelled`);
    this.name = 'JobCancelledError';
  }
}

export class UnknownJobError extends Error {
  constructor(name: string) {
    super(`no handler registered for job "${name}"`);
    this.name = 'UnknownJobError';
  }
}
