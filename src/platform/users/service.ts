// User administration within one tenant. Every change is audited in the same transaction.
import { writeAudit } from '../audit/log.js';
import { clearAllAttempts, LOCKED_SQL } from '../auth/lockout.js';
import { hashPassword, temporaryPassword } from '../auth/password.js';
import { forgetUserSessions } from '../auth/session-cache.js';
import { destroyUserSessions } from '../auth/sessions.js';
import { withTenant, type Db, type TenantTx } from '../db/database.js';
import { requirePermission, type Actor } from '../http/context.js';
import { AppError, notFound } from '../http/errors.js';
import type { TRoleAssignment } from '../auth/contract.js';
import type { TCreateUser, TUpdateUser, TUser } from './contract.js';

type Row = {
  id: string;
  email: string;
  name: string;
  language: string;
  active: boolean;
  locked: boolean;
  employee_id: string | null;
  last_login_at: Date | string | null;
  roles: TRoleAssignment[] | string;
};

const SELECT = `SELECT u.id, u.email, u.name, u.language, u.active, ${LOCKED_SQL} AS locked, u.employee_id, u.last_login_at,
  COALESCE((SELECT json_agg(json_build_object('role', r.role, 'unitId', r.unit_id) ORDER BY r.role, r.unit_id)
            FROM user_roles r WHERE r.user_id = u.id), '[]'::json) AS roles
  FROM users u`;

function present(r: Row): TUser {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    language: r.language === 'en' ? 'en' : 'da',
    active: r.active,
    locked: r.locked,
    employeeId: r.employee_id,
    lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
    roles: typeof r.roles === 'string' ? JSON.parse(r.roles) : r.roles,
  };
}

async function getUser(tx: TenantTx, id: string): Promise<TUser> {
  const row = (await tx.sql.query<Row>(`${SELECT} WHERE u.id = $1`, [id])).rows[0];
  if (!row) throw notFound();
  return present(row);
}

async function checkUnits(tx: TenantTx, roles: TRoleAssignment[]): Promise<void> {
  const ids = [...new Set(roles.map((r) => r.unitId).filter((u): u is string => u !== null))];
  if (ids.length === 0) return;
  const found = (
    await tx.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM org_units WHERE id = ANY($1::uuid[])', [
      ids,
    ])
  ).rows[0];
  if (found?.n !== ids.length) throw new AppError('org.invalid_unit');
}

/** users.employee_id has no foreign key to employees; RLS confines this lookup to the actor's municipality. */
async function checkEmployee(tx: TenantTx, employeeId: string | null | undefined): Promise<void> {
  if (!employeeId) return;
  const found = await tx.sql.query('SELECT 1 FROM employees WHERE id = $1', [employeeId]);
  if (found.rows.length === 0) throw new AppError('users.invalid_employee');
}

/**
 * After a change, the municipality must still have an active, municipality-wide administrator. A transaction
 * lock per tenant serialises such changes, so two administrators demoting each other at once cannot both win.
 */
async function hasAdministrator(tx: TenantTx): Promise<boolean> {
  const found = await tx.sql.query(
    `SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id
     WHERE u.active AND r.role = 'administrator' AND r.unit_id IS NULL LIMIT 1`,
  );
  return found.rows.length > 0;
}

/** Takes the lock and returns a check to run after the change: it refuses removing the last administrator. */
async function guardAdministrators(tx: TenantTx): Promise<() => Promise<void>> {
  await tx.sql.query("SELECT pg_advisory_xact_lock(hashtext('rodtrad.admins:' || $1))", [tx.tenantId]);
  const had = await hasAdministrator(tx);
  return async () => {
    if (had && !(await hasAdministrator(tx))) throw new AppError('users.last_administrator');
  };
}

async function writeRoles(tx: TenantTx, userId: string, roles: TRoleAssignment[]): Promise<void> {
  await tx.sql.query('DELETE FROM user_roles WHERE user_id = $1', [userId]);
  const unique = [...new Map(roles.map((r) => [`${r.role}:${r.unitId}`, r])).values()];
  for (const r of unique) {
    await tx.sql.query('INSERT INTO user_roles (tenant_id, user_id, role, unit_id) VALUES ($1, $2, $3, $4)', [
      tx.tenantId,
      userId,
      r.role,
      r.unitId,
    ]);
  }
}

export async function listUsers(db: Db, actor: Actor): Promise<TUser[]> {
  requirePermission(actor, 'users.manage');
  return withTenant(db, actor.tenantId, async (tx) =>
    (await tx.sql.query<Row>(`${SELECT} ORDER BY lower(u.name), u.id`)).rows.map(present),
  );
}

