// Every route × every role, plus anonymous and cross-tenant callers, generated from the app's route table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS, ROLES, type Role } from '../../src/platform/access/permissions.js';
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
let tenantOf: Awaited<ReturnType<typeof createTestTenant>>;
const agents = new Map<Role, Agent>();
let foreign: { unitId: string; employeeId: string; userId: string };

beforeAll(async () => {
  t = await createTestApp();
  const tenant = await createTestTenant(t.db);
  tenantOf = tenant;
  for (const role of ROLES)
    agents.set(role, await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role })));
  const other = await createTestTenant(t.db, 'Anden kommune');
  const unit = await createTestUnit(t.db, other.id);
  foreign = {
    unitId: unit.id,
    employeeId: (await createTestEmployee(t.db, other.id, unit.id)).id,
    userId: (await createTestUser(t.db, other.id)).id,
  };
});
afterAll(() => t.close());

const apiRoutes = () => t.app.routeTable.filter((r) => r.url.startsWith('/api/') && r.access !== 'public');

function materialise(url: string, id: string): string {
  return url.replace(/:[A-Za-z]+/g, id);
}

const ZERO_ID = '00000000-0000-4000-8000-000000000000';

describe('authorisation matrix', () => {
  it('covers the routes', () => {
    expect(apiRoutes().length).toBeGreaterThan(15);
  });

  it('anonymous callers get 401 everywhere except public routes', async () => {
    for (const route of apiRoutes()) {
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: materialise(route.url, ZERO_ID),
        payload: route.method === 'GET' ? undefined : {},
      });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('each role gets 403 exactly where it lacks the permission', async () => {
    for (const route of apiRoutes()) {
      for (const role of ROLES) {
        const allowed =
          route.access === 'authenticated' || ROLE_PERMISSIONS[role].includes(route.access as never);
        // An empty or minimal body: permitted callers may get 400/404, never 401/403.
        // Logging out would end the shared agent's session: use a fresh one for that route.
        const agent =
          route.url === '/api/auth/logout'
            ? await loginAgent(t, tenantOf, await createTestUser(t.db, tenantOf.id, { role }))
            : agents.get(role)!;
        const res = await agent.request({
          method: route.method as 'GET',
          url: materialise(route.url, ZERO_ID),
          payload: route.method === 'GET' ? undefined : {},
        });
        const label = `${role} ${route.method} ${route.url} → ${res.statusCode} ${res.body.slice(0, 120)}`;
        if (allowed) expect([401, 403], label).not.toContain(res.statusCode);
        else expect(res.statusCode, label).toBe(403);
        expect(res.statusCode, label).toBeLessThan(500);
      }
    }
  });

  it("another tenant's objects answer 404, never their data", async () => {
    const admin = agents.get('administrator')!;
    // The platform's and org's own routes; other modules test their objects with their own cross-tenant tests.
    const withId = apiRoutes().filter((r) => r.url.includes(':id') && /^\/api\/(org|admin)\//.test(r.url));
    expect(withId.length).toBeGreaterThan(4);
    for (const route of withId) {
      const id = route.url.includes('/users/')
        ? foreign.userId
        : route.url.includes('/units/')
          ? foreign.unitId
          : foreign.employeeId;
      const patch = route.url.includes('/employees/') ? { givenName: 'Overtaget' } : { name: 'Overtaget' };
      const body = route.url.endsWith('/roles') ? [] : route.method === 'PATCH' ? patch : undefined;
      const res = await admin.request({
        method: route.method as 'GET',
        url: materialise(route.url, id),
        payload: body as object,
      });
      expect(res.statusCode, `${route.method} ${route.url} ${res.body}`).toBe(404);
      expect(res.json().code).toBe('not_found');
    }
    const list = await admin.get(`/api/org/employees?unitId=${foreign.unitId}`);
    expect(list.json()).toEqual({ employees: [], total: 0 });
    const units = (await admin.get('/api/org/units')).json().units as { id: string }[];
    expect(units.map((u) => u.id)).not.toContain(foreign.unitId);
  });

  it("cannot attach another tenant's unit or employee", async () => {
    const admin = agents.get('administrator')!;
    expect(
      (await admin.post('/api/org/units', { code: 'X1', name: 'X', parentId: foreign.unitId })).statusCode,
    ).toBe(400);
    expect(
      (
        await admin.post('/api/org/employees', {
          unitId: foreign.unitId,
          employeeNo: 'Z1',
          givenName: 'A',
          familyName: 'B',
        })
      ).statusCode,
    ).toBe(400);
    const self = admin.user.id;
    expect(
      (await admin.put(`/api/admin/users/${self}/roles`, [{ role: 'administrator', unitId: foreign.unitId }]))
        .statusCode,
    ).toBe(400);
  });
});
