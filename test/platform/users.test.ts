import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  createTestTenant,
  createTestUnit,
  createTestUser,
  loginAgent,
  type TestApp,
} from '../fixtures/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (tenant: string, email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { tenant, email, password } });

describe('user administration', () => {
  it('creates a user with a temporary password, sets roles, resets and deactivates', async () => {
    const tenant = await createTestTenant(t.db);
    const admin = await loginAgent(
      t,
      tenant,
      await createTestUser(t.db, tenant.id, { role: 'administrator' }),
    );
    const unit = await createTestUnit(t.db, tenant.id);
    const created = await admin.post('/api/admin/users', {
      email: 'Ny@Test.dk',
      name: 'Ny Bruger',
      roles: [{ role: 'planner', unitId: unit.id }],
    });
    expect(created.statusCode).toBe(201);
    const { user, temporaryPassword } = created.json();
    expect(user).toMatchObject({
      email: 'ny@test.dk',
      active: true,
      roles: [{ role: 'planner', unitId: unit.id }],
    });
    expect(temporaryPassword).toMatch(/^.{4}-.{4}-.{4}-.{4}$/);
    expect((await admin.post('/api/admin/users', { email: 'ny@test.dk', name: 'Dublet' })).json().code).toBe(
      'users.email_taken',
    );
    expect((await login(tenant.slug, 'ny@test.dk', temporaryPassword)).statusCode).toBe(200);

    const roles = await admin.put(`/api/admin/users/${user.id}/roles`, [
      { role: 'caseworker', unitId: null },
    ]);
    expect(roles.json().roles).toEqual([{ role: 'caseworker', unitId: null }]);
    expect(
      (await admin.put(`/api/admin/users/${user.id}/roles`, [{ role: 'king', unitId: null }])).statusCode,
    ).toBe(400);

    const reset = (await admin.post(`/api/admin/users/${user.id}/reset-password`)).json();
    expect((await login(tenant.slug, 'ny@test.dk', temporaryPassword)).statusCode).toBe(401);
    expect((await login(tenant.slug, 'ny@test.dk', reset.temporaryPassword)).statusCode).toBe(200);

    const list = (await admin.get('/api/admin/users')).json().users;
    expect(list.map((u: { email: string }) => u.email)).toContain('ny@test.dk');
    expect(JSON.stringify(list)).not.toMatch(/password|scrypt/i);

    expect((await admin.patch(`/api/admin/users/${user.id}`, { active: false })).json().active).toBe(false);
    expect((await login(tenant.slug, 'ny@test.dk', reset.temporaryPassword)).statusCode).toBe(401);
    expect((await admin.patch(`/api/admin/users/${admin.user.id}`, { active: false })).json().code).toBe(
      'users.cannot_deactivate_self',
    );
  });

  it("deactivation ends the user's open sessions", async () => {
    const tenant = await createTestTenant(t.db);
    const admin = await loginAgent(
      t,
      tenant,
      await createTestUser(t.db, tenant.id, { role: 'administrator' }),
    );
    const user = await createTestUser(t.db, tenant.id);
    const agent = await loginAgent(t, tenant, user);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    await admin.patch(`/api/admin/users/${user.id}`, { active: false });
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
  });
});
