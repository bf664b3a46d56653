import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/platform/auth/sessions.js';
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
  t = await createTestApp({ config: { lockoutThreshold: 3 } });
});
afterAll(() => t.close());

const login = (body: object) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: body });

describe('login', () => {
  it('sets an httpOnly SameSite=Lax session cookie and returns the user', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id, { role: 'caseworker' });
    const res = await login({
      tenant: tenant.slug,
      email: user.email.toUpperCase(),
      password: user.password,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ id: user.id, email: user.email, language: 'da' });
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { [SESSION_COOKIE]: cookie.value },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      tenant: { id: tenant.id },
      roles: [{ role: 'caseworker', unitId: null }],
    });
    expect(me.json().abilities).toContain('records.read');
    expect(me.json().abilities).not.toContain('users.manage');
    expect(me.json().csrfToken).toBe(res.json().csrfToken);
  });

  it('answers wrong passwords, unknown users and unknown tenants alike', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id);
    for (const body of [
      { tenant: tenant.slug, email: user.email, password: 'wrong-password' },
      { tenant: tenant.slug, email: 'nobody@test.dk', password: 'whatever-123' },
      { tenant: 'no-such-tenant', email: user.email, password: user.password },
    ]) {
      const res = await login(body);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'auth.invalid_credentials', status: 401 });
      expect(res.json().message_da).toBeTruthy();
    }
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id);
    const wrong = { tenant: tenant.slug, email: user.email, password: 'wrong-password' };
    expect((await login(wrong)).statusCode).toBe(401);
    expect((await login(wrong)).statusCode).toBe(401);
    const third = await login(wrong);
    expect(third.statusCode).toBe(423);
    expect(third.json().code).toBe('auth.locked');
    const right = await login({ ...wrong, password: user.password });
    expect(right.statusCode).toBe(423);
    // The lock runs out.
    await t.db.sql.query(
      "UPDATE login_throttle SET locked_until = now() - interval '1 minute' WHERE tenant_id = $1",
      [tenant.id],
    );
    expect((await login({ ...wrong, password: user.password })).statusCode).toBe(200);
  });

  it('refuses deactivated users', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id, { active: false });
    expect(
      (await login({ tenant: tenant.slug, email: user.email, password: user.password })).statusCode,
    ).toBe(401);
  });

  it('rotates the session id at login and ends the previous session', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id);
    const first = await loginViaApi(t, tenant, user);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: first.cookie },
      payload: { tenant: tenant.slug, email: user.email, password: user.password },
    });
    const second = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    expect(`${SESSION_COOKIE}=${second}`).not.toBe(first.cookie);
    expect((await first.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('rejects malformed login bodies with problem+json', async () => {
    const res = await login({ tenant: 'x', email: 'a@b.dk', password: 'p', extra: true });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('request.invalid');
  });
});

describe('sessions', () => {
  it('logout ends the session', async () => {
    const tenant = await createTestTenant(t.db);
    const agent = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id));
    expect((await agent.post('/api/auth/logout')).statusCode).toBe(200);
    const me = await agent.get('/api/auth/me');
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('auth.unauthenticated');
  });

  it('expires idle sessions', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id);
    const agent = await loginAgent(t, tenant, user);
    await t.db.sql.query(
      "UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1",
      [user.id],
    );
    const res = await agent.get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('auth.session_expired');
  });

  it('expires sessions at the absolute timeout even when active', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id);
    const agent = await loginAgent(t, tenant, user);
    await t.db.sql.query("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1", [
      user.id,
    ]);
    expect((await agent.get('/api/auth/me')).json().code).toBe('auth.session_expired');
  });

  it('rejects an unknown session token', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { [SESSION_COOKIE]: 'forged-token' },
    });
    expect(res.statusCode).toBe(401);
  });

  it('changes the language and the password', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id);
    const agent = await loginAgent(t, tenant, user);
    const patched = await agent.patch('/api/auth/me', { language: 'en' });
    expect(patched.json().user.language).toBe('en');
    expect((await agent.patch('/api/auth/me', { language: 'de' })).statusCode).toBe(400);
    expect(
      (
        await agent.post('/api/auth/change-password', {
          currentPassword: 'wrong',
          newPassword: 'a-new-password-1',
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (
        await agent.post('/api/auth/change-password', {
          currentPassword: user.password,
          newPassword: 'a-new-password-1',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await login({ tenant: tenant.slug, email: user.email, password: 'a-new-password-1' })).statusCode,
    ).toBe(200);
  });
});

describe('CSRF', () => {
  it('requires the session token on state-changing requests', async () => {
    const tenant = await createTestTenant(t.db);
    const agent = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id));
    const missing = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { cookie: agent.cookie },
      payload: { language: 'en' },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('auth.csrf');
    const forged = await agent.request({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { 'x-csrf-token': 'x'.repeat(43) },
      payload: { language: 'en' },
    });
    expect(forged.json().code).toBe('auth.csrf');
    // Another session's token does not work either.
    const other = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id));
    const crossed = await agent.request({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { 'x-csrf-token': other.csrfToken },
      payload: { language: 'en' },
    });
    expect(crossed.statusCode).toBe(403);
    expect((await agent.patch('/api/auth/me', { language: 'en' })).statusCode).toBe(200);
  });
});

describe('rate limit', () => {
  it('limits login attempts per client', async () => {
    const limited = await createTestApp({ db: t.db, config: { loginRateLimitPerMinute: 3 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        codes.push(
          (
            await limited.app.inject({
              method: 'POST',
              url: '/api/auth/login',
              payload: { tenant: 'x', email: 'a@b.dk', password: 'nope' },
            })
          ).statusCode,
        );
      }
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes[4]).toBe(429);
      const res = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { tenant: 'x', email: 'a@b.dk', password: 'nope' },
      });
      expect(res.json()).toMatchObject({ code: 'request.rate_limited', status: 429 });
    } finally {
      await limited.app.close();
    }
  });
});
