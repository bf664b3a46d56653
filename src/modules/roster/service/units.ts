// Planning units: list, set-up (one versioned document) and members.
import { withTenant, type Db } from '../../../platform/db/database.js';
import { writeAudit } from '../../../platform/audit/log.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { AppError } from '../../../platform/http/errors.js';
import { unitsInScope } from '../../org/index.js';
import type { TUnitSetup } from '../contract.js';
import { loadMembers, loadUnit, requireUnitAccess } from './load.js';

export const conflict = (what: string) =>
  new AppError('roster.conflict', what, undefined, {
    status: 409,
    da: 'En anden har ændret vagtplanen imens. Hent den igen og gentag din ændring.',
    en: 'Someone else changed the roster meanwhile. Reload it and repeat your change.',
  });

export const invalid = (detail: string, da: string) =>
  new AppError('roster.invalid', detail, undefined, { status: 400, da, en: detail });

export async function listUnits(db: Db, actor: Actor) {
  requirePermission(actor, 'roster.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const rows = (
      await tx.sql.query<{
        id: string;
        org_unit_id: string;
        setup: TUnitSetup;
        version: number;
        members: number;
      }>(
        `SELECT u.id, u.org_unit_id, u.setup, u.version,
                (SELECT count(*)::int FROM roster_members m WHERE m.unit_id = u.id) AS members
           FROM roster_units u ORDER BY u.setup->>'name'`,
      )
    ).rows;
    const allowed = await unitsInScope(tx, actor.roles, 'roster.read');
    const data = rows
      .filter((r) => !allowed || allowed.has(r.org_unit_id))
      .map((r) => ({
        id: r.id,
        orgUnitId: r.org_unit_id,
        name: r.setup.name,
        members: r.members,
        version: r.version,
      }));
    return { data, count: data.length, page: 1, perPage: data.length };
  });
}

export async function getUnit(db: Db, actor: Actor, id: string) {
  requirePermission(actor, 'roster.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const unit = await loadUnit(tx, id);
    await requireUnitAccess(tx, actor, unit.org_unit_id, 'roster.read');
    const members = await loadMembers(tx, id);
    return {
      unit: {
        id,
        orgUnitId: unit.org_unit_id,
        name: unit.name,
        members: members.length,
        version: unit.version,
      },
      setup: unit.setup,
      members: members.map(({ email: _email, ...m }) => m),
    };
  });
}

export function validateSetup(setup: TUnitSetup): void {
  const shifts = new Set(setup.shiftTypes.map((s) => s.id));
  const skills = new Set(setup.skills.map((s) => s.id));
  if (shifts.size !== setup.shiftTypes.length)
    throw invalid('duplicate shift type', 'En vagttype findes to gange.');
  for (const d of setup.demand) {
    if (!shifts.has(d.shift))
      throw invalid(`unknown shift ${d.shift}`, `Behovet nævner en ukendt vagttype (${d.shift}).`);
    if (d.skill && !skills.has(d.skill))
      throw invalid(`unknown skill ${d.skill}`, `Behovet nævner en ukendt kompetence (${d.skill}).`);
    if (d.preferred < d.min)
      throw invalid('preferred below min', 'Det ønskede antal må ikke være mindre end minimum.');
  }
}

export async function updateSetup(db: Db, actor: Actor, id: string, setup: TUnitSetup, version: number) {
  requirePermission(actor, 'roster.plan');
  validateSetup(setup);
  await withTenant(db, actor.tenantId, async (tx) => {
    const unit = await loadUnit(tx, id);
    await requireUnitAccess(tx, actor, unit.org_unit_id, 'roster.plan');
    const updated = await tx.sql.query(
      'UPDATE roster_units SET setup = $2, version = version + 1, updated_at = now() WHERE id = $1 AND version = $3 RETURNING version',
      [id, JSON.stringify(setup), version],
    );
    if (updated.rows.length === 0) throw conflict('the unit set-up was changed by someone else');
    await writeAudit(tx, actor, {
      action: 'roster.unit.setup',
      objectType: 'roster_unit',
      objectId: id,
      details: { version },
    });
  });
  return getUnit(db, actor, id);
}
