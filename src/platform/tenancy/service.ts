// Tenants (municipalities). Creating one also starts its audit chain.
import { asc, eq } from 'drizzle-orm';
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

export async function findTenantBySlug(db: Db, slug: string): Promise<Tenant | null> {
  const rows = await withSystem(db, (tx) =>
    tx.orm
      .select({ id: tenants.id, slug: tenants.slug, name: tenants.name })
      .from(tenants)
      .where(eq(tenants.slug, slug)),
  );
  return rows[0] ?? null;
}

/** For the login page's municipality picker. */
export async function listPublicTenants(db: Db): Promise<{ slug: string; name: string }[]> {
  return withSystem(db, (tx) =>
    tx.orm.select({ slug: tenants.slug, name: tenants.name }).from(tenants).orderBy(asc(tenants.name)),
  );
}
