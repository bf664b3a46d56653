// Server-side sessions stored in the database. The cookie carries a random token; the database stores only
// an HMAC of it (a leaked sessions table cannot be replayed). Idle and absolute timeouts; a new session (new
// id) at every login. createSession() is also what OIDC login uses.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isRole, type RoleAssignment } from '../access/permissions.js';
import { abilitiesOf } from '../access/permissions.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { AuthState } from '../http/context.js';
import { forgetUserSessions, sessionCacheOf } from './session-cache.js';

export const SESSION_COOKIE = 'rodtrad_session';
const TOUCH_AFTER_MS = 60_000;

export function hashSessionToken(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}

export type NewSession = { token: string; csrfToken: string; expiresAt: Date };

export async function createSession(
  db: Db,
  config: Config,
  userId: string,
  tenantId: string,
  req: Pick<FastifyRequest, 'ip' | 'headers'> | null,
  authMethod = 'password',
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + config.sessionAbsoluteHours * 3_600_000);
  await db.sql.query(
    `INSERT INTO sessions (id_hash, tenant_id, user_id, csrf_token, expires_at, ip, user_agent, auth_method)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      hashSessionToken(config.sessionSecret, token),
      tenantId,
      userId,
      csrfToken,
      expiresAt.toISOString(),
      req?.ip ?? null,
      (req?.headers['user-agent'] as string | undefined)?.slice(0, 500) ?? null,
      authMethod,
    ],
  );
  return { token, csrfToken, expiresAt };
}

export function setSessionCookie(reply: FastifyReply, config: Config, session: NewSession): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
  });
}

export async function destroySession(db: Db, config: Config, token: string): Promise<void> {
  const idHash = hashSessionToken(config.sessionSecret, token);
  await db.sql.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
  sessionCacheOf(db).forgetSession(idHash);
}

/** Ends every session of the user, or every one but `keepIdHash` (the session that changed the password). */
export async function destroyUserSessions(db: Db, userId: string, keepIdHash?: string): Promise<void> {
  await db.sql.query('DELETE FROM sessions WHERE user_id = $1 AND id_hash IS DISTINCT FROM $2', [
    userId,
    keepIdHash ?? null,
  ]);
  forgetUserSessions(db, userId);
}

type SessionRow = {
  tenant_id: string;
  user_id: string;
  csrf_token: string;
  last_seen_at: Date | string;
  expires_at: Date | string;
  name: string;
  email: string;
  language: string;
  active: boolean;
  slug: string;
  tenant_name: string;
  roles: { role: string; unitId: string | null }[] | string;
};

export type SessionLookup = { state: 'valid'; auth: AuthState } | { state: 'expired' } | { state: 'missing' };

/**
 * Looks a session up and enforces the timeouts. A session validated within the last
 * RODTRAD_SESSION_CACHE_SECONDS is served from the in-process cache (./session-cache.ts); otherwise one query on
 * the owner role (the tenant is not known yet).
 */
export async function loadSession(db: Db, config: Config, token: string): Promise<SessionLookup> {
  const idHash = hashSessionToken(config.sessionSecret, token);
  const now = Date.now();
  const ttlMs = config.sessionCacheSeconds * 1000;
  const cache = sessionCacheOf(db);
  if (ttlMs > 0) {
    const hit = cache.get(idHash, now, ttlMs);
    // A hit that looks expired is not trusted either way: another instance may have touched it since.
    if (hit && now <= hit.expiresAt && now - hit.lastSeen <= config.sessionIdleMinutes * 60_000) {
      if (now - hit.lastSeen > TOUCH_AFTER_MS) {
        hit.lastSeen = now;
        await db.sql.query('UPDATE sessions SET last_seen_at = now() WHERE id_hash = $1', [idHash]);
      }
      return { state: 'valid', auth: hit.auth };
    }
  }
  const epoch = cache.epoch;
  const row = (
    await db.sql.query<SessionRow>(
      `SELECT s.tenant_id, s.user_id, s.csrf_token, s.last_seen_at, s.expires_at, u.name, u.email, u.language, u.active,
              t.slug, t.name AS tenant_name,
              COALESCE((SELECT json_agg(json_build_object('role', r.role, 'unitId', r.unit_id))
                        FROM user_roles r WHERE r.user_id = u.id), '[]'::json) AS roles
       FROM sessions s JOIN users u ON u.id = s.user_id JOIN tenants t ON t.id = s.tenant_id
       WHERE s.id_hash = $1 AND t.disabled_at IS NULL`,
      [idHash],
    )
  ).rows[0];
  if (!row) return { state: 'missing' };
  let lastSeen = new Date(row.last_seen_at).getTime();
  const expiresAt = new Date(row.expires_at).getTime();
  if (!row.active || now > expiresAt || now - lastSeen > config.sessionIdleMinutes * 60_000) {
    await db.sql.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
    cache.forgetSession(idHash);
    return { state: 'expired' };
  }
  if (now - lastSeen > TOUCH_AFTER_MS) {
    await db.sql.query('UPDATE sessions SET last_seen_at = now() WHERE id_hash = $1', [idHash]);
    lastSeen = now;
  }
  const auth = authFromRow(idHash, row);
  if (ttlMs > 0) cache.set(idHash, { auth, expiresAt, lastSeen, cachedAt: now }, epoch);
  return { state: 'valid', auth };
}

/** The request's view of a session; frozen because cached copies are shared between requests. */
function authFromRow(idHash: string, row: SessionRow): AuthState {
  const rawRoles =
    typeof row.roles === 'string'
      ? (JSON.parse(row.roles) as { role: string; unitId: string | null }[])
      : row.roles;
  const roles: RoleAssignment[] = rawRoles
    .filter((r) => isRole(r.role))
    .map((r) => Object.freeze({ role: r.role as RoleAssignment['role'], unitId: r.unitId }));
  return Object.freeze({
    sessionIdHash: idHash,
    csrfToken: row.csrf_token,
    tenant: Object.freeze({ id: row.tenant_id, slug: row.slug, name: row.tenant_name }),
    user: Object.freeze({
      id: row.user_id,
      name: row.name,
      email: row.email,
      language: row.language === 'en' ? ('en' as const) : ('da' as const),
    }),
    roles: Object.freeze(roles) as RoleAssignment[],
    abilities: Object.freeze(abilitiesOf(roles)) as AuthState['abilities'],
  });
}

export function csrfMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
