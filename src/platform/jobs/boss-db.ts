// Adapters that let pg-boss run on the platform's SqlClient instead of opening its own pool, so the same
// code runs on embedded PGlite (one connection, WASM) and on a PostgreSQL server.
// pg-boss talks to a database through one method, executeSql(text, values):
// - SQL with parameters is always one statement: it goes through `query` (extended protocol).
// - SQL without parameters is either a multi-statement script wrapped in BEGIN … COMMIT (schema creation,
//   migrations, advisory-locked maintenance), which goes through `exec` (simple protocol, PGlite's `exec`),
//   or one statement whose rows pg-boss reads (version, queue list, state counts), which goes through `query`.
import type { SqlClient } from '../db/sql-client.js';

export type BossDb = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

const SCRIPT = /^\s*BEGIN\s*;/i;

export function bossDbFor(client: SqlClient): BossDb {
  return {
    async executeSql(text, values) {
      if ((!values || values.length === 0) && SCRIPT.test(text)) {
        await client.exec(text);
        return { rows: [] };
      }
      return client.query(text, values ?? []);
    },
  };
}

/**
 * pg-boss over an open transaction, so send/complete/fail/cancel commit or roll back together with the
 * caller's own writes. pg-boss only sends single parameterised statements for these calls.
 */
export function bossDbInTransaction(tx: SqlClient): BossDb {
  return {
    async executeSql(text, values) {
      return tx.query(text, values ?? []);
    },
  };
}
