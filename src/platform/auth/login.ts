// Password login with lock-out: after `lockoutThreshold` consecutive failures the account is locked for
// `lockoutMinutes`. Failures and successes are audited. Unknown tenants/users answer like a wrong password.
import type { FastifyRequest } from 'fastify';
import { writeAudit } from '../audit/log.js';
import type { Config } from '../config.js';
import { withTenant, type Db } from '../db/database.js';
import type { Actor } from '../http/context.js';
import { AppError } from '../http/errors.js';
import { findTenantBySlug } from '../tenancy/service.js';
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
  failed_logins: number;
  locked_until: Date | string | null;
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
  const user = await withTenant(db, tenant.id, async (tx) => {
    const rows = await tx.sql.query<UserRow>(
      'SELECT id, name, email, language, password_hash, active, failed_logins, locked_until FROM users WHERE lower(email) = $1',
      [email],
    );
    return rows.rows[0];
  });
  if (!user || !user.active) {
    await verifyPassword(input.password, null);
    throw new AppError('auth.invalid_credentials');
  }
  if (user.locked_until && new Date(user.locked_until).getTime() > Date.now()) {
    await withTenant(db, tenant.id, (tx) =>
      writeAudit(tx, requestActor(tenant.id, req, user), {
        action: 'auth.login_locked',
        objectType: 'user',
        objectId: user.id,
      }),
    );
    throw new AppError('auth.locked');
  }
  const ok = await verifyPassword(input.password, user.password_hash);
  if (!ok) {
    const locked = await withTenant(db, tenant.id, async (tx) => {
      // A lock that has run out starts a fresh count.
      const failures = (user.locked_until ? 0 : user.failed_logins) + 1;
      const lock = failures >= config.lockoutThreshold;
      await tx.sql.query(
        `UPDATE users SET failed_logins = $2, locked_until = CASE WHEN $3::boolean THEN now() + make_interval(mins => $4::int) ELSE NULL END
         WHERE id = $1`,
        [user.id, lock ? 0 : failures, lock, config.lockoutMinutes],
      );
      await writeAudit(tx, requestActor(tenant.id, req, user), {
        action: lock ? 'auth.locked' : 'auth.login_failed',
        objectType: 'user',
        objectId: user.id,
        details: { failures },
      });
      return lock;
    });
    throw new AppError(locked ? 'auth.locked' : 'auth.invalid_credentials');
  }
  await withTenant(db, tenant.id, async (tx) => {
    await tx.sql.query(
      'UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = $1',
      [user.id],
    );
    await writeAudit(tx, requestActor(tenant.id, req, user), {
      action: 'auth.login',
      objectType: 'user',
      objectId: user.id,
      details: { method: 'password' },
    });
  });
  const session = await createSession(db, config, user.id, tenant.id, req);
  return {
    user: { id: user.id, name: user.name, email: user.email, language: user.language === 'en' ? 'en' : 'da' },
    session,
  };
}
