// The unit set-up API the set-up page uses: read with members, save with optimistic concurrency, every
// reference problem reported on its field ("dansk / English"), shift types in use kept, read-only for
// roster.read. A small unit of its own (no demo seed), so the file runs in seconds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../platform/db/database.js';
import {
  createTestApp,
  createTestEmployee,
  createTestTenant,
  createTestUnit,
  createTestUser,
  loginAgent,
  type Agent,
  type TestApp,
} from '../../../test/fixtures/index.js';
import type { TUnitSetup } from './contract.js';
import { demoSetup } from './demo-seed.js';

let t: TestApp;
let planner: Agent;
let reader: Agent;
let outsider: Agent;
let unitId: string;

const detail = async (who: Agent = planner) => (await who.get(`/api/roster/units/${unitId}`)).json();
const save = (setup: TUnitSetup, version: number, who: Agent = planner) =>
  who.put(`/api/roster/units/${unitId}/setup`, { setup, version });

beforeAll(async () => {
  t = await createTestApp();
  const tenant = await createTestTenant(t.db);
  const home = await createTestUnit(t.db, tenant.id, { name: 'Plejecenter Test' });
  const elsewhere = await createTestUnit(t.db, tenant.id, { name: 'Et andet sted' });
  const anna = await createTestEmployee(t.db, tenant.id, home.id, { givenName: 'Anna', familyName: 'Berg' });
  unitId = await withTenant(t.db, tenant.id, async (tx) => {
    const id = (
      await tx.sql.query<{ id: string }>(
        'INSERT INTO roster_units (tenant_id, org_unit_id, setup) VALUES ($1, $2, $3) RETURNING id',
        [tenant.id, home.id, JSON.stringify(demoSetup())],
      )
    ).rows[0]!.id;
    await tx.sql.query(
      `INSERT INTO roster_members (tenant_id, unit_id, employee_id, weekly_minutes, skills, grade) VALUES ($1, $2, $3, 2220, '{SPL,SSA}', 'SPL')`,
      [tenant.id, id, anna.id],
    );
    const period = (
      await tx.sql.query<{ id: string }>(
        `INSERT INTO roster_periods (tenant_id, unit_id, start_date, days) VALUES ($1, $2, '2030-03-04', 28) RETURNING id`,
        [tenant.id, id],
      )
    ).rows[0]!.id;
    await tx.sql.query(
      `INSERT INTO roster_assignments (tenant_id, period_id, employee_id, date, shift) VALUES ($1, $2, $3, '2030-03-05', 'N')`,
      [tenant.id, period, anna.id],
    );
    return id;
  });
  planner = await loginAgent(
    t,
    tenant,
    await createTestUser(t.db, tenant.id, { role: 'planner', unitId: home.id }),
  );
  reader = await loginAgent(
    t,
    tenant,
    await createTestUser(t.db, tenant.id, { role: 'team_lead', unitId: home.id }),
  );
  outsider = await loginAgent(
    t,
    tenant,
    await createTestUser(t.db, tenant.id, { role: 'planner', unitId: elsewhere.id }),
  );
}, 60_000);
afterAll(() => t?.close());

