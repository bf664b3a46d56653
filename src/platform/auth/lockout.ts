// Lock-out per login name and source (client IP), counted atomically.
//
// An attempt is *reserved* by one UPSERT before the password is checked, so parallel attempts each get their own
// number and at most `lockoutThreshold` passwords are ever checked per name and source within the window; the
// rest answer 423 without a check. A wrong password at the threshold locks that name from that source for
// `lockoutMinutes`; a right one clears the count. Keyed by the typed login name (hashed), not by the account:
// unknown names lock exactly like known ones, so 423 says nothing about whether an account exists, and a
// stranger hammering a known account locks only their own address out, not the account's owner.
import { createHash } from 'node:crypto';
import type { Config } from '../config.js';
import type { TenantTx } from '../db/database.js';

export type ThrottleKey = { loginHash: string; source: string };

export function throttleKey(email: string, ip: string | undefined | null): ThrottleKey {
  return {
    loginHash: createHash('sha256').update(email.trim().toLowerCase(), 'utf8').digest('hex'),
    source: ip || 'unknown',
  };
}

/** Reserves the next attempt; `allowed` is false while locked or when the threshold is already used up. */
export async function reserveAttempt(
  tx: TenantTx,
  key: ThrottleKey,
  config: Pick<Config, 'lockoutThreshold' | 'lockoutMinutes'>,
): Promise<{ allowed: boolean; attempt: number }> {
  const row = (
    await tx.sql.query<{ attempts: number; locked: boolean }>(
      `INSERT INTO login_throttle AS t (tenant_id, login_hash, source, attempts, updated_at)
       VALUES ($1, $2, $3, 1, now())
       ON CONFLICT (tenant_id, login_hash, source) DO UPDATE SET
         attempts = CASE WHEN (t.locked_until IS NOT NULL AND t.locked_until <= now())
                           OR (t.locked_until IS NULL AND t.updated_at <= now() - make_interval(mins => $4::int))
                         THEN 1 ELSE t.attempts + 1 END,
         locked_until = CASE WHEN t.locked_until <= now() THEN NULL ELSE t.locked_until END,
         updated_at = now()
       RETURNING attempts, coalesce(locked_until > now(), false) AS locked`,
      [tx.tenantId, key.loginHash, key.source, config.lockoutMinutes],
    )
  ).rows[0]!;
  return { allowed: !row.locked && row.attempts <= config.lockoutThreshold, attempt: row.attempts };
}

/** After a wrong password: locks when this attempt reached the threshold. Returns whether it is locked now. */
export async function recordFailure(
  tx: TenantTx,
  key: ThrottleKey,
  attempt: number,
  config: Pick<Config, 'lockoutThreshold' | 'lockoutMinutes'>,
): Promise<boolean> {
  if (attempt < config.lockoutThreshold) return false;
  await tx.sql.query(
    `UPDATE login_throttle SET locked_until = now() + make_interval(mins => $4::int)
     WHERE tenant_id = $1 AND login_hash = $2 AND source = $3`,
    [tx.tenantId, key.loginHash, key.source, config.lockoutMinutes],
  );
  return true;
}

/** After a successful login from this source. */
export async function clearAttempts(tx: TenantTx, key: ThrottleKey): Promise<void> {
  await tx.sql.query('DELETE FROM login_throttle WHERE tenant_id = $1 AND login_hash = $2 AND source = $3', [
    tx.tenantId,
    key.loginHash,
    key.source,
  ]);
}

/** An administrator's password reset unlocks the account from every source. */
export async function clearAllAttempts(tx: TenantTx, email: string): Promise<void> {
  await tx.sql.query('DELETE FROM login_throttle WHERE tenant_id = $1 AND login_hash = $2', [
    tx.tenantId,
    throttleKey(email, null).loginHash,
  ]);
}

/** SQL for "is this user locked from some source" (users list), given a users row alias `u`. */
export const LOCKED_SQL = `EXISTS (SELECT 1 FROM login_throttle lt WHERE lt.tenant_id = u.tenant_id
  AND lt.login_hash = encode(sha256(convert_to(lower(trim(u.email)), 'UTF8')), 'hex') AND lt.locked_until > now())`;
