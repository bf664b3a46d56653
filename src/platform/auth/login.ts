// Password login with lock-out per login name and source (lockout.ts): after `lockoutThreshold` failures from
// one address that name is locked there for `lockoutMinutes`. Failures and successes of real accounts are
// audited. Unknown tenants and users answer exactly like a wrong password, and lock exactly alike.
import type { FastifyRequest } from 'fastify';
import { writeAudit } from '../audit/log.js';
import type { Config } from '../config.js';
import { withTenant, type Db } from '../db/database.js';
import type { Actor } from '../http/context.js';
import { AppError } from '../http/errors.js';
import { findTenantBySlug } from '../tenancy/service.js';
import { clearAttempts, recordFailure, reserveAttempt, throttleKey } from './lockout.js';
import { verifyPassword } from './password.js';
import { createSession, type NewSession } from './sessions.js';

export type LoginInput = { tenant: string; email: string; password: string };
export type LoggedInUser = { id: string; name: string; email: string; language: 'da' | 'en' };

type UserRow = {
  id: string;
  name: string;
  email: string;
  language: string;
  password_hash: string | null;
  active: boolean;
};

function requestActor(tenantId: string, req: FastifyRequest, user?: { id: string; email: string }): Actor {
  return {
    tenantId,
    userId: user?.id ?? null,
    label: user?.email ?? 'anonymous',
    ip: req.ip ?? null,
    userAgent: (req.headers['user-agent'] as string | undefined)?.slice(0, 500) ?? null,
    roles: [],
    abilities: new Set(),
  };
}

export async function login(
  db: Db,
  config: Config,
  input: LoginInput,
  req: FastifyRequest,
): Promise<{ user: LoggedInUser; session: NewSession }> {
  const tenant = await findTenantBySlug(db, input.tenant);
  if (!tenant) {
    await verifyPassword(input.password, null);
    throw new AppError('auth.invalid_credentials');
  }
  const email = input.email.trim().toLowerCase();
  const key = throttleKey(email, req.ip);
  const { user, allowed, attempt } = await withTenant(db, tenant.id, async (tx) => {
    const rows = await tx.sql.query<UserRow>(
      'SELECT id, name, email, language, password_hash, active FROM users WHERE lower(email) = $1',
      [email],
    );
    const reserved = await reserveAttempt(tx, key, config);
    const found = rows.rows[0];
    if (!reserved.allowed && found)
      await writeAudit(tx, requestActor(tenant.id, req, found), {
        action: 'auth.login_locked',
        objectType: 'user',
        objectId: found.id,
      });
    return { user: found, ...reserved };
  });
  // Known and unknown names take the same path: the same count, the same answers, the same password work.
  if (!allowed) throw new AppError('auth.locked');
  const usable = user?.active ? user : undefined;
  const ok = await verifyPassword(input.password, usable?.password_hash ?? null);
  if (!ok || !usable) {
    const locked = await withTenant(db, tenant.id, async (tx) => {
      const lock = await recordFailure(tx, key, attempt, config);
      if (usable)
        await writeAudit(tx, requestActor(tenant.id, req, usable), {
          action: lock ? 'auth.locked' : 'auth.login_failed',
          objectType: 'user',
          objectId: usable.id,
          details: { failures: attempt, source: key.source },
        });
      return lock;
    });
    throw new AppError(locked ? 'auth.locked' : 'auth.invalid_credentials');
  }
  await withTenant(db, tenant.id, async (tx) => {
    await clearAttempts(tx, key);
    await tx.sql.query('UPDATE users SET last_login_at = now() WHERE id = $1', [usable.id]);
    await writeAudit(tx, requestActor(tenant.id, req, usable), {
      action: 'auth.login',
      objectType: 'user',
      objectId: usable.id,
      details: { method: 'password' },
    });
  });
  const session = await createSession(db, config, usable.id, tenant.id, req);
  return {
    user: {
      id: usable.id,
      name: usable.name,
      email: usable.email,
      language: usable.language === 'en' ? 'en' : 'da',
    },
    session,
  };
}
