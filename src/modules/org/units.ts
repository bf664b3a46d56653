// Organisation units: list, create, update (with cycle protection). Changes are audited and published as events.
import { permissionScope, type Permission, type RoleAssignment } from '../../platform/access/permissions.js';
import { writeAudit } from '../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../platform/db/database.js';
import { appendEvent } from '../../platform/events/events.js';
import { requirePermission, type Actor } from '../../platform/http/context.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import type { TCreateUnit, TUnit, TUpdateUnit } from './contract.js';

type Row = { id: string; parent_id: string | null; code: string; name: string };
const present = (r: Row): TUnit => ({ id: r.id, parentId: r.parent_id, code: r.code, name: r.name });

export async function listUnitsTx(tx: TenantTx): Promise<TUnit[]> {
  return (
    await tx.sql.query<Row>('SELECT id, parent_id, code, name FROM org_units ORDER BY name, id')
  ).rows.map(present);
}

export async function listUnits(db: Db, actor: Actor): Promise<TUnit[]> {
  requirePermission(actor, 'org.read');
  return withTenant(db, actor.tenantId, listUnitsTx);
}

async function getUnit(tx: TenantTx, id: string): Promise<TUnit> {
  const row = (await tx.sql.query<Row>('SELECT id, parent_id, code, name FROM org_units WHERE id = $1', [id]))
    .rows[0];
  if (!row) throw notFound();
  return present(row);
}

/** Ids of a unit and all units below it. */
export async function unitWithDescendants(tx: TenantTx, id: string): Promise<string[]> {
  const rows = await tx.sql.query<{ id: string }>(
    `WITH RECURSIVE tree AS (SELECT id FROM org_units WHERE id = $1
       UNION SELECT u.id FROM org_units u JOIN tree t ON u.parent_id = t.id) SELECT id FROM tree`,
    [id],
  );
  return rows.rows.map((r) => r.id);
}

async function checkCode(tx: TenantTx, code: string, exceptId: string | null): Promise<void> {
  const rows = await tx.sql.query(
    'SELECT 1 FROM org_units WHERE code = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)',
    [code, exceptId],
  );
  if (rows.rows.length > 0) throw new AppError('conflict', `unit code ${code} exists`);
}

export async function createUnit(db: Db, actor: Actor, input: TCreateUnit): Promise<TUnit> {
  requirePermission(actor, 'org.write');
  return withTenant(db, actor.tenantId, async (tx) => {
    if (input.parentId)
      await getUnit(tx, input.parentId).catch(() => Promise.reject(new AppError('org.invalid_parent')));
    await checkCode(tx, input.code, null);
    const row = (
      await tx.sql.query<Row>(
        'INSERT INTO org_units (tenant_id, parent_id, code, name) VALUES ($1, $2, $3, $4) RETURNING id, parent_id, code, name',
        [tx.tenantId, input.parentId, input.code, input.name],
      )
    ).rows[0]!;
    await writeAudit(tx, actor, {
      action: 'org.unit.create',
      objectType: 'org_unit',
      objectId: row.id,
      details: input,
    });
    await appendEvent(tx, actor, {
      type: 'org.unit.created',
      objectType: 'org_unit',
      objectId: row.id,
      payload: input,
    });
    return present(row);
  });
}

export async function updateUnit(db: Db, actor: Actor, id: string, input: TUpdateUnit): Promise<TUnit> {
  requirePermission(actor, 'org.write');
  return withTenant(db, actor.tenantId, async (tx) => {
    const before = await getUnit(tx, id);
    if (input.parentId) {
      await getUnit(tx, input.parentId).catch(() => Promise.reject(new AppError('org.invalid_parent')));
      if ((await unitWithDescendants(tx, id)).includes(input.parentId)) throw new AppError('org.unit_cycle');
    }
    if (input.code && input.code !== before.code) await checkCode(tx, input.code, id);
    const after: TUnit = {
      ...before,
      code: input.code ?? before.code,
      name: input.name ?? before.name,
      parentId: input.parentId === undefined ? before.parentId : input.parentId,
    };
    await tx.sql.query(
      'UPDATE org_units SET code = $2, name = $3, parent_id = $4, updated_at = now() WHERE id = $1',
      [id, after.code, after.name, after.parentId],
    );
    await writeAudit(tx, actor, {
      action: 'org.unit.update',
      objectType: 'org_unit',
      objectId: id,
      details: { before, after },
    });
    await appendEvent(tx, actor, {
      type: 'org.unit.updated',
      objectType: 'org_unit',
      objectId: id,
      payload: { ...after },
    });
    return after;
  });
}

/**
 * The units a permission reaches for these roles, units below included: null when a role grants it
 * municipality-wide. What every module's unit-scoped reads filter by.
 */
export async function unitsInScope(
  tx: TenantTx,
  roles: readonly RoleAssignment[],
  permission: Permission,
): Promise<Set<string> | null> {
  const scope = permissionScope(roles, permission);
  if (scope === 'all') return null;
  const ids = new Set<string>();
  for (const unitId of scope) for (const id of await unitWithDescendants(tx, unitId)) ids.add(id);
  return ids;
}
