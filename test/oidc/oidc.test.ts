// OIDC login end to end against a real OpenID Provider (oidc-provider 8) on a random loopback port. The test
// plays the browser: it follows the redirects, completes the provider's login and consent forms over HTTP,
// and brings the callback back to the app. Also: forged state, unknown users, the wrong municipality, JIT.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertOidcProvider } from '../../src/platform/auth/oidc.js';
import { withTenant } from '../../src/platform/db/database.js';
import {
  createTestApp,
  createTestTenant,
  createTestUser,
  type TestApp,
  type TestTenant,
  type TestUser,
} from '../fixtures/index.js';

const APP_ORIGIN = 'http://rodtrad.test';
const CLIENT_SECRET = 'oidc-test-client-secret-0123456789abcdef';
const ACCOUNTS: Record<string, { email: string; email_verified: boolean; name: string }> = {
  'alice-sub': { email: 'Alice@Kommune-A.dk', email_verified: true, name: 'Alice A' },
  'stranger-sub': { email: 'stranger@example.dk', email_verified: true, name: 'Stranger' },
  'unverified-sub': { email: 'alice@kommune-a.dk', email_verified: false, name: 'Not Alice' },
  'newbie-sub': { email: 'newbie@kommune-b.dk', email_verified: true, name: 'Nina Ny' },
};

let t: TestApp;
let idp: Server;
let issuer: string;
let tenantA: TestTenant;
let tenantB: TestTenant;
let alice: TestUser;

beforeAll(async () => {
  process.env.RODTRAD_PUBLIC_URL = APP_ORIGIN;
  idp = createServer();
  idp.listen(0, '127.0.0.1');
  await once(idp, 'listening');
  issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'rodtrad',
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${APP_ORIGIN}/api/auth/oidc/callback`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx, sub) =>
      ACCOUNTS[sub] ? { accountId: sub, claims: () => ({ sub, ...ACCOUNTS[sub]! }) } : undefined,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['oidc-test-cookie-key'] },
  });
  idp.on('request', provider.callback());

  t = await createTestApp();
  tenantA = await createTestTenant(t.db);
  tenantB = await createTestTenant(t.db);
  alice = await createTestUser(t.db, tenantA.id, { email: 'alice@kommune-a.dk', role: 'caseworker' });
  const common = {
    label: 'Test-IdP',
    issuer,
    clientId: 'rodtrad',
    clientSecret: CLIENT_SECRET,
    allowInsecure: true,
  };
  await upsertOidcProvider(t.db, tenantA.id, { key: 'test-idp', ...common });
  await upsertOidcProvider(t.db, tenantB.id, {
    key: 'b-idp',
    ...common,
    createUsers: true,
    createRole: 'employee',
  });
}, 60_000);

afterAll(async () => {
  delete process.env.RODTRAD_PUBLIC_URL;
  await t?.close();
  idp?.close();
});

/** Follows the provider's redirects and completes its login and consent forms for `sub`. */
async function signInAtProvider(authorizationUrl: string, sub: string): Promise<URL> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const call = async (url: string, body?: URLSearchParams) => {
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: cookieHeader(),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    return res;
  };
  let url = authorizationUrl;
  for (let hop = 0; hop < 12; hop++) {
    if (url.startsWith(APP_ORIGIN)) return new URL(url);
    const res = await call(url);
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url).href;
      continue;
    }
    const html = await res.text();
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!prompt) throw new Error(`unexpected provider page (${res.status}): ${html.slice(0, 300)}`);
    const form = new URLSearchParams({
      prompt,
      ...(prompt === 'login' ? { login: sub, password: 'any' } : {}),
    });
    const submitted = await call(url, form);
    url = new URL(submitted.headers.get('location')!, url).href;
  }
  throw new Error('too many redirects');
}

async function start(tenantSlug: string, query = '') {
  const res = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/${tenantSlug}/start${query}` });
  const state = res.cookies.find((c) => c.name === 'rodtrad_oidc_state');
  return { res, state: state?.value, location: res.headers.location as string };
}

async function callback(url: URL, stateCookie: string | undefined) {
  return t.app.inject({
    method: 'GET',
    url: `${url.pathname}${url.search}`,
    headers: stateCookie ? { cookie: `rodtrad_oidc_state=${stateCookie}` } : {},
  });
}

