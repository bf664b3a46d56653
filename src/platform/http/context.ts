// Who is acting, captured once per request (or per CLI command) and passed to services, audit and events.
import type { FastifyRequest } from 'fastify';
import { PERMISSIONS, type Permission, type RoleAssignment } from '../access/permissions.js';
import { AppError } from './errors.js';

export type Actor = {
  tenantId: string;
  /** NULL for the system (CLI, seed, jobs without a user). */
  userId: string | null;
  /** Human-readable actor for the audit log: the user's e-mail or e.g. "system:cli". */
  label: string;
  ip: string | null;
  userAgent: string | null;
  roles: RoleAssignment[];
  abilities: ReadonlySet<Permission>;
};

export type AuthState = {
  sessionIdHash: string;
  csrfToken: string;
  tenant: { id: string; slug: string; name: string };
  user: { id: string; name: string; email: string; language: 'da' | 'en' };
  roles: RoleAssignment[];
  abilities: Permission[];
};

/** The actor of an authenticated request; throws 401 when there is no session. */
export function actorOf(req: FastifyRequest): Actor {
  const auth = req.auth;
  if (!auth) throw new AppError('auth.unauthenticated');
  return {
    tenantId: auth.tenant.id,
    userId: auth.user.id,
    label: auth.user.email,
    ip: req.ip ?? null,
    userAgent: (req.headers['user-agent'] as string | undefined)?.slice(0, 500) ?? null,
    roles: auth.roles,
    abilities: new Set(auth.abilities),
  };
}

/** An all-powerful actor for the CLI, seeding and background work inside one tenant. */
export function systemActor(tenantId: string, label = 'system'): Actor {
  return {
    tenantId,
    userId: null,
    label,
    ip: null,
    userAgent: null,
    roles: [{ role: 'administrator', unitId: null }],
    abilities: new Set(PERMISSIONS),
  };
}

/** Services call this as well as the route: authorisation does not depend on the HTTP layer. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!actor.abilities.has(permission)) throw new AppError('auth.forbidden');
}
