// OIDC login (authorization code + PKCE) with openid-client, configured per tenant. The state, nonce and
// PKCE verifier stay on the server (oidc_login_states, hashed state as key, single use, 10 minutes); the
// browser only carries the state in the redirect and in a short-lived cookie that binds the flow to it.
// A login maps to a user by the provider's subject (user_identities); the first time, by verified e-mail;
// unknown users are created only when the provider allows it (createUsers, off by default).
import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import type { FastifyRequest } from 'fastify';
import { writeAudit } from '../audit/log.js';
import type { Config } from '../config.js';
import { withSystem, withTenant, type Db } from '../db/database.js';
import { isRole } from '../access/permissions.js';
import { findTenantBySlug } from '../tenancy/service.js';
import { createSession, type NewSession } from './sessions.js';

export type OidcProviderRow = {
  id: string;
  tenant_id: string;
  key: string;
  label: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  scopes: string;
  match_by: string;
  create_users: boolean;
  create_role: string | null;
  allow_insecure: boolean;
  updated_at: Date | string;
};

/** Why a login did not succeed; the web app shows a Danish/English message for each code. */
export type OidcFailure = 'state' | 'provider' | 'unknown_user' | 'inactive_user' | 'unavailable';

/** Texts for `/login?oidc_error=<code>`, for the web app's login page. */
export const OIDC_FAILURE_MESSAGES: Record<OidcFailure, { da: string; en: string }> = {
  state: {
    da: 'Login-forløbet er udløbet eller ugyldigt. Prøv igen.',
    en: 'The login attempt expired or is invalid. Try again.',
  },
  provider: { da: 'Identitetsudbyderen afviste login.', en: 'The identity provider refused the login.' },
  unknown_user: {
    da: 'Du er ikke oprettet som bruger i denne kommune.',
    en: 'You are not registered as a user in this municipality.',
  },
  inactive_user: { da: 'Din bruger er deaktiveret.', en: 'Your user account is deactivated.' },
  unavailable: {
    da: 'Login via identitetsudbyderen er ikke tilgængeligt lige nu.',
    en: 'Login through the identity provider is not available right now.',
  },
};

export class OidcLoginError extends Error {
  constructor(
    readonly failure: OidcFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'OidcLoginError';
  }
}

const STATE_TTL_MS = 10 * 60_000;
const hashState = (state: string) => createHash('sha256').update(state).digest('base64url');

/** Only same-site relative paths are accepted as a place to return to after login. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\'))
    return '/';
  return value.slice(0, 500);
}

function secretOf(row: OidcProviderRow): string {
  if (!row.client_secret.startsWith('env:')) return row.client_secret;
  const name = row.client_secret.slice(4);
  const value = process.env[name];
  if (!value)
    throw new OidcLoginError('unavailable', `environment variable ${name} (client secret) is not set`);
  return value;
}

const discovered = new Map<string, { at: number; config: Promise<client.Configuration> }>();

/** Discovery is cached per provider row version for 10 minutes; a failed discovery is retried next time. */
async function configurationOf(row: OidcProviderRow): Promise<client.Configuration> {
  const cacheKey = `${row.id}:${new Date(row.updated_at).getTime()}`;
  const cached = discovered.get(cacheKey);
  if (cached && Date.now() - cached.at < 10 * 60_000) return cached.config;
  const config = client.discovery(
    new URL(row.issuer),
    row.client_id,
    undefined,
    client.ClientSecretBasic(secretOf(row)),
    row.allow_insecure ? { execute: [client.allowInsecureRequests] } : undefined,
  );
  discovered.set(cacheKey, { at: Date.now(), config });
  config.catch(() => discovered.delete(cacheKey));
  return config;
}

const PROVIDER_COLUMNS = `id, tenant_id, key, label, issuer, client_id, client_secret, scopes, match_by, create_users,
  create_role, allow_insecure, updated_at`;

/** The enabled providers of a tenant for the login page; [] for an unknown tenant. */
export async function listOidcProviders(
  db: Db,
  tenantSlug: string,
): Promise<{ id: string; label: string }[]> {
  const tenant = await findTenantBySlug(db, tenantSlug);
  if (!tenant) return [];
  return withTenant(db, tenant.id, async (tx) => {
    const { rows } = await tx.sql.query<{ key: string; label: string }>(
      'SELECT key, label FROM oidc_providers WHERE enabled ORDER BY label',
    );
    return rows.map((r) => ({ id: r.key, label: r.label }));
  });
}

