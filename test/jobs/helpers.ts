// Database helpers for the jobs tests, on top of the shared fixtures: the platform's migrations, plus a
// tenant-scoped `job_effects` table that test handlers write their effects to (RLS like every business table).
import { openDatabase, type Db } from '../../src/platform/db/database.js';
import { migrate } from '../../src/platform/db/migrate.js';
import { jobsDbOf } from '../../src/platform/jobs/platform.js';
import type { JobsDb } from '../../src/platform/jobs/types.js';

const EFFECTS_DDL = `
CREATE TABLE IF NOT EXISTS job_effects (tenant_id uuid NOT NULL, job_id uuid NOT NULL, label text NOT NULL);
SELECT rodtrad_enable_tenant_rls('job_effects', 'SELECT, INSERT');`;

export async function addEffectsTable(db: Db): Promise<void> {
  await db.sql.exec(EFFECTS_DDL);
}

/** Opens (and migrates) a PGlite data directory or a PostgreSQL database shared between processes. */
export async function openSharedDb(options: {
  dataDir?: string;
  databaseUrl?: string;
}): Promise<{ db: Db; jobsDb: JobsDb }> {
  const db = await openDatabase(options);
  await migrate(db);
  await addEffectsTable(db);
  return { db, jobsDb: jobsDbOf(db) };
}

export async function effectsOf(jobsDb: JobsDb, tenantId: string, jobId: string): Promise<string[]> {
  return jobsDb.tenant(tenantId, async (tx) => {
    const { rows } = await tx.query<{ label: string }>(
      `SELECT label FROM job_effects WHERE job_id = $1 ORDER BY label`,
      [jobId],
    );
    return rows.map((r) => r.label);
  });
}
