// Row-level security, migrations and the append-only audit table, checked directly in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant, type Db } from '../../src/platform/db/database.js';
import { migrate } from '../../src/platform/db/migrate.js';
import {
  createTestDb,
  createTestEmployee,
  createTestTenant,
  createTestUnit,
  type TestDb,
} from '../fixtures/index.js';

let tdb: TestDb;
let db: Db;
beforeAll(async () => {
  tdb = await createTestDb();
  db = tdb.db;
});
afterAll(() => tdb.close());

describe('migrations', () => {
  it('are recorded and idempotent', async () => {
    const again = await migrate(db);
    expect(again.applied).toEqual([]);
    const rows = await db.sql.query<{ tag: string }>('SELECT tag FROM __rodtrad_migrations ORDER BY tag');
    expect(rows.rows.length).toBe(again.total);
  });

  it('concurrent runs do not race', async () => {
    const results = await Promise.all([migrate(db), migrate(db), migrate(db)]);
    expect(results.every((r) => r.applied.length === 0)).toBe(true);
  });
});

describe('row-level security', () => {
  it('the app role sees and changes only its own tenant', async () => {
    const a = await createTestTenant(db);
    const b = await createTestTenant(db);
    const unitA = await createTestUnit(db, a.id);
    const unitB = await createTestUnit(db, b.id);
    await createTestEmployee(db, a.id, unitA.id);
    await createTestEmployee(db, b.id, unitB.id);
    await withTenant(db, a.id, async (tx) => {
      expect(
        (await tx.sql.query<{ current_user: string }>('SELECT current_user')).rows[0]!.current_user,
      ).toBe('rodtrad_app');
      const units = await tx.sql.query<{ tenant_id: string }>('SELECT tenant_id FROM org_units');
      expect(units.rows.map((r) => r.tenant_id)).toEqual([a.id]);
      expect((await tx.sql.query('SELECT * FROM employees WHERE unit_id = $1', [unitB.id])).rows).toEqual([]);
      expect((await tx.sql.query('SELECT * FROM tenants')).rows.length).toBe(1);
      // Writes to the other tenant touch nothing.
      await tx.sql.query("UPDATE org_units SET name = 'hacked' WHERE id = $1", [unitB.id]);
      await tx.sql.query('DELETE FROM employees WHERE unit_id = $1', [unitB.id]);
    });
    const b1 = await withTenant(db, b.id, (tx) =>
      tx.sql.query<{ name: string }>('SELECT name FROM org_units'),
    );
    expect(b1.rows[0]!.name).not.toBe('hacked');
    expect((await withTenant(db, b.id, (tx) => tx.sql.query('SELECT 1 FROM employees'))).rows.length).toBe(1);
  });

  it('inserting a row for another tenant is rejected', async () => {
    const a = await createTestTenant(db);
    const b = await createTestTenant(db);
    await expect(
      withTenant(db, a.id, (tx) =>
        tx.sql.query("INSERT INTO org_units (tenant_id, code, name) VALUES ($1, 'X', 'X')", [b.id]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('without a tenant setting the app role sees nothing', async () => {
    const a = await createTestTenant(db);
    await createTestUnit(db, a.id);
    const rows = await db.sql.transaction(async (tx) => {
      await tx.exec('SET LOCAL ROLE rodtrad_app');
      return (await tx.query('SELECT * FROM org_units')).rows;
    });
    expect(rows).toEqual([]);
  });

  it('the app role cannot read sessions at all', async () => {
    const a = await createTestTenant(db);
    await expect(withTenant(db, a.id, (tx) => tx.sql.query('SELECT * FROM sessions'))).rejects.toThrow(
      /permission denied/,
    );
  });

  it('every table with tenant_id has RLS and a policy, or is not granted to the app role at all', async () => {
    // Platform tables read before the tenant is known (sessions, OIDC login state) are owner-only instead.
    const rows = await db.sql.query<{
      table_name: string;
      rls: boolean;
      policies: number;
      app_can_read: boolean;
    }>(
      `SELECT c.relname AS table_name, c.relrowsecurity AS rls,
              (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
              has_table_privilege('rodtrad_app', c.oid, 'SELECT') AS app_can_read
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       WHERE c.relkind = 'r' AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)`,
    );
    expect(rows.rows.length).toBeGreaterThan(5);
    for (const r of rows.rows) {
      const isolated = (r.rls && r.policies > 0) || !r.app_can_read;
      expect({ table: r.table_name, isolated }).toEqual({ table: r.table_name, isolated: true });
    }
    expect(rows.rows.find((r) => r.table_name === 'sessions')?.app_can_read).toBe(false);
  });
});

describe('audit table', () => {
  it('rejects UPDATE, DELETE and TRUNCATE, even for the owner', async () => {
    const a = await createTestTenant(db);
    await expect(
      db.sql.query("UPDATE audit_log SET action = 'x' WHERE tenant_id = $1", [a.id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.sql.query('DELETE FROM audit_log WHERE tenant_id = $1', [a.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(db.sql.exec('TRUNCATE audit_log CASCADE')).rejects.toThrow(/append-only/);
  });

  it('the app role has no UPDATE or DELETE privilege on it', async () => {
    const a = await createTestTenant(db);
    await expect(withTenant(db, a.id, (tx) => tx.sql.query('DELETE FROM audit_log'))).rejects.toThrow(
      /permission denied/,
    );
  });
});
