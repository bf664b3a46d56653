// The in-process session cache (RODTRAD_SESSION_CACHE_SECONDS): what it saves, and that revocation, role
// changes and the timeouts still hold. The other tests run with the cache off (testConfig).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createTestApp,
  createTestTenant,
  createTestUser,
  loginAgent,
  type TestApp,
} from '../../../test/fixtures/index.js';
import type { AuthState } from '../http/context.js';
import { SessionCache } from './session-cache.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { sessionCacheSeconds: 5 } });
});
afterAll(() => t.close());
afterEach(() => vi.restoreAllMocks());

const later = (ms: number) => {
  const now = Date.now() + ms;
  vi.spyOn(Date, 'now').mockReturnValue(now);
};

async function setup(role: 'employee' | 'administrator' = 'employee') {
  const tenant = await createTestTenant(t.db);
  const admin = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'administrator' }));
  const user = await createTestUser(t.db, tenant.id, { role });
  const agent = await loginAgent(t, tenant, user);
  return { tenant, admin, user, agent };
}

describe('session cache', () => {
  it('serves a validated session without the database until the cache time has passed', async () => {
    const { user, agent } = await setup();
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    // A deletion this process does not know about (another instance, a manual DELETE) is the documented
    // trade-off: it takes effect when the entry is older than RODTRAD_SESSION_CACHE_SECONDS.
    await t.db.sql.query('DELETE FROM sessions WHERE user_id = $1', [user.id]);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    later(5_000);
    expect((await agent.get('/api/auth/me')).json().code).toBe('auth.unauthenticated');
  });

  it('logout through the API ends the session at once', async () => {
    const { agent } = await setup();
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    expect((await agent.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('deactivation and password reset end cached sessions at once', async () => {
    const { admin, user, agent } = await setup();
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    await admin.patch(`/api/admin/users/${user.id}`, { active: false });
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);

    const other = await setup();
    expect((await other.agent.get('/api/auth/me')).statusCode).toBe(200);
    expect((await other.admin.post(`/api/admin/users/${other.user.id}/reset-password`, {})).statusCode).toBe(
      200,
    );
    expect((await other.agent.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('role changes apply to the next request of a cached session', async () => {
    const { admin, user, agent } = await setup('employee');
    expect((await agent.get('/api/admin/users')).statusCode).toBe(403);
    await admin.put(`/api/admin/users/${user.id}/roles`, [{ role: 'administrator', unitId: null }]);
    expect((await agent.get('/api/admin/users')).statusCode).toBe(200);
    await admin.put(`/api/admin/users/${user.id}/roles`, [{ role: 'employee', unitId: null }]);
    expect((await agent.get('/api/admin/users')).statusCode).toBe(403);
  });

  it('a language change is visible at once', async () => {
    const { agent } = await setup();
    expect((await agent.get('/api/auth/me')).json().user.language).toBe('da');
    expect((await agent.patch('/api/auth/me', { language: 'en' })).statusCode).toBe(200);
    expect((await agent.get('/api/auth/me')).json().user.language).toBe('en');
  });

  it('enforces the absolute timeout on a cached entry', async () => {
    const { user, agent } = await setup();
    await t.db.sql.query("UPDATE sessions SET expires_at = now() + interval '2 seconds' WHERE user_id = $1", [
      user.id,
    ]);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    later(3_000); // still within the cache time, past the absolute timeout
    expect((await agent.get('/api/auth/me')).json().code).toBe('auth.session_expired');
  });

  it('writes last_seen_at at most once a minute and still expires idle sessions', async () => {
    const { user, agent } = await setup();
    const lastSeen = async () =>
      (
        await t.db.sql.query<{ t: string }>(
          'SELECT last_seen_at::text AS t FROM sessions WHERE user_id = $1',
          [user.id],
        )
      ).rows[0]?.t;
    const first = await lastSeen();
    for (let i = 0; i < 5; i++) expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    expect(await lastSeen()).toBe(first);
    later(31 * 60_000); // idle timeout is 30 minutes
    expect((await agent.get('/api/auth/me')).json().code).toBe('auth.session_expired');
    expect(await lastSeen()).toBeUndefined();
  });
});

describe('SessionCache', () => {
  const auth = (userId: string) => ({ user: { id: userId } }) as AuthState;
  const entry = (userId: string, now: number) => ({
    auth: auth(userId),
    expiresAt: now + 3_600_000,
    lastSeen: now,
    cachedAt: now,
  });

  it('does not store a lookup that raced with a forget', () => {
    const cache = new SessionCache();
    const epoch = cache.epoch;
    cache.forgetSession('h1'); // e.g. a logout committed while the lookup was reading the row
    cache.set('h1', entry('u1', 1000), epoch);
    expect(cache.get('h1', 1000, 5000)).toBeUndefined();
    cache.set('h1', entry('u1', 1000), cache.epoch);
    expect(cache.get('h1', 1000, 5000)).toBeDefined();
  });

  it('forgets all sessions of a user and expires entries after the TTL', () => {
    const cache = new SessionCache();
    cache.set('a', entry('u1', 0), cache.epoch);
    cache.set('b', entry('u1', 0), cache.epoch);
    cache.set('c', entry('u2', 0), cache.epoch);
    cache.forgetUser('u1');
    expect([cache.get('a', 0, 5000), cache.get('b', 0, 5000)]).toEqual([undefined, undefined]);
    expect(cache.get('c', 4999, 5000)).toBeDefined();
    expect(cache.get('c', 5000, 5000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
