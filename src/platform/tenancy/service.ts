// Tenants (municipalities). Creating one also starts its audit chain.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { genesisHash } from '../audit/hash.js';
import { writeAudit } from '../audit/log.js';
import { withSystem, withTenant, type Db } from '../db/database.js';
import { systemActor } from '../http/context.js';
import { AppError } from '../http/errors.js';
import { tenants } from './schema.js';

export type Tenant = { id: string; slug: string; name: string };

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export async function createTenant(
  db: Db,
  input: { slug: string; name: string },
  actorLabel = 'system',
): Promise<Tenant> {
  if (!SLUG.test(input.slug))
    throw new AppError('request.invalid', 'slug must be lower-case letters, digits and hyphens');
  const tenant = await withSystem(db, async (tx) => {
    const existing = await tx.orm
      .select({ id: tenants.id })
      .from(tenants)
      .where(eq(tenants.slug, input.slug));
    if (existing.length > 0) throw new AppError('conflict', `tenant ${input.slug} exists`);
    const [row] = await tx.orm
      .insert(tenants)
      .values(input)
      .returning({ id: tenants.id, slug: tenants.slug, name: tenants.name });
    await tx.sql.query('INSERT INTO audit_heads (tenant_id, seq, hash) VALUES ($1, 0, $2)', [
      row!.id,
      genesisHash(row!.id),
    ]);
    return row!;
  });
  await withTenant(db, tenant.id, (tx) =>
    writeAudit(tx, systemActor(tenant.id, actorLabel), {
      action: 'tenant.create',
      objectType: 'tenant',
      objectId: tenant.id,
      details: input,
    }),
  );
  return tenant;
}

/** An enabled municipality by slug (a disabled one is not found: no logins, no public forms). */
export async function findTenantBySlug(
  db: Db,
  slug: string,
  options: { includeDisabled?: boolean } = {},
): Promise<Tenant | null> {
  const rows = await withSystem(db, (tx) =>
    tx.orm
      .select({ id: tenants.id, slug: tenants.slug, name: tenants.name })
      .from(tenants)
      .where(
        options.includeDisabled
          ? eq(tenants.slug, slug)
          : and(eq(tenants.slug, slug), isNull(tenants.disabledAt)),
      ),
  );
  return rows[0] ?? null;
}

export type TenantListing = Tenant & { createdAt: string; disabledAt: string | null; users: number };

export async function listTenants(db: Db): Promise<TenantListing[]> {
  const rows = await db.sql.query<{
    id: string;
    slug: string;
    name: string;
    created_at: Date | string;
    disabled_at: Date | string | null;
    users: number;
  }>(
    `SELECT t.id, t.slug, t.name, t.created_at, t.disabled_at,
            (SELECT count(*)::int FROM users u WHERE u.tenant_id = t.id AND u.active) AS users
     FROM tenants t ORDER BY t.slug`,
  );
  return rows.rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    createdAt: new Date(r.created_at).toISOString(),
    disabledAt: r.disabled_at ? new Date(r.disabled_at).toISOString() : null,
    users: r.users,
  }));
}

/** Disables (or enables again) a municipality; its open sessions end at once. Audited in its own chain. */
export async function setTenantDisabled(
  db: Db,
  tenantId: string,
  disabled: boolean,
  actorLabel: string,
): Promise<void> {
  await withSystem(db, async (tx) => {
    await tx.sql.query(
      `UPDATE tenants SET disabled_at = CASE WHEN $2::boolean THEN coalesce(disabled_at, now()) ELSE NULL END WHERE id = $1`,
      [tenantId, disabled],
    );
    if (disabled) await tx.sql.query('DELETE FROM sessions WHERE tenant_id = $1', [tenantId]);
  });
  await withTenant(db, tenantId, (tx) =>
    writeAudit(tx, systemActor(tenantId, actorLabel), {
      action: disabled ? 'tenant.disable' : 'tenant.enable',
      objectType: 'tenant',
      objectId: tenantId,
    }),
  );
}

/** For the login page's municipality picker. */
export async function listPublicTenants(db: Db): Promise<{ slug: string; name: string }[]> {
  return withSystem(db, (tx) =>
    tx.orm
      .select({ slug: tenants.slug, name: tenants.name })
      .from(tenants)
      .where(isNull(tenants.disabledAt))
      .orderBy(asc(tenants.name)),
  );
}
