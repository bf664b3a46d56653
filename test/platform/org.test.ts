import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvents } from '../../src/platform/events/events.js';
import {
  createTestApp,
  createTestEmployee,
  createTestTenant,
  createTestUnit,
  createTestUser,
  loginAgent,
  type Agent,
  type TestApp,
} from '../fixtures/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function adminAgent(): Promise<Agent> {
  const tenant = await createTestTenant(t.db);
  return loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'administrator' }));
}

describe('units', () => {
  it('creates a tree, renames and moves, and refuses cycles and duplicate codes', async () => {
    const admin = await adminAgent();
    const root = (await admin.post('/api/org/units', { code: 'R', name: 'Rod' })).json();
    const child = (await admin.post('/api/org/units', { code: 'C', name: 'Barn', parentId: root.id })).json();
    expect(child.parentId).toBe(root.id);
    const grandchild = (
      await admin.post('/api/org/units', { code: 'G', name: 'Barnebarn', parentId: child.id })
    ).json();
    expect((await admin.post('/api/org/units', { code: 'R', name: 'Igen' })).json().code).toBe('conflict');
    const cycle = await admin.patch(`/api/org/units/${root.id}`, { parentId: grandchild.id });
    expect(cycle.statusCode).toBe(409);
    expect(cycle.json().code).toBe('org.unit_cycle');
    expect(
      (await admin.patch(`/api/org/units/${grandchild.id}`, { parentId: root.id, name: 'Flyttet' })).json(),
    ).toMatchObject({ parentId: root.id, name: 'Flyttet' });
    const units = (await admin.get('/api/org/units')).json().units;
    expect(units).toHaveLength(3);
    const events = await readEvents(t.db, 'org-test', {
      types: ['org.unit.created', 'org.unit.updated'],
      limit: 1000,
    });
    expect(events.filter((e) => e.tenantId === admin.tenant.id).map((e) => e.type)).toEqual([
      'org.unit.created',
      'org.unit.created',
      'org.unit.created',
      'org.unit.updated',
    ]);
  });
});