async function fullLogin(tenantSlug: string, sub: string) {
  const started = await start(tenantSlug, '?returnTo=/sager');
  expect(started.res.statusCode).toBe(302);
  const back = await signInAtProvider(started.location, sub);
  return { back, state: started.state, res: await callback(back, started.state) };
}

const sessionOf = (res: { cookies: { name: string; value: string }[] }) =>
  res.cookies.find((c) => c.name === 'rodtrad_session' && c.value)?.value;

describe('OIDC login', () => {
  it('lists the providers of a municipality and nothing for an unknown one', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/auth/providers?tenant=${tenantA.slug}` });
    expect(res.json()).toEqual([{ id: 'test-idp', label: 'Test-IdP' }]);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/providers?tenant=nowhere' })).json()).toEqual(
      [],
    );
  });

  it('redirects to the provider with PKCE, state and nonce', async () => {
    const { res, state, location } = await start(tenantA.slug);
    expect(res.statusCode).toBe(302);
    const url = new URL(location);
    expect(url.origin).toBe(issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')).toBe(state);
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('redirect_uri')).toBe(`${APP_ORIGIN}/api/auth/oidc/callback`);
  });

  it('logs a known user in end to end: session cookie, /api/auth/me, audit', async () => {
    const { res } = await fullLogin(tenantA.slug, 'alice-sub');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/sager');
    const token = sessionOf(res);
    expect(token).toBeTruthy();
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `rodtrad_session=${token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { id: alice.id, email: 'alice@kommune-a.dk' },
      tenant: { slug: tenantA.slug },
    });
    const audit = await withTenant(
      t.db,
      tenantA.id,
      async (tx) =>
        (
          await tx.sql.query<{ details: { method: string } }>(
            `SELECT details FROM audit_log WHERE action = 'auth.login' AND object_id = $1`,
            [alice.id],
          )
        ).rows,
    );
    expect(audit.map((a) => a.details.method)).toContain('oidc');
  });

  it('refuses a replayed callback and a forged or unbound state', async () => {
    const { back, state } = await fullLogin(tenantA.slug, 'alice-sub');
    const replay = await callback(back, state);
    expect(replay.headers.location).toBe('/login?oidc_error=state');
    expect(sessionOf(replay)).toBeUndefined();

    const started = await start(tenantA.slug);
    const fresh = await signInAtProvider(started.location, 'alice-sub');
    const forged = await callback(fresh, 'forged-state');
    expect(forged.headers.location).toBe('/login?oidc_error=state');
    const noCookie = await callback(fresh, undefined);
    expect(noCookie.headers.location).toBe('/login?oidc_error=state');
  });

  it('refuses users the municipality does not know, and unverified e-mail addresses', async () => {
    const stranger = await fullLogin(tenantA.slug, 'stranger-sub');
    expect(stranger.res.headers.location).toBe('/login?oidc_error=unknown_user');
    expect(sessionOf(stranger.res)).toBeUndefined();
    const unverified = await fullLogin(tenantA.slug, 'unverified-sub');
    expect(unverified.res.headers.location).toBe('/login?oidc_error=unknown_user');
  });

  it("never logs a user into another municipality, nor uses another municipality's provider", async () => {
    // Alice is a user of A only; B's provider (with JIT on) creates a separate B user, never Alice's account.
    const intoB = await fullLogin(tenantB.slug, 'alice-sub');
    const token = sessionOf(intoB.res);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `rodtrad_session=${token}` },
    });
    expect(me.json().tenant.slug).toBe(tenantB.slug);
    expect(me.json().user.id).not.toBe(alice.id);

    expect((await start(tenantA.slug, '?provider=b-idp')).res.statusCode).toBe(404);
    expect((await start('no-such-kommune')).res.statusCode).toBe(404);
  });

  it('creates unknown users just in time only where the provider allows it', async () => {
    const { res } = await fullLogin(tenantB.slug, 'newbie-sub');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `rodtrad_session=${sessionOf(res)}` },
    });
    expect(me.json()).toMatchObject({
      user: { email: 'newbie@kommune-b.dk', name: 'Nina Ny' },
      roles: [{ role: 'employee', unitId: null }],
    });
    const again = await fullLogin(tenantB.slug, 'newbie-sub');
    const me2 = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `rodtrad_session=${sessionOf(again.res)}` },
    });
    expect(me2.json().user.id).toBe(me.json().user.id);
  });
});
