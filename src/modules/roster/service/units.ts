// Planning units: list, set-up (one versioned document) and members.
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
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

/** A problem with one field of the set-up: its path as the contract names it, and "dansk / English". */
const field = (path: string, da: string, en: string) => ({
  path: `body.setup.${path}`,
  message: `${da} / ${en}`,
});

/** The checks the contract cannot express (references between lists), every problem with its field. */
export function setupProblems(setup: TUnitSetup): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const shifts = new Set<string>();
  setup.shiftTypes.forEach((s, i) => {
    if (shifts.has(s.id))
      problems.push(
        field(
          `shiftTypes.${i}.id`,
          `Vagttypen ${s.id} findes to gange.`,
          `Shift type ${s.id} is given twice.`,
        ),
      );
    shifts.add(s.id);
  });
  const skills = new Set<string>();
  setup.skills.forEach((s, i) => {
    if (skills.has(s.id))
      problems.push(
        field(`skills.${i}.id`, `Kompetencen ${s.id} findes to gange.`, `Skill ${s.id} is given twice.`),
      );
    skills.add(s.id);
  });
  setup.demand.forEach((d, i) => {
    if (!shifts.has(d.shift))
      problems.push(
        field(
          `demand.${i}.shift`,
          `Behovet nævner en ukendt vagttype (${d.shift}).`,
          `The demand names an unknown shift type (${d.shift}).`,
        ),
      );
    if (d.skill && !skills.has(d.skill))
      problems.push(
        field(
          `demand.${i}.skill`,
          `Behovet nævner en ukendt kompetence (${d.skill}).`,
          `The demand names an unknown skill (${d.skill}).`,
        ),
      );
    if (d.preferred < d.min)
      problems.push(
        field(
          `demand.${i}.preferred`,
          'Det ønskede antal må ikke være mindre end minimum.',
          'The preferred number may not be below the minimum.',
        ),
      );
  });
  const dates = new Set<string>();
  setup.specialDays.forEach((s, i) => {
    if (dates.has(s.date))
      problems.push(
        field(
          `specialDays.${i}.date`,
          `Datoen ${s.date} findes to gange.`,
          `The date ${s.date} is given twice.`,
        ),
      );
    dates.add(s.date);
  });
  return problems;
}

const invalidSetup = (problems: { path: string; message: string }[]) =>
  new AppError('roster.invalid', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems, {
    status: 400,
    da: 'Opsætningen kan ikke gemmes. Ret de markerede felter.',
    en: 'The set-up cannot be saved. Correct the marked fields.',
  });

export function validateSetup(setup: TUnitSetup): void {
  const problems = setupProblems(setup);
  if (problems.length) throw invalidSetup(problems);
}

/** Shift types the unit's rosters or wishes use: removing one would leave shifts nobody can read. */
async function shiftTypesInUse(tx: TenantTx, unitId: string): Promise<Set<string>> {
  const rows = (
    await tx.sql.query<{ shift: string }>(
      `SELECT DISTINCT a.shift FROM roster_assignments a JOIN roster_periods p ON p.id = a.period_id WHERE p.unit_id = $1
       UNION
       SELECT DISTINCT w.shift FROM roster_wishes w JOIN roster_periods p ON p.id = w.period_id
        WHERE p.unit_id = $1 AND w.shift IS NOT NULL`,
      [unitId],
    )
  ).rows;
  return new Set(rows.map((r) => r.shift));
}

export async function updateSetup(db: Db, actor: Actor, id: string, setup: TUnitSetup, version: number) {
  requirePermission(actor, 'roster.plan');
  validateSetup(setup);
  await withTenant(db, actor.tenantId, async (tx) => {
    const unit = await loadUnit(tx, id);
    await requireUnitAccess(tx, actor, unit.org_unit_id, 'roster.plan');
    const kept = new Set(setup.shiftTypes.map((s) => s.id));
    const removed = [...(await shiftTypesInUse(tx, id))].filter((s) => !kept.has(s)).sort();
    if (removed.length)
      throw invalidSetup([
        field(
          'shiftTypes',
          `Vagttypen ${removed.join(', ')} bruges i enhedens vagtplaner og kan ikke fjernes. Du kan ændre navn og tider.`,
          `Shift type ${removed.join(', ')} is used in the unit's rosters and cannot be removed. You can change its name and times.`,
        ),
      ]);
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