export async function createUser(
  db: Db,
  actor: Actor,
  input: TCreateUser,
): Promise<{ user: TUser; temporaryPassword?: string }> {
  requirePermission(actor, 'users.manage');
  const generated = input.password ? undefined : temporaryPassword();
  const passwordHash = await hashPassword(input.password ?? generated!);
  const user = await withTenant(db, actor.tenantId, async (tx) => {
    const exists = await tx.sql.query('SELECT 1 FROM users WHERE lower(email) = lower($1)', [input.email]);
    if (exists.rows.length > 0) throw new AppError('users.email_taken');
    await checkUnits(tx, input.roles);
    await checkEmployee(tx, input.employeeId);
    const row = (
      await tx.sql.query<{ id: string }>(
        `INSERT INTO users (tenant_id, email, name, language, password_hash, employee_id, must_change_password)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          tx.tenantId,
          input.email.toLowerCase(),
          input.name,
          input.language,
          passwordHash,
          input.employeeId ?? null,
          Boolean(generated),
        ],
      )
    ).rows[0]!;
    await writeRoles(tx, row.id, input.roles);
    await writeAudit(tx, actor, {
      action: 'user.create',
      objectType: 'user',
      objectId: row.id,
      details: { email: input.email, roles: input.roles },
    });
    return getUser(tx, row.id);
  });
  return generated ? { user, temporaryPassword: generated } : { user };
}

export async function updateUser(db: Db, actor: Actor, id: string, input: TUpdateUser): Promise<TUser> {
  requirePermission(actor, 'users.manage');
  if (input.active === false && id === actor.userId) throw new AppError('users.cannot_deactivate_self');
  const user = await withTenant(db, actor.tenantId, async (tx) => {
    const guard = input.active === false ? await guardAdministrators(tx) : null;
    await getUser(tx, id);
    await checkEmployee(tx, input.employeeId);
    await tx.sql.query(
      `UPDATE users SET name = COALESCE($2, name), language = COALESCE($3, language), active = COALESCE($4, active),
         employee_id = CASE WHEN $5::boolean THEN $6::uuid ELSE employee_id END, updated_at = now() WHERE id = $1`,
      [
        id,
        input.name ?? null,
        input.language ?? null,
        input.active ?? null,
        input.employeeId !== undefined,
        input.employeeId ?? null,
      ],
    );
    await guard?.();
    await writeAudit(tx, actor, {
      action: input.active === false ? 'user.deactivate' : 'user.update',
      objectType: 'user',
      objectId: id,
      details: input,
    });
    return getUser(tx, id);
  });
  if (input.active === false) await destroyUserSessions(db, id);
  // After the commit: a lookup racing with it must not cache the old name or language again.
  else forgetUserSessions(db, id);
  return user;
}

export async function resetPassword(db: Db, actor: Actor, id: string, password?: string): Promise<string> {
  requirePermission(actor, 'users.manage');
  const newPassword = password ?? temporaryPassword();
  const hash = await hashPassword(newPassword);
  await withTenant(db, actor.tenantId, async (tx) => {
    const target = await getUser(tx, id);
    await clearAllAttempts(tx, target.email);
    await tx.sql.query(
      'UPDATE users SET password_hash = $2, must_change_password = $3, failed_logins = 0, locked_until = NULL, updated_at = now() WHERE id = $1',
      [id, hash, password === undefined],
    );
    await writeAudit(tx, actor, { action: 'user.password_reset', objectType: 'user', objectId: id });
  });
  await destroyUserSessions(db, id);
  return newPassword;
}

export async function setRoles(db: Db, actor: Actor, id: string, roles: TRoleAssignment[]): Promise<TUser> {
  requirePermission(actor, 'users.manage');
  const user = await withTenant(db, actor.tenantId, async (tx) => {
    const guard = await guardAdministrators(tx);
    const before = await getUser(tx, id);
    await checkUnits(tx, roles);
    await writeRoles(tx, id, roles);
    await guard();
    await writeAudit(tx, actor, {
      action: 'user.roles_set',
      objectType: 'user',
      objectId: id,
      details: { before: before.roles, after: roles },
    });
    return getUser(tx, id);
  });
  // After the commit, so the user's open sessions get the new abilities on their next request.
  forgetUserSessions(db, id);
  return user;
}

/** Looks a user up by e-mail inside a tenant (CLI). */
export async function findUserIdByEmail(db: Db, tenantId: string, email: string): Promise<string | null> {
  return withTenant(db, tenantId, async (tx) => {
    const row = (
      await tx.sql.query<{ id: string }>('SELECT id FROM users WHERE lower(email) = lower($1)', [email])
    ).rows[0];
    return row?.id ?? null;
  });
}
