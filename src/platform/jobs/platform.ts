// One job service per database handle, shared by the routes plugin (which starts and stops it with the app)
// and by modules (which register handlers and enqueue work): `jobsFor(app.db)`.
import { withSystem, withTenant, type Db } from '../db/database.js';
import { createJobs, type Jobs, type JobsOptions } from './service.js';
import type { JobsDb } from './types.js';

/** The platform's Db as the narrow interface the job runner needs (tenant transactions run under RLS). */
export function jobsDbOf(db: Db): JobsDb {
  return {
    sql: db.sql,
    tenant: (tenantId, fn) => withTenant(db, tenantId, (tx) => fn(tx.sql)),
    system: (fn) => withSystem(db, (tx) => fn(tx.sql)),
  };
}

/** Settings from the environment (docs/modules/jobs.md). */
export function jobsSettings(
  env: Record<string, string | undefined> = process.env,
): JobsOptions & { workers: boolean } {
  const seconds = (name: string, fallback: number, min: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min)
      throw new Error(`${name} must be a number >= ${min} (got "${raw}")`);
    return value;
  };
  const workersRaw = (env.RODTRAD_JOBS_WORKERS ?? 'true').toLowerCase();
  return {
    workers: !['0', 'false', 'no', 'off'].includes(workersRaw),
    pollingIntervalSeconds: seconds('RODTRAD_JOBS_POLL_SECONDS', 2, 0.5),
    heartbeatSeconds: seconds('RODTRAD_JOBS_HEARTBEAT_SECONDS', 5, 0.1),
    staleAfterSeconds: seconds('RODTRAD_JOBS_STALE_SECONDS', 60, 1),
  };
}

const services = new WeakMap<Db, Jobs>();

export function jobsFor(db: Db): Jobs {
  let jobs = services.get(db);
  // An app that was closed stopped its service; a new app on the same database gets a fresh one.
  if (!jobs || jobs.stopped) {
    const { workers: _workers, ...options } = jobsSettings();
    jobs = createJobs(jobsDbOf(db), options);
    services.set(db, jobs);
  }
  return jobs;
}
