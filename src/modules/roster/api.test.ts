// The roster API on the seeded demo plejecenter: the planner's grid, cell edits with live rule checks and
// optimistic concurrency, the notice rule at publication, the employee's side, tenant isolation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../platform/seed/demo.js';
import {
  createTestApp,
  createTestTenant,
  createTestUser,
  loginAgent,
  loginViaApi,
  type Agent,
  type TestApp,
} from '../../../test/fixtures/index.js';
import type { TGrid } from './contract.js';

let t: TestApp;
let planner: Agent;
let employee: Agent;
let unitId: string;
let periods: { id: string; state: string; version: number; startDate: string }[];

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db);
  const tenant = { id: '', slug: 'demo', name: 'Demo Kommune' };
  const login = async (email: string) =>
    loginViaApi(t, tenant, { id: '', email, password: DEMO_PASSWORD, name: email } as never);
  planner = await login('planlaegger@demo.dk');
  employee = await login('medarbejder@demo.dk');
  const units = (await planner.get('/api/roster/units')).json();
  unitId = units.data[0].id;
  periods = (await planner.get(`/api/roster/units/${unitId}/periods`)).json().data;
}, 120_000);
afterAll(() => t.close());

describe('the demo plejecenter', () => {
  it('has 30 employees, a published period without hard violations and a period open for wishes', async () => {
    const units = (await planner.get('/api/roster/units')).json();
    expect(units.data).toHaveLength(1);
    expect(units.data[0]).toMatchObject({ name: 'Plejecenter Solbakken', members: 30 });
    expect(periods.map((p) => p.state).sort()).toEqual(['published', 'wishes_open']);
    const published = periods.find((p) => p.state === 'published')!;
    const grid: TGrid = (await planner.get(`/api/roster/periods/${published.id}`)).json();
    expect(grid.employees).toHaveLength(30);
    expect(grid.days).toHaveLength(28);
    expect(grid.violations.filter((v) => v.hard)).toEqual([]);
    expect(grid.coverage.length).toBeGreaterThan(28 * 3);
    expect(grid.cost.total).toBeGreaterThan(0);
  });
});

describe('editing the grid', () => {
  it('re-checks the rules at once and explains them in Danish; a stale version is a conflict', async () => {
    const open = periods.find((p) => p.state === 'wishes_open')!;
    const grid: TGrid = (await planner.get(`/api/roster/periods/${open.id}`)).json();
    const anna = grid.employees[0]!;
    // An evening shift followed by a day shift: 8 hours' rest.
    let res = await planner.put(`/api/roster/periods/${open.id}/cells`, {
      employeeId: anna.id,
      date: grid.days[0]!.date,
      shift: 'A',
      version: grid.period.version,
    });
    expect(res.statusCode).toBe(200);
    const v1 = res.json().version;
    res = await planner.put(`/api/roster/periods/${open.id}/cells`, {
      employeeId: anna.id,
      date: grid.days[1]!.date,
      shift: 'D',
      version: v1,
    });
    expect(res.statusCode).toBe(200);
    const rest = res
      .json()
      .violations.find(
        (v: { rule: string; employeeId: string }) => v.rule === 'rest' && v.employeeId === anna.id,
      );
    expect(rest.message).toMatch(/Kun 8 timers hvile/);
    expect(rest.hard).toBe(true);
    // A second planner still holding version v1 is told, not silently overwritten.
    res = await planner.put(`/api/roster/periods/${open.id}/cells`, {
      employeeId: anna.id,
      date: grid.days[1]!.date,
      shift: null,
      version: v1,
    });
    expect(res.statusCode).toBe(409);
    const after: TGrid = (await planner.get(`/api/roster/periods/${open.id}`)).json();
    expect(after.employees[0]!.cells[1]).toBe('D');
  });

  it('rejects bad input: unknown shift, a date outside the period, another tenant', async () => {
    const open = periods.find((p) => p.state === 'wishes_open')!;
    const grid: TGrid = (await planner.get(`/api/roster/periods/${open.id}`)).json();
    const v = grid.period.version;
    const id = grid.employees[3]!.id;
    expect(
      (
        await planner.put(`/api/roster/periods/${open.id}/cells`, {
          employeeId: id,
          date: grid.days[0]!.date,
          shift: 'X',
          version: v,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await planner.put(`/api/roster/periods/${open.id}/cells`, {
          employeeId: id,
          date: '1999-01-01',
          shift: 'D',
          version: v,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await planner.put(`/api/roster/periods/${open.id}/cells`, {
          employeeId: 'nope',
          date: grid.days[0]!.date,
          shift: 'D',
          version: v,
        })
      ).statusCode,
    ).toBe(400);
    const other = await createTestTenant(t.db, 'Anden Kommune');
    const stranger = await loginAgent(t, other, await createTestUser(t.db, other.id, { role: 'planner' }));
    expect((await stranger.get(`/api/roster/periods/${open.id}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/roster/units')).json().data).toEqual([]);
    // An employee cannot plan.
    expect(
      (
        await employee.put(`/api/roster/periods/${open.id}/cells`, {
          employeeId: id,
          date: grid.days[0]!.date,
          shift: 'D',
          version: v,
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('the employee', () => {
  it('sees the published shifts, hours against the norm, a calendar feed, and can wish before the deadline', async () => {
    const mine = (await employee.get('/api/roster/me')).json();
    expect(mine.employee).not.toBeNull();
    expect(mine.shifts.length).toBeGreaterThan(5);
    const published = mine.periods.find((p: { state: string }) => p.state === 'published');
    expect(published.normMinutes).toBeGreaterThan(0);
    const ics = await employee.get('/api/roster/me/calendar.ics');
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    expect(ics.body).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART;TZID=Europe\/Copenhagen:\d{8}T\d{6}/);
    const open = mine.periods.find((p: { state: string }) => p.state === 'wishes_open');
    const wish = await employee.post('/api/roster/me/wishes', {
      periodId: open.id,
      date: open.startDate,
      shift: null,
      want: true,
    });
    expect(wish.statusCode).toBe(200);
    const outside = await employee.post('/api/roster/me/wishes', {
      periodId: open.id,
      date: '2000-01-01',
      shift: null,
      want: true,
    });
    expect(outside.statusCode).toBe(400);
  });
});

describe('publication', () => {
  it('requires a reason when published later than 4 weeks before the start', async () => {
    const open = periods.find((p) => p.state === 'wishes_open')!;
    let grid: TGrid = (await planner.get(`/api/roster/periods/${open.id}`)).json();
    // Clear the rest violation from the earlier test, then move to editing → approved.
    const anna = grid.employees[0]!;
    let res = await planner.put(`/api/roster/periods/${open.id}/cells`, {
      employeeId: anna.id,
      date: grid.days[1]!.date,
      shift: null,
      version: grid.period.version,
    });
    let version = res.json().version;
    res = await planner.post(`/api/roster/periods/${open.id}/transition`, { to: 'editing', version });
    expect(res.statusCode).toBe(200);
    res = await planner.post(`/api/roster/periods/${open.id}/transition`, {
      to: 'approved',
      version: res.json().version,
    });
    expect(res.statusCode).toBe(200);
    version = res.json().version;
    grid = (await planner.get(`/api/roster/periods/${open.id}`)).json();
    expect(grid.noticeShortfallDays).toBeGreaterThan(0); // the demo's next period starts within 4 weeks
    res = await planner.post(`/api/roster/periods/${open.id}/transition`, { to: 'published', version });
    expect(res.statusCode).toBe(400);
  });
});