describe('the unit set-up', () => {
  it('is read with its members (from the master data) and saved with the version; a stale version is a 409', async () => {
    const before = await detail();
    expect(before.setup.shiftTypes.map((s: { id: string }) => s.id)).toEqual(['D', 'A', 'N']);
    expect(before.members).toEqual([
      expect.objectContaining({
        name: 'Anna Berg',
        weeklyMinutes: 2220,
        skills: ['SPL', 'SSA'],
        grade: 'SPL',
      }),
    ]);
    const setup: TUnitSetup = {
      ...before.setup,
      name: 'Plejecenter Test, afsnit 2',
      shiftTypes: [
        ...before.setup.shiftTypes,
        { id: 'M', name: 'Mellemvagt', start: '11:00', end: '19:00', paidMinutes: 450, breakMinutes: 30 },
      ],
      demand: [
        ...before.setup.demand,
        { weekdays: [1, 2, 3, 4, 5], shift: 'M', skill: null, min: 0, preferred: 1 },
      ],
      specialDays: [{ date: '2030-12-24', name: 'Juleaften', followsWeekday: 7 }],
    };
    const res = await save(setup, before.unit.version);
    expect(res.statusCode).toBe(200);
    expect(res.json().unit).toMatchObject({
      name: 'Plejecenter Test, afsnit 2',
      version: before.unit.version + 1,
    });
    const after = await detail();
    expect(after.setup.shiftTypes.at(-1)).toMatchObject({ id: 'M', end: '19:00' });
    expect(after.setup.specialDays).toEqual(setup.specialDays);
    expect((await planner.get('/api/roster/units')).json().data[0].name).toBe('Plejecenter Test, afsnit 2');

    // Someone who still holds the old version is told, not silently overwritten.
    const stale = await save({ ...setup, name: 'Forældet' }, before.unit.version);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'roster.conflict' });
    expect((await detail()).unit.name).toBe('Plejecenter Test, afsnit 2');
  });

  it('reports every reference problem on its field, in Danish and English', async () => {
    const { setup, unit } = await detail();
    const res = await save(
      {
        ...setup,
        shiftTypes: [...setup.shiftTypes, { ...setup.shiftTypes[0], name: 'Dobbelt' }],
        skills: [...setup.skills, setup.skills[0]],
        demand: [{ weekdays: [1], shift: 'X', skill: 'NOPE', min: 3, preferred: 2 }, ...setup.demand],
        specialDays: [
          { date: '2030-05-01', name: 'Fest', followsWeekday: 6 },
          { date: '2030-05-01', name: 'Fest igen', followsWeekday: 7 },
        ],
      },
      unit.version,
    );
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('roster.invalid');
    expect(body.message_da).toBe('Opsætningen kan ikke gemmes. Ret de markerede felter.');
    const byPath = Object.fromEntries(
      body.errors.map((e: { path: string; message: string }) => [e.path, e.message]),
    );
    expect(byPath).toEqual({
      [`body.setup.shiftTypes.${setup.shiftTypes.length}.id`]:
        'Vagttypen D findes to gange. / Shift type D is given twice.',
      [`body.setup.skills.${setup.skills.length}.id`]: expect.stringMatching(
        /^Kompetencen SPL findes to gange\. \/ /,
      ),
      'body.setup.demand.0.shift':
        'Behovet nævner en ukendt vagttype (X). / The demand names an unknown shift type (X).',
      'body.setup.demand.0.skill': expect.stringMatching(/ukendt kompetence \(NOPE\)/),
      'body.setup.demand.0.preferred': expect.stringMatching(/mindre end minimum\. \/ The preferred/),
      'body.setup.specialDays.1.date': expect.stringMatching(/^Datoen 2030-05-01 findes to gange/),
    });
    // The contract's own checks carry their field too (the page shows them there).
    const bad = await save(
      { ...setup, shiftTypes: [{ ...setup.shiftTypes[0], start: '25:00' }] },
      unit.version,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain('body.setup.shiftTypes.0.start');
    expect((await detail()).unit.version).toBe(unit.version);
  });

  it('keeps shift types that rosters use; they can be renamed and re-timed', async () => {
    const { setup, unit } = await detail();
    const withoutNight = {
      ...setup,
      shiftTypes: setup.shiftTypes.filter((s: { id: string }) => s.id !== 'N'),
      demand: setup.demand.filter((d: { shift: string }) => d.shift !== 'N'),
    };
    const res = await save(withoutNight, unit.version);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      {
        path: 'body.setup.shiftTypes',
        message: expect.stringMatching(
          /^Vagttypen N bruges i enhedens vagtplaner og kan ikke fjernes\..* \/ Shift type N is used/,
        ),
      },
    ]);
    // The unused mid shift may go; the night shift may change its name and times.
    const changed = {
      ...setup,
      shiftTypes: setup.shiftTypes
        .filter((s: { id: string }) => s.id !== 'M')
        .map((s: { id: string }) => (s.id === 'N' ? { ...s, name: 'Nat', start: '22:00', end: '07:00' } : s)),
      demand: setup.demand.filter((d: { shift: string }) => d.shift !== 'M'),
    };
    expect((await save(changed, unit.version)).statusCode).toBe(200);
    expect(
      (await detail()).setup.shiftTypes.map((s: { id: string; name: string }) => `${s.id} ${s.name}`),
    ).toEqual(['D Dagvagt', 'A Aftenvagt', 'N Nat']);
  });

  it('is read-only for roster.read and out of reach for planners of other units', async () => {
    const { setup, unit } = await detail(reader);
    expect(setup.name).toBeTruthy();
    expect((await save(setup, unit.version, reader)).statusCode).toBe(403);
    expect((await outsider.get(`/api/roster/units/${unitId}`)).statusCode).toBe(403);
    expect((await save(setup, unit.version, outsider)).statusCode).toBe(403);
    expect((await detail()).unit.version).toBe(unit.version);
  });
});