/** Prepares a login: returns the provider's authorization URL and the state to bind to the browser. */
export async function startOidcLogin(
  db: Db,
  input: { tenantSlug: string; providerKey?: string; returnTo?: string; redirectUri: string },
): Promise<{ url: string; state: string } | null> {
  const tenant = await findTenantBySlug(db, input.tenantSlug);
  if (!tenant) return null;
  const providers = await withTenant(
    db,
    tenant.id,
    async (tx) =>
      (await tx.sql.query<OidcProviderRow>(`SELECT ${PROVIDER_COLUMNS} FROM oidc_providers WHERE enabled`))
        .rows,
  );
  const row = input.providerKey
    ? providers.find((p) => p.key === input.providerKey)
    : providers.length === 1
      ? providers[0]
      : undefined;
  if (!row) return null;
  let config: client.Configuration;
  try {
    config = await configurationOf(row);
  } catch (error) {
    throw new OidcLoginError('unavailable', `discovery of ${row.issuer} failed: ${(error as Error).message}`);
  }
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  await withSystem(db, async (tx) => {
    await tx.sql.query('DELETE FROM oidc_login_states WHERE expires_at < now()');
    await tx.sql.query(
      `INSERT INTO oidc_login_states (state_hash, tenant_id, provider_id, code_verifier, nonce, return_to, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        hashState(state),
        tenant.id,
        row.id,
        codeVerifier,
        nonce,
        safeReturnTo(input.returnTo),
        new Date(Date.now() + STATE_TTL_MS).toISOString(),
      ],
    );
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: input.redirectUri,
    scope: row.scopes,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url: url.href, state };
}

type Claims = { sub: string; email?: unknown; email_verified?: unknown; name?: unknown };

/**
 * Completes a login from the callback URL: checks the state against the cookie and the stored flow, redeems
 * the code (PKCE, nonce, ID token validation by openid-client), maps the claims to a user and creates a session.
 */
export async function finishOidcLogin(
  db: Db,
  config: Config,
  input: { callbackUrl: URL; stateCookie: string | undefined; req: Pick<FastifyRequest, 'ip' | 'headers'> },
): Promise<{ session: NewSession; returnTo: string; tenantId: string; userId: string }> {
  const state = input.callbackUrl.searchParams.get('state');
  if (!state || !input.stateCookie || state !== input.stateCookie) {
    throw new OidcLoginError('state', 'state missing or not bound to this browser');
  }
  const flow = await withSystem(db, async (tx) => {
    const { rows } = await tx.sql.query<{
      tenant_id: string;
      provider_id: string;
      code_verifier: string;
      nonce: string;
      return_to: string;
    }>(
      `DELETE FROM oidc_login_states WHERE state_hash = $1 AND expires_at > now()
       RETURNING tenant_id, provider_id, code_verifier, nonce, return_to`,
      [hashState(state)],
    );
    return rows[0];
  });
  if (!flow) throw new OidcLoginError('state', 'unknown, used or expired state');
  const row = await withTenant(
    db,
    flow.tenant_id,
    async (tx) =>
      (
        await tx.sql.query<OidcProviderRow>(
          `SELECT ${PROVIDER_COLUMNS} FROM oidc_providers WHERE id = $1 AND enabled`,
          [flow.provider_id],
        )
      ).rows[0],
  );
  if (!row) throw new OidcLoginError('state', 'provider no longer enabled');

  let claims: Claims;
  try {
    const oidcConfig = await configurationOf(row);
    const tokens = await client.authorizationCodeGrant(oidcConfig, input.callbackUrl, {
      pkceCodeVerifier: flow.code_verifier,
      expectedState: state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims() as Claims;
    // Many providers put only `sub` in the ID token and the profile claims behind the userinfo endpoint.
    if (claims.email === undefined && oidcConfig.serverMetadata().userinfo_endpoint) {
      const info = await client.fetchUserInfo(oidcConfig, tokens.access_token, claims.sub);
      claims = {
        ...info,
        ...claims,
        email: info.email,
        email_verified: info.email_verified,
        name: claims.name ?? info.name,
      };
    }
  } catch (error) {
    throw new OidcLoginError('provider', (error as Error).message);
  }
  const userId = await resolveUser(db, row, claims, input.req);
  const session = await createSession(db, config, userId, flow.tenant_id, input.req, 'oidc');
  return { session, returnTo: flow.return_to, tenantId: flow.tenant_id, userId };
}

async function resolveUser(
  db: Db,
  row: OidcProviderRow,
  claims: Claims,
  req: Pick<FastifyRequest, 'ip' | 'headers'>,
): Promise<string> {
  const email =
    typeof claims.email === 'string' && claims.email_verified !== false
      ? claims.email.trim().toLowerCase()
      : null;
  const actorBase = {
    tenantId: row.tenant_id,
    ip: req.ip ?? null,
    userAgent: (req.headers['user-agent'] as string | undefined)?.slice(0, 500) ?? null,
    roles: [],
    abilities: new Set<never>(),
  };
  return withTenant(db, row.tenant_id, async (tx) => {
    const linked = await tx.sql.query<{ id: string; active: boolean; email: string }>(
      `SELECT u.id, u.active, u.email FROM user_identities i JOIN users u ON u.id = i.user_id
       WHERE i.provider_id = $1 AND i.subject = $2`,
      [row.id, claims.sub],
    );
    let user = linked.rows[0];
    let how = 'identity';
    if (!user && email && row.match_by === 'email') {
      user = (
        await tx.sql.query<{ id: string; active: boolean; email: string }>(
          'SELECT id, active, email FROM users WHERE lower(email) = $1',
          [email],
        )
      ).rows[0];
      how = 'email';
    }
    if (!user && email && row.create_users) {
      const name =
        typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
      const created = await tx.sql.query<{ id: string }>(
        'INSERT INTO users (tenant_id, email, name) VALUES ($1, $2, $3) RETURNING id',
        [row.tenant_id, email, name],
      );
      user = { id: created.rows[0]!.id, active: true, email };
      if (row.create_role && isRole(row.create_role)) {
        await tx.sql.query(
          'INSERT INTO user_roles (tenant_id, user_id, role, unit_id) VALUES ($1, $2, $3, NULL)',
          [row.tenant_id, user.id, row.create_role],
        );
      }
      how = 'created';
      await writeAudit(
        tx,
        { ...actorBase, userId: null, label: `oidc:${row.key}` },
        {
          action: 'users.user.create',
          objectType: 'user',
          objectId: user.id,
          details: { via: 'oidc', provider: row.key },
        },
      );
    }
    if (!user) throw new OidcLoginError('unknown_user', `no user for subject ${claims.sub} at ${row.key}`);
    if (!user.active) throw new OidcLoginError('inactive_user', `user ${user.id} is deactivated`);
    await tx.sql.query(
      `INSERT INTO user_identities (tenant_id, provider_id, subject, user_id, last_login_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (provider_id, subject) DO UPDATE SET last_login_at = now()`,
      [row.tenant_id, row.id, claims.sub, user.id],
    );
    await tx.sql.query('UPDATE users SET last_login_at = now() WHERE id = $1', [user.id]);
    await writeAudit(
      tx,
      { ...actorBase, userId: user.id, label: user.email },
      {
        action: 'auth.login',
        objectType: 'user',
        objectId: user.id,
        details: { method: 'oidc', provider: row.key, matched: how },
      },
    );
    return user.id;
  });
}

export type OidcProviderInput = {
  key: string;
  label: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes?: string;
  matchBy?: 'email' | 'none';
  createUsers?: boolean;
  createRole?: string | null;
  allowInsecure?: boolean;
  enabled?: boolean;
};

/** Creates or updates a tenant's provider (by key). Used by administration tools and tests. */
export async function upsertOidcProvider(
  db: Db,
  tenantId: string,
  input: OidcProviderInput,
): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]{0,40}$/.test(input.key)) throw new Error(`invalid provider key "${input.key}"`);
  if (input.createRole && !isRole(input.createRole)) throw new Error(`unknown role "${input.createRole}"`);
  return withTenant(db, tenantId, async (tx) => {
    const { rows } = await tx.sql.query<{ id: string }>(
      `INSERT INTO oidc_providers (tenant_id, key, label, issuer, client_id, client_secret, scopes, match_by, create_users,
         create_role, allow_insecure, enabled)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (tenant_id, key) DO UPDATE SET label = $3, issuer = $4, client_id = $5, client_secret = $6, scopes = $7,
         match_by = $8, create_users = $9, create_role = $10, allow_insecure = $11, enabled = $12, updated_at = now()
       RETURNING id`,
      [
        tenantId,
        input.key,
        input.label,
        input.issuer,
        input.clientId,
        input.clientSecret,
        input.scopes ?? 'openid email profile',
        input.matchBy ?? 'email',
        input.createUsers ?? false,
        input.createRole ?? null,
        input.allowInsecure ?? false,
        input.enabled ?? true,
      ],
    );
    return rows[0]!.id;
  });
}
