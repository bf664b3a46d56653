// The plan job end to end: survey actions → scenario → MIP in a worker → plan, greedy baseline, 10 % cut, CSV.
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createTestApp,
  createTestTenant,
  createTestUser,
  loginAgent,
  type Agent,
  type TestApp,
} from '../../../test/fixtures/index.js';
import { waitForJob } from '../records/test-helpers.js';
import { createBuilding } from './test-helpers.js';

let t: TestApp;
let manager: Agent;

beforeAll(async () => {
  t = await createTestApp();
  const tenant = await createTestTenant(t.db);
  manager = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'facility_manager' }));
  const home = await createBuilding(t.db, tenant.id);
  const res = await manager.post(`/api/facilities/buildings/${home.buildingId}/surveys`, {
    surveyedOn: '2026-05-01',
    surveyor: 'Syn',
    items: [
      { fkCode: '27', grade: 5, action: 'Nyt tag', actionCost: 800000, actionYear: 2026, riskWater: true },
      {
        fkCode: '31',
        grade: 4,
        action: 'Nye vinduer',
        actionCost: 500000,
        actionYear: 2027,
        riskEnergy: true,
      },
      { fkCode: '63', grade: 3, action: 'El-tavler', actionCost: 200000, actionYear: 2028, riskSafety: true },
    ],
  });
  expect(res.statusCode).toBe(201);
});
afterAll(() => t.close());

it('optimises the plan in the background and exports it', { timeout: 120_000 }, async () => {
  const created = await manager.post('/api/facilities/plans', {
    name: 'Basis',
    firstYear: 2026,
    budgets: [900000, 600000, 300000, 0, 0, 0, 0, 0, 0, 0],
  });
  expect(created.statusCode).toBe(201);
  const job = await waitForJob(manager, created.json().jobId);
  expect(job.state).toBe('completed');
  const plan = (await manager.get(`/api/facilities/plans/${created.json().id}`)).json();
  expect(plan.result.status).toBe('optimal');
  expect(plan.result.plan.objective).toBeGreaterThanOrEqual(plan.result.greedy.objective - 1e-6);
  expect(plan.result.cut10.objective).toBeLessThanOrEqual(plan.result.plan.objective + 1e-6);
  expect(
    plan.result.plan.spent.every(
      (s: number, i: number) => s <= [900000, 600000, 300000, 0, 0, 0, 0, 0, 0, 0][i]! + 1,
    ),
  ).toBe(true);
  const csv = await manager.get(`/api/facilities/plans/${created.json().id}/export.csv`);
  expect(csv.headers['content-type']).toMatch(/text\/csv/);
  expect(csv.body).toContain('Nyt tag');
  expect(
    (await manager.post('/api/facilities/plans', { name: 'x', firstYear: 2026, budgets: [1] })).statusCode,
  ).toBe(400);
});