describe('employees', () => {
  it('lists by unit and text with paging', async () => {
    const admin = await adminAgent();
    const unit = await createTestUnit(t.db, admin.tenant.id);
    const other = await createTestUnit(t.db, admin.tenant.id);
    for (let i = 0; i < 7; i++)
      await createTestEmployee(t.db, admin.tenant.id, unit.id, { familyName: `Efternavn${i}` });
    await createTestEmployee(t.db, admin.tenant.id, other.id, {
      givenName: 'Søren',
      familyName: 'Kierkegaard',
    });
    const page = (await admin.get(`/api/org/employees?unitId=${unit.id}&limit=3&offset=3`)).json();
    expect(page.total).toBe(7);
    expect(page.employees.map((e: { familyName: string }) => e.familyName)).toEqual([
      'Efternavn3',
      'Efternavn4',
      'Efternavn5',
    ]);
    const found = (await admin.get(`/api/org/employees?q=${encodeURIComponent('søren kier')}`)).json();
    expect(found.employees).toEqual([expect.objectContaining({ givenName: 'Søren', unitId: other.id })]);
    expect((await admin.get('/api/org/employees?q=%25')).json().total).toBe(0);
    expect((await admin.get(`/api/org/employees?unitId=${unit.id}&offset=100`)).json()).toEqual({
      employees: [],
      total: 7,
    });
  });

  it('creates, reads (logged) and updates', async () => {
    const admin = await adminAgent();
    const unit = await createTestUnit(t.db, admin.tenant.id);
    const unit2 = await createTestUnit(t.db, admin.tenant.id);
    const created = await admin.post('/api/org/employees', {
      unitId: unit.id,
      employeeNo: '1',
      givenName: 'Ane',
      familyName: 'Bo',
      email: 'ane@test.dk',
    });
    expect(created.statusCode).toBe(201);
    expect(
      (
        await admin.post('/api/org/employees', {
          unitId: unit.id,
          employeeNo: '1',
          givenName: 'X',
          familyName: 'Y',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await admin.post('/api/org/employees', {
          unitId: unit.id,
          employeeNo: '2',
          givenName: 'X',
          familyName: 'Y',
          email: 'not-an-email',
        })
      ).statusCode,
    ).toBe(400);
    const id = created.json().id;
    expect((await admin.get(`/api/org/employees/${id}`)).json()).toMatchObject({
      givenName: 'Ane',
      email: 'ane@test.dk',
    });
    const moved = (
      await admin.patch(`/api/org/employees/${id}`, { unitId: unit2.id, title: 'Konsulent' })
    ).json();
    expect(moved).toMatchObject({ unitId: unit2.id, title: 'Konsulent', givenName: 'Ane' });
    const employee = await loginAgent(
      t,
      admin.tenant,
      await createTestUser(t.db, admin.tenant.id, { role: 'employee' }),
    );
    expect((await employee.get(`/api/org/employees/${id}`)).statusCode).toBe(200);
    expect((await employee.patch(`/api/org/employees/${id}`, { title: 'Chef' })).statusCode).toBe(403);
  });
});

describe('CSV import', () => {
  const unitsCsv = [
    'code;name;parent_code',
    'TOP;Kommunen;',
    'SOC;Socialområdet;TOP',
    'HJ;Hjemmeplejen;SOC',
  ].join('\n');

  it('dry run reports without writing; a real run writes; a second run is unchanged', async () => {
    const admin = await adminAgent();
    const dry = (await admin.post('/api/org/import', { kind: 'units', csv: unitsCsv, dryRun: true })).json();
    expect(dry).toMatchObject({
      dryRun: true,
      applied: false,
      created: 3,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect((await admin.get('/api/org/units')).json().units).toEqual([]);
    const real = (
      await admin.post('/api/org/import', { kind: 'units', csv: unitsCsv, dryRun: false })
    ).json();
    expect(real).toMatchObject({ applied: true, created: 3 });
    const units = (await admin.get('/api/org/units')).json().units as {
      id: string;
      code: string;
      parentId: string | null;
    }[];
    const byCode = new Map(units.map((u) => [u.code, u]));
    expect(byCode.get('HJ')!.parentId).toBe(byCode.get('SOC')!.id);
    const again = (
      await admin.post('/api/org/import', {
        kind: 'units',
        csv: unitsCsv.replace('Hjemmeplejen', 'Hjemmeplejen Nord'),
        dryRun: true,
      })
    ).json();
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(again.rows.find((r: { key: string }) => r.key === 'HJ').changes[0]).toContain('Hjemmeplejen Nord');

    const employeesCsv = [
      'employee_no,given_name,family_name,email,title,unit_code',
      '100,Ida,Lund,ida@test.dk,SSA,HJ',
      '101,Bo,Holm,,,SOC',
    ].join('\r\n');
    expect(
      (await admin.post('/api/org/import', { kind: 'employees', csv: employeesCsv, dryRun: false })).json(),
    ).toMatchObject({ applied: true, created: 2 });
    const moved = employeesCsv.replace('101,Bo,Holm,,,SOC', '101,Bo,Holm,,,TOP');
    expect(
      (await admin.post('/api/org/import', { kind: 'employees', csv: moved, dryRun: false })).json(),
    ).toMatchObject({ updated: 1, unchanged: 1 });
  });

  it('reports errors per line and writes nothing when any line is wrong', async () => {
    const admin = await adminAgent();
    const csv = [
      'code,name,parent_code',
      'A,Alfa,',
      'B,,A',
      'A,Igen,',
      'C,Charlie,NOPE',
      'D,Delta,E',
      'E,Echo,D',
    ].join('\n');
    const report = (await admin.post('/api/org/import', { kind: 'units', csv, dryRun: false })).json();
    expect(report.applied).toBe(false);
    expect(report.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(report.errors[0].message).toContain('skal udfyldes');
    expect(report.errors[0].message_en).toContain('required');
    expect((await admin.get('/api/org/units')).json().units).toEqual([]);
  });

  it('rejects unreadable files and unknown columns with a clear message', async () => {
    const admin = await adminAgent();
    const wrong = (
      await admin.post('/api/org/import', { kind: 'employees', csv: 'foo,bar\n1,2', dryRun: true })
    ).json();
    expect(wrong.errors[0].message_en).toContain('Missing columns');
    const broken = (
      await admin.post('/api/org/import', { kind: 'units', csv: 'code,name\n"A,B', dryRun: true })
    ).json();
    expect(broken.errors[0].message_en).toContain('cannot be read');
    // The line where the open quote starts, and words an administrator understands (no parser jargon).
    expect(broken.errors[0].line).toBe(2);
    expect(broken.errors[0].message).toContain('anførselstegn');
    const empty = (await admin.post('/api/org/import', { kind: 'units', csv: '', dryRun: true })).json();
    expect(empty.errors).toHaveLength(1);
    const badUnit = (
      await admin.post('/api/org/import', {
        kind: 'employees',
        csv: 'employee_no,given_name,family_name,unit_code\n1,A,B,NOPE',
        dryRun: true,
      })
    ).json();
    expect(badUnit.errors).toEqual([
      expect.objectContaining({ line: 2, message_en: 'The unit NOPE does not exist.' }),
    ]);
  });
});
