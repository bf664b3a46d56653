// "Glemt adgangskode" for local accounts: an e-mailed, expiring, single-use link. The request always answers
// the same (and the work happens after the answer), so it reveals nothing about which addresses have accounts.
// Only a hash of the token is stored. Using the link sets the password, ends every session of the user, clears
// lock-outs and makes every other outstanding link of the user useless. Everything is audited.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { writeAudit } from '../audit/log.js';
import type { Config } from '../config.js';
import { withTenant, type Db } from '../db/database.js';
import type { Actor } from '../http/context.js';
import { AppError } from '../http/errors.js';
import { sendMail } from '../mail/index.js';
import { findTenantBySlug } from '../tenancy/service.js';
import { clearAllAttempts } from './lockout.js';
import { hashPassword } from './password.js';
import { destroyUserSessions } from './sessions.js';

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

function anonymousActor(tenantId: string, req: FastifyRequest, user: { id: string; email: string }): Actor {
  return {
    tenantId,
    userId: user.id,
    label: user.email,
    ip: req.ip ?? null,
    userAgent: (req.headers['user-agent'] as string | undefined)?.slice(0, 500) ?? null,
    roles: [],
    abilities: new Set(),
  };
}

function origin(config: Config, req: FastifyRequest): string {
  return config.publicUrl ?? `${req.protocol}://${req.host}`;
}

/** Creates a link and mails it when the account exists, is active and has a local password. */
export async function requestPasswordReset(
  db: Db,
  config: Config,
  input: { tenant: string; email: string },
  req: FastifyRequest,
): Promise<void> {
  const tenant = await findTenantBySlug(db, input.tenant);
  if (!tenant) return;
  const email = input.email.trim().toLowerCase();
  const token = randomBytes(32).toString('base64url');
  const user = await withTenant(db, tenant.id, async (tx) => {
    const found = (
      await tx.sql.query<{ id: string; email: string; name: string; language: string }>(
        'SELECT id, email, name, language FROM users WHERE lower(email) = $1 AND active AND password_hash IS NOT NULL',
        [email],
      )
    ).rows[0];
    if (!found) return null;
    await writeAudit(tx, anonymousActor(tenant.id, req, found), {
      action: 'auth.password_reset_requested',
      objectType: 'user',
      objectId: found.id,
      details: { validMinutes: config.passwordResetMinutes },
    });
    return found;
  });
  if (!user) return;
  await db.sql.query(
    `INSERT INTO password_resets (token_hash, tenant_id, user_id, expires_at, ip)
     VALUES ($1, $2, $3, now() + make_interval(mins => $4::int), $5)`,
    [hashToken(token), tenant.id, user.id, config.passwordResetMinutes, req.ip ?? null],
  );
  const link = `${origin(config, req)}/glemt-adgangskode/ny?token=${token}`;
  const da = user.language !== 'en';
  await sendMail(
    { db, config },
    {
      tenantId: tenant.id,
      to: user.email,
      subject: da ? `Vælg ny adgangskode – ${tenant.name}` : `Choose a new password – ${tenant.name}`,
      text: da
        ? `Hej ${user.name}\n\nNogen (forhåbentlig dig) har bedt om at vælge en ny adgangskode til Rød Tråd hos ${tenant.name}.\n\nÅbn linket inden for ${config.passwordResetMinutes} minutter. Det virker én gang:\n${link}\n\nHar du ikke bedt om det, kan du se bort fra denne e-mail; din adgangskode er uændret.`
        : `Hello ${user.name}\n\nSomeone (hopefully you) asked to choose a new password for Rød Tråd at ${tenant.name}.\n\nOpen the link within ${config.passwordResetMinutes} minutes. It works once:\n${link}\n\nIf you did not ask for this, ignore this e-mail; your password is unchanged.`,
    },
  );
}

/** Uses a link: single use is enforced by one UPDATE … WHERE used_at IS NULL. */
export async function resetPasswordWithToken(
  db: Db,
  input: { token: string; newPassword: string },
  req: FastifyRequest,
): Promise<void> {
  const passwordHash = await hashPassword(input.newPassword);
  const claimed = (
    await db.sql.query<{ tenant_id: string; user_id: string }>(
      `UPDATE password_resets SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING tenant_id, user_id`,
      [hashToken(input.token)],
    )
  ).rows[0];
  if (!claimed) throw new AppError('auth.reset_invalid');
  const done = await withTenant(db, claimed.tenant_id, async (tx) => {
    const user = (
      await tx.sql.query<{ id: string; email: string }>(
        'UPDATE users SET password_hash = $2, must_change_password = false, updated_at = now() WHERE id = $1 AND active RETURNING id, email',
        [claimed.user_id, passwordHash],
      )
    ).rows[0];
    if (!user) return false;
    await clearAllAttempts(tx, user.email);
    await writeAudit(tx, anonymousActor(claimed.tenant_id, req, user), {
      action: 'auth.password_reset_by_link',
      objectType: 'user',
      objectId: user.id,
    });
    return true;
  });
  if (!done) throw new AppError('auth.reset_invalid');
  // Every other link of the user stops working, and every session ends (whoever had one, had the old password).
  await db.sql.query('UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [
    claimed.user_id,
  ]);
  await destroyUserSessions(db, claimed.user_id);
}
