// Lock-out under concurrency and misuse (issue 19): parallel wrong passwords are all counted, the lock is per
// login name and source, unknown names answer exactly like known ones, and a password change ends the
// user's other sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  createTestTenant,
  createTestUser,
  loginAgent,
  loginViaApi,
  type TestApp,
} from '../fixtures/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { lockoutThreshold: 5 } });
});
afterAll(() => t.close());

const login = (body: object, ip = '203.0.113.7') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: body, remoteAddress: ip });

describe('lock-out', () => {
  it('counts nine parallel wrong passwords against a threshold of 5 and then refuses the right one', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id);
    const wrong = { tenant: tenant.slug, email: user.email, password: 'wrong-password' };
    const codes = (await Promise.all(Array.from({ length: 9 }, () => login(wrong)))).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401).length).toBe(4);
    expect(codes.filter((c) => c === 423).length).toBe(5);
    const right = await login({ ...wrong, password: user.password });
    expect(right.statusCode).toBe(423);
  });

  it('checks no more passwords than the threshold in a burst of twenty', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id);
    const wrong = { tenant: tenant.slug, email: user.email, password: 'wrong-password' };
    const started = Date.now();
    const codes = (await Promise.all(Array.from({ length: 20 }, () => login(wrong)))).map(
      (r) => r.statusCode,
    );
    // Four plain failures, the fifth locks, the other fifteen are refused before any password work.
    expect(codes.filter((c) => c === 401).length).toBe(4);
    expect(codes.filter((c) => c === 423).length).toBe(16);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('locks the name only from the attacking source: the owner still logs in from elsewhere', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id);
    const wrong = { tenant: tenant.slug, email: user.email, password: 'wrong-password' };
    for (let i = 0; i < 5; i++) await login(wrong, '198.51.100.66');
    expect((await login({ ...wrong, password: user.password }, '198.51.100.66')).statusCode).toBe(423);
    expect((await login({ ...wrong, password: user.password }, '192.0.2.10')).statusCode).toBe(200);
  });

  it('answers unknown names exactly like known ones (no account enumeration)', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id);
    const sequence = async (email: string) => {
      const codes: string[] = [];
      for (let i = 0; i < 7; i++) {
        const res = await login({ tenant: tenant.slug, email, password: 'wrong-password' }, '198.51.100.9');
        codes.push(`${res.statusCode}:${res.json().code}`);
      }
      return codes;
    };
    const known = await sequence(user.email);
    const unknown = await sequence('nobody-here@test.dk');
    expect(unknown).toEqual(known);
    expect(known).toEqual([
      '401:auth.invalid_credentials',
      '401:auth.invalid_credentials',
      '401:auth.invalid_credentials',
      '401:auth.invalid_credentials',
      '423:auth.locked',
      '423:auth.locked',
      '423:auth.locked',
    ]);
  });

  it('a success clears the count for that source', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id);
    const body = { tenant: tenant.slug, email: user.email, password: 'wrong-password' };
    for (let i = 0; i < 4; i++) expect((await login(body)).statusCode).toBe(401);
    expect((await login({ ...body, password: user.password })).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(body)).statusCode).toBe(401);
  });

  it('the users list shows a locked account, and an administrator’s reset unlocks it everywhere', async () => {
    const tenant = await createTestTenant(t.db);
    const admin = await loginAgent(
      t,
      tenant,
      await createTestUser(t.db, tenant.id, { role: 'administrator' }),
    );
    const user = await createTestUser(t.db, tenant.id);
    for (let i = 0; i < 5; i++)
      await login({ tenant: tenant.slug, email: user.email, password: 'wrong-password' });
    const listed = (await admin.get('/api/admin/users')).json().users as { id: string; locked: boolean }[];
    expect(listed.find((u) => u.id === user.id)?.locked).toBe(true);
    const reset = await admin.post(`/api/admin/users/${user.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const password = reset.json().temporaryPassword as string;
    expect((await login({ tenant: tenant.slug, email: user.email, password })).statusCode).toBe(200);
  });
});

describe('changing one’s password', () => {
  it('ends the user’s other sessions and keeps the current one', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id);
    const laptop = await loginViaApi(t, tenant, user);
    const phone = await loginAgent(t, tenant, user);
    const stranger = await loginAgent(t, tenant, user);
    const res = await laptop.post('/api/auth/change-password', {
      currentPassword: user.password,
      newPassword: 'a-new-password-1',
    });
    expect(res.statusCode).toBe(200);
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(200);
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect((await stranger.get('/api/auth/me')).statusCode).toBe(401);
  });
});
