// Test database for the jobs tests: PGlite (in memory or in a data dir), or a fresh PostgreSQL database per
// test file when DATABASE_URL is set. Applies the jobs tables with the platform's RLS pattern.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openSqlClient, type SqlClient } from '../../src/platform/db/sql-client.js';
import type { JobsDb } from '../../src/platform/jobs/types.js';

export const JOBS_DDL = `
DO $$ BEGIN CREATE ROLE rodtrad_app NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN EXECUTE format('GRANT rodtrad_app TO %I', current_user); EXCEPTION WHEN OTHERS THEN NULL; END $$;
GRANT USAGE ON SCHEMA public TO rodtrad_app;
CREATE OR REPLACE FUNCTION rodtrad_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE AS $f$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $f$;
CREATE TABLE IF NOT EXISTS jobs (
  id uuid PRIMARY KEY, tenant_id uuid NOT NULL, name text NOT NULL, state text NOT NULL DEFAULT 'queued',
  attempt integer NOT NULL DEFAULT 0, max_attempts integer NOT NULL, progress_pct integer NOT NULL DEFAULT 0,
  progress_message text, result jsonb, error text, created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(), started_at timestamptz, finished_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS job_steps (
  tenant_id uuid NOT NULL, job_id uuid NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, key text NOT NULL,
  result jsonb, completed_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (job_id, key));
CREATE TABLE IF NOT EXISTS job_leases (
  job_id uuid PRIMARY KEY, token uuid NOT NULL, worker_id text NOT NULL, heartbeat_at timestamptz NOT NULL DEFAULT now());
ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS tenant_isolation ON jobs;
CREATE POLICY tenant_isolation ON jobs USING (tenant_id = rodtrad_current_tenant()) WITH CHECK (tenant_id = rodtrad_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON jobs TO rodtrad_app;
ALTER TABLE job_steps ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS tenant_isolation ON job_steps;
CREATE POLICY tenant_isolation ON job_steps USING (tenant_id = rodtrad_current_tenant()) WITH CHECK (tenant_id = rodtrad_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON job_steps TO rodtrad_app;
CREATE TABLE IF NOT EXISTS job_effects (tenant_id uuid NOT NULL, job_id uuid NOT NULL, label text NOT NULL);
ALTER TABLE job_effects ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS tenant_isolation ON job_effects;
CREATE POLICY tenant_isolation ON job_effects USING (tenant_id = rodtrad_current_tenant()) WITH CHECK (tenant_id = rodtrad_current_tenant());
GRANT SELECT, INSERT ON job_effects TO rodtrad_app;
`;

export function jobsDbFor(client: SqlClient): JobsDb {
  return {
    sql: client,
    tenant: (tenantId, fn) =>
      client.transaction(async (tx) => {
        await tx.query(
          `SELECT set_config('role', 'rodtrad_app', true), set_config('app.tenant_id', $1, true)`,
          [tenantId],
        );
        return fn(tx);
      }),
    system: (fn) => client.transaction(fn),
  };
}

/** A fresh PostgreSQL database when DATABASE_URL is set; its URL and a drop function. */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const base = process.env.DATABASE_URL;
  if (!base) return null;
  const name = `rodtrad_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function openTestDb(options: { dataDir?: string; databaseUrl?: string } = {}) {
  const { client } = await openSqlClient(options);
  await client.exec(JOBS_DDL);
  return { client, db: jobsDbFor(client) };
}
