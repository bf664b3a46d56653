// "Glemt adgangskode": e-mailed, expiring, single-use link; no account enumeration; audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOutbox } from '../../src/platform/mail/index.js';
import {
  createTestApp,
  createTestTenant,
  createTestUser,
  loginAgent,
  type TestApp,
} from '../fixtures/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { publicUrl: 'https://rodtrad.test.dk', passwordResetMinutes: 30 } });
});
afterAll(() => t.close());

const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });

async function waitForMail(tenantId: string, to: string, count = 1) {
  for (let i = 0; i < 100; i++) {
    const mails = await listOutbox(t.db, tenantId, { to });
    if (mails.length >= count) return mails;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no mail to ${to}`);
}

const tokenOf = (text: string) => /glemt-adgangskode\/ny\?token=([A-Za-z0-9_-]+)/.exec(text)![1]!;

describe('forgotten password', () => {
  it('mails a link that sets a new password once, ends sessions and is audited', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id);
    const session = await loginAgent(t, tenant, user);
    const asked = await post('/api/auth/forgot-password', {
      tenant: tenant.slug,
      email: user.email.toUpperCase(),
    });
    expect(asked.statusCode).toBe(202);
    const [mail] = await waitForMail(tenant.id, user.email);
    expect(mail!.text).toContain('https://rodtrad.test.dk/glemt-adgangskode/ny?token=');
    expect(mail!.subject).toContain('Vælg ny adgangskode');
    const token = tokenOf(mail!.text);

    expect((await post('/api/auth/reset-password', { token, newPassword: 'short' })).statusCode).toBe(400);
    const reset = await post('/api/auth/reset-password', { token, newPassword: 'a-brand-new-password' });
    expect(reset.statusCode).toBe(200);
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
    const login = await post('/api/auth/login', {
      tenant: tenant.slug,
      email: user.email,
      password: 'a-brand-new-password',
    });
    expect(login.statusCode).toBe(200);
    // Single use.
    const again = await post('/api/auth/reset-password', { token, newPassword: 'another-password-1' });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('auth.reset_invalid');

    const actions = await t.db.sql.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE tenant_id = $1 AND action LIKE 'auth.password_reset%' ORDER BY seq",
      [tenant.id],
    );
    expect(actions.rows.map((r) => r.action)).toEqual([
      'auth.password_reset_requested',
      'auth.password_reset_by_link',
    ]);
  });

  it('answers the same for unknown addresses, and sends nothing', async () => {
    const tenant = await createTestTenant(t.db);
    const inactive = await createTestUser(t.db, tenant.id, { active: false });
    for (const body of [
      { tenant: tenant.slug, email: 'nobody@test.dk' },
      { tenant: tenant.slug, email: inactive.email },
      { tenant: 'no-such-municipality', email: 'nobody@test.dk' },
    ]) {
      const res = await post('/api/auth/forgot-password', body);
      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({ ok: true });
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(await listOutbox(t.db, tenant.id)).toEqual([]);
  });

  it('expires, and a used link makes the other links of the user useless', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id);
    await post('/api/auth/forgot-password', { tenant: tenant.slug, email: user.email });
    await post('/api/auth/forgot-password', { tenant: tenant.slug, email: user.email });
    const mails = await waitForMail(tenant.id, user.email, 2);
    const [second, first] = mails.map((m) => tokenOf(m.text));
    expect(
      (await post('/api/auth/reset-password', { token: second, newPassword: 'new-password-one' })).statusCode,
    ).toBe(200);
    expect(
      (await post('/api/auth/reset-password', { token: first, newPassword: 'new-password-two' })).statusCode,
    ).toBe(400);

    await post('/api/auth/forgot-password', { tenant: tenant.slug, email: user.email });
    const third = tokenOf((await waitForMail(tenant.id, user.email, 3))[0]!.text);
    await t.db.sql.query(
      "UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE user_id = $1",
      [user.id],
    );
    const expired = await post('/api/auth/reset-password', {
      token: third,
      newPassword: 'new-password-three',
    });
    expect(expired.json().code).toBe('auth.reset_invalid');
    expect(
      (await post('/api/auth/reset-password', { token: 'x'.repeat(43), newPassword: 'whatever-pw-1' }))
        .statusCode,
    ).toBe(400);
  });
});
