// Applies the drizzle-kit migrations in migrations/ (journal order) on PGlite or PostgreSQL.
// All pending migrations run in one transaction holding a transaction-scoped advisory lock, so concurrent
// instances wait for each other and then find nothing left to do. Each applied file is recorded with its hash.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './database.js';

export const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../migrations',
);
const LOCK_KEY = 7_319_001; // arbitrary, constant: "rodtrad migrations"

type Journal = { entries: { idx: number; tag: string }[] };
export type Migration = { tag: string; sql: string; hash: string };

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const journal = JSON.parse(await readFile(path.join(dir, 'meta/_journal.json'), 'utf8')) as Journal;
  const entries = [...journal.entries].sort((a, b) => a.idx - b.idx);
  return Promise.all(
    entries.map(async ({ tag }) => {
      const sql = await readFile(path.join(dir, `${tag}.sql`), 'utf8');
      return { tag, sql, hash: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

export type MigrateResult = { applied: string[]; total: number };

export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<MigrateResult> {
  const migrations = await loadMigrations(dir);
  return db.sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS __rodtrad_migrations (
      tag text PRIMARY KEY, hash text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set(
      (await tx.query<{ tag: string }>('SELECT tag FROM __rodtrad_migrations')).rows.map((r) => r.tag),
    );
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.tag)) continue;
      for (const statement of m.sql.split('--> statement-breakpoint')) {
        if (statement.trim()) await tx.exec(statement);
      }
      await tx.query('INSERT INTO __rodtrad_migrations (tag, hash) VALUES ($1, $2)', [m.tag, m.hash]);
      applied.push(m.tag);
    }
    return { applied, total: migrations.length };
  });
}

export type MigrationStatus = { applied: number; expected: number; pending: string[] };

/** What readiness checks: every migration in the repository is recorded as applied. */
export async function migrationStatus(db: Db, expected: Migration[]): Promise<MigrationStatus> {
  const exists = await db.sql.query<{ t: string | null }>(
    `SELECT to_regclass('__rodtrad_migrations')::text AS t`,
  );
  const rows = exists.rows[0]?.t
    ? (await db.sql.query<{ tag: string }>('SELECT tag FROM __rodtrad_migrations')).rows
    : [];
  const done = new Set(rows.map((r) => r.tag));
  const pending = expected.filter((m) => !done.has(m.tag)).map((m) => m.tag);
  return { applied: expected.length - pending.length, expected: expected.length, pending };
}
