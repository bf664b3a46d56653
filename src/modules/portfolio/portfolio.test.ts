// The digitalisation portfolio through the API on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  createTestTenant,
  createTestUnit,
  createTestUser,
  loginAgent,
  type TestApp,
} from '../../../test/fixtures/index.js';
import { withTenant } from '../../platform/db/database.js';
import { appendEvent } from '../../platform/events/events.js';
import { systemActor } from '../../platform/http/context.js';
import { catchUp } from '../insight/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function leaderOf() {
  const tenant = await createTestTenant(t.db);
  const unit = await createTestUnit(t.db, tenant.id, { name: 'Borgerservice' });
  const leader = await loginAgent(
    t,
    tenant,
    await createTestUser(t.db, tenant.id, { role: 'leader', unitId: unit.id }),
  );
  return { tenant, unit, leader };
}

const body = {
  title: 'Robot til indberetning',
  area: 'economy',
  phase: 'idea',
  suitability: [5, 5, 4, 4, 4, 4, 4, 4, 3],
  runsPerYear: 1200,
  minutesPerRun: 15,
  savingPct: 80,
};

describe('initiatives', () => {
  it('computes hours and suitability, and refuses a change made from a stale version', async () => {
    const { leader } = await leaderOf();
    const created = await leader.post('/api/portfolio/initiatives', body);
    expect(created.statusCode).toBe(201);
    const i = created.json();
    expect(i.hoursPerYear).toBe(240);
    expect(i.suitabilityScore).toBeGreaterThan(70);
    const first = await leader.put(`/api/portfolio/initiatives/${i.id}`, {
      ...body,
      phase: 'pre_analysis',
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await leader.put(`/api/portfolio/initiatives/${i.id}`, {
      ...body,
      phase: 'development',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect((await leader.get(`/api/portfolio/initiatives/${i.id}`)).json().phase).toBe('pre_analysis');
  });

  it('keeps personal initiatives to their creator and other municipalities out', async () => {
    const { tenant, leader } = await leaderOf();
    const personal = (
      await leader.post('/api/portfolio/initiatives', { ...body, visibility: 'personal' })
    ).json();
    const colleague = await loginAgent(
      t,
      tenant,
      await createTestUser(t.db, tenant.id, { role: 'employee' }),
    );
    expect((await colleague.get(`/api/portfolio/initiatives/${personal.id}`)).statusCode).toBe(404);
    expect((await colleague.get('/api/portfolio/initiatives')).json().count).toBe(0);
    // An employee may read the portfolio but not write it.
    expect((await colleague.post('/api/portfolio/initiatives', body)).statusCode).toBe(403);
    const other = await leaderOf();
    expect((await other.leader.get(`/api/portfolio/initiatives/${personal.id}`)).statusCode).toBe(404);
    // Another municipality's unit cannot be linked.
    expect(
      (
        await other.leader.post('/api/portfolio/initiatives', {
          ...body,
          unitIds: [(await leaderOf()).unit.id],
        })
      ).statusCode,
    ).toBe(404);
  });

  it('rejects a business case whose estimates are out of order and an unknown key figure', async () => {
    const { leader } = await leaderOf();
    const bad = await leader.post('/api/portfolio/initiatives', {
      ...body,
      businessCase: [
        { year: 2027, costLow: 10, costLikely: 5, costHigh: 20, gainLow: 0, gainLikely: 0, gainHigh: 0 },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(
      (await leader.post('/api/portfolio/initiatives', { ...body, figureId: 'no.such' })).statusCode,
    ).toBe(400);
  });

  it('shows the benefit realised from the linked key figure', async () => {
    const { tenant, unit, leader } = await leaderOf();
    const today = new Date().toISOString().slice(0, 10);
    await withTenant(t.db, tenant.id, (tx) =>
      appendEvent(tx, systemActor(tenant.id), {
        type: 'records.request.decided',
        payload: {
          requestId: crypto.randomUUID(),
          unitId: unit.id,
          decidedOn: today,
          onTime: true,
          workingDaysUsed: 4,
        },
      }),
    );
    await catchUp(t.db);
    const i = (
      await leader.post('/api/portfolio/initiatives', {
        ...body,
        figureId: 'records.working_days',
        figureUnitId: unit.id,
        baseline: 7,
        goal: 1,
      })
    ).json();
    expect(i.realised.current).toBe(4);
    expect(i.realised.pct).toBe(50);
    expect(i.realised.months).toHaveLength(12);
  });

  it('imports from CSV with a dry run that reports bad lines and writes nothing', async () => {
    const { leader } = await leaderOf();
    const csv =
      '\uFEFFtitle;area;phase;runs_per_year;minutes_per_run;saving_pct\nA;economy;idea;100;10;50\nB;nowhere;idea;;;\n';
    const dry = (await leader.post('/api/portfolio/import', { csv, dryRun: true })).json();
    expect(dry.errors).toHaveLength(1);
    expect(dry.errors[0].line).toBe(3);
    expect(dry.created).toBe(0);
    const refused = (await leader.post('/api/portfolio/import', { csv, dryRun: false })).json();
    expect(refused.created).toBe(0);
    const good = (
      await leader.post('/api/portfolio/import', {
        csv: csv.split('\n').slice(0, 2).join('\n'),
        dryRun: false,
      })
    ).json();
    expect(good.created).toBe(1);
    const exported = await leader.get('/api/portfolio/initiatives.csv');
    expect(exported.body).toContain('"A";"";"economy";"idea"');
    expect(exported.body).toContain('"8.3"'); // 100 × 10 × 50 % ÷ 60
  });
});
