import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../../src/platform/audit/log.js';
import { verifyAudit } from '../../src/platform/audit/verify.js';
import { withTenant } from '../../src/platform/db/database.js';
import { systemActor } from '../../src/platform/http/context.js';
import {
  createTestApp,
  createTestTenant,
  createTestUnit,
  createTestUser,
  loginAgent,
  type TestApp,
  type TestTenant,
} from '../fixtures/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function tenantWithLog(n: number): Promise<TestTenant> {
  const tenant = await createTestTenant(t.db);
  await withTenant(t.db, tenant.id, async (tx) => {
    for (let i = 0; i < n; i++)
      await writeAudit(tx, systemActor(tenant.id, 'system:test'), {
        action: 'test.write',
        objectType: 'thing',
        objectId: String(i),
        details: { b: 2, a: [1, { z: 1, y: 'æøå' }] },
      });
  });
  return tenant;
}

/** Tampering needs the append-only trigger out of the way, as an attacker with owner rights would do. */
async function tamper(sql: string, params: unknown[]): Promise<void> {
  await t.db.sql.transaction(async (tx) => {
    await tx.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    await tx.query(sql, params);
    await tx.exec('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
  });
}

describe('audit chain', () => {
  it('verifies an intact chain', async () => {
    const tenant = await tenantWithLog(5);
    const result = await verifyAudit(t.db, { tenantId: tenant.id });
    expect(result.problems).toEqual([]);
    expect(result.rows).toBe(6); // tenant.create + 5
  });

  it('detects an altered row', async () => {
    const tenant = await tenantWithLog(4);
    await tamper("UPDATE audit_log SET actor_label = 'someone-else' WHERE tenant_id = $1 AND seq = 3", [
      tenant.id,
    ]);
    const { problems } = await verifyAudit(t.db, { tenantId: tenant.id });
    expect(problems).toContainEqual(
      expect.objectContaining({ seq: 3, problem: expect.stringContaining('altered') }),
    );
  });

  it('detects altered details', async () => {
    const tenant = await tenantWithLog(2);
    await tamper(`UPDATE audit_log SET details = '{"b": 3}' WHERE tenant_id = $1 AND seq = 2`, [tenant.id]);
    expect((await verifyAudit(t.db, { tenantId: tenant.id })).problems.length).toBeGreaterThan(0);
  });

  it('detects a removed row in the middle', async () => {
    const tenant = await tenantWithLog(4);
    await tamper('DELETE FROM audit_log WHERE tenant_id = $1 AND seq = 2', [tenant.id]);
    const { problems } = await verifyAudit(t.db, { tenantId: tenant.id });
    expect(problems.map((p) => p.problem).join()).toContain('missing');
  });

  it('detects removed rows at the end', async () => {
    const tenant = await tenantWithLog(4);
    await tamper('DELETE FROM audit_log WHERE tenant_id = $1 AND seq >= 4', [tenant.id]);
    const { problems } = await verifyAudit(t.db, { tenantId: tenant.id });
    expect(problems.map((p) => p.problem).join()).toContain('head says 5');
  });

  it('concurrent writers keep one unbroken chain', async () => {
    const tenant = await createTestTenant(t.db);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        withTenant(t.db, tenant.id, (tx) =>
          writeAudit(tx, systemActor(tenant.id), {
            action: 'test.parallel',
            objectType: 'thing',
            objectId: String(i),
          }),
        ),
      ),
    );
    expect((await verifyAudit(t.db, { tenantId: tenant.id })).problems).toEqual([]);
  });

  it('is written in the same transaction as the change', async () => {
    const tenant = await createTestTenant(t.db);
    await expect(
      withTenant(t.db, tenant.id, async (tx) => {
        await writeAudit(tx, systemActor(tenant.id), { action: 'test.rolled_back', objectType: 'thing' });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    const rows = await t.db.sql.query(
      "SELECT 1 FROM audit_log WHERE tenant_id = $1 AND action = 'test.rolled_back'",
      [tenant.id],
    );
    expect(rows.rows).toEqual([]);
    expect((await verifyAudit(t.db, { tenantId: tenant.id })).problems).toEqual([]);
  });
});

describe('audit API', () => {
  it('records changes with actor, IP and user agent; searches and exports', async () => {
    const tenant = await createTestTenant(t.db);
    const admin = await loginAgent(
      t,
      tenant,
      await createTestUser(t.db, tenant.id, { role: 'administrator', email: 'chef@test.dk' }),
    );
    const unit = (await admin.post('/api/org/units', { code: 'A1', name: 'Afdeling' })).json();
    await admin.patch(`/api/org/units/${unit.id}`, { name: 'Afdeling 2' });
    const employee = (
      await admin.post('/api/org/employees', {
        unitId: unit.id,
        employeeNo: '77',
        givenName: 'Ib',
        familyName: 'Holm',
      })
    ).json();
    await admin.get(`/api/org/employees/${employee.id}`);

    const byObject = (await admin.get(`/api/audit?objectType=org_unit&objectId=${unit.id}`)).json();
    expect(byObject.entries.map((e: { action: string }) => e.action)).toEqual([
      'org.unit.update',
      'org.unit.create',
    ]);
    expect(byObject.entries[0]).toMatchObject({
      actorUserId: admin.user.id,
      actorLabel: 'chef@test.dk',
      ip: '127.0.0.1',
      userAgent: 'vitest',
    });
    expect(byObject.entries[0].details.after.name).toBe('Afdeling 2');

    const reads = (await admin.get('/api/audit?action=employee.read')).json();
    expect(reads.entries).toEqual([
      expect.objectContaining({ objectId: employee.id, actorUserId: admin.user.id }),
    ]);
    expect((await admin.get('/api/audit?action=org.*&limit=1')).json()).toMatchObject({
      total: 3,
      entries: [expect.anything()],
    });
    expect(
      (await admin.get(`/api/audit?actor=${admin.user.id}&from=2000-01-01&to=2999-12-31`)).json().total,
    ).toBeGreaterThan(3);
    expect((await admin.get('/api/audit?actor=nobody')).json().total).toBe(0);
    expect((await admin.get('/api/audit?from=yesterday')).statusCode).toBe(400);

    const csv = await admin.get('/api/audit/export.csv?objectType=org_unit');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'seq,createdAt,actorLabel,actorUserId,action,objectType,objectId,ip,userAgent,details',
    );
    expect(lines.length).toBe(3);
    expect((await verifyAudit(t.db, { tenantId: tenant.id })).problems).toEqual([]);
  });

  it('needs audit.read and shows only the own tenant', async () => {
    const tenant = await createTestTenant(t.db);
    const other = await createTestTenant(t.db);
    await createTestUnit(t.db, other.id);
    const employee = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'employee' }));
    expect((await employee.get('/api/audit')).statusCode).toBe(403);
    const admin = await loginAgent(
      t,
      tenant,
      await createTestUser(t.db, tenant.id, { role: 'administrator' }),
    );
    const all = (await admin.get('/api/audit?limit=500')).json();
    expect(
      all.entries.every(
        (e: { details: Record<string, unknown> }) => JSON.stringify(e).includes(other.id) === false,
      ),
    ).toBe(true);
  });
});
