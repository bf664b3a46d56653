// Periods: list, create, the planner's grid, cell edits (optimistic concurrency, change log after
// publication) and the life cycle (publish with the notice warning and a required reason).
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { appendEvent } from '../../../platform/events/events.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import type { TGrid } from '../contract.js';
import { AFTER_PUBLICATION, EDITABLE, canMove, type PeriodState } from '../domain/lifecycle.js';
import { coverageOf, costOf, gridEmployees, gridOf, violationsOf } from './grid.js';
import {
  PERIOD_COLUMNS,
  addDays,
  loadPeriod,
  loadPlanning,
  loadUnit,
  presentPeriod,
  requireUnitAccess,
  type PeriodRow,
} from './load.js';
import { conflict, invalid } from './units.js';

export async function listPeriods(db: Db, actor: Actor, unitId: string) {
  requirePermission(actor, 'roster.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const unit = await loadUnit(tx, unitId);
    await requireUnitAccess(tx, actor, unit.org_unit_id, 'roster.read');
    const rows = (
      await tx.sql.query<PeriodRow>(
        `SELECT ${PERIOD_COLUMNS} FROM roster_periods WHERE unit_id = $1 ORDER BY start_date DESC`,
        [unitId],
      )
    ).rows;
    const data = rows.map(presentPeriod);
    return { data, count: data.length, page: 1, perPage: data.length };
  });
}

export async function createPeriod(
  db: Db,
  actor: Actor,
  unitId: string,
  input: { startDate: string; days: number; wishDeadline: string | null; budget: number | null },
) {
  requirePermission(actor, 'roster.plan');
  if (input.wishDeadline && input.wishDeadline >= input.startDate)
    throw invalid('wish deadline after start', 'Fristen for ønsker skal ligge før periodens start.');
  return withTenant(db, actor.tenantId, async (tx) => {
    const unit = await loadUnit(tx, unitId);
    await requireUnitAccess(tx, actor, unit.org_unit_id, 'roster.plan');
    const end = addDays(input.startDate, input.days - 1);
    const overlap = await tx.sql.query(
      `SELECT 1 FROM roster_periods WHERE unit_id = $1 AND start_date <= $3::date AND start_date + days - 1 >= $2::date`,
      [unitId, input.startDate, end],
    );
    if (overlap.rows.length > 0)
      throw invalid('overlapping period', 'Perioden overlapper en anden periode for enheden.');
    const row = (
      await tx.sql.query<PeriodRow>(
        `INSERT INTO roster_periods (tenant_id, unit_id, start_date, days, wish_deadline, budget)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${PERIOD_COLUMNS}`,
        [actor.tenantId, unitId, input.startDate, input.days, input.wishDeadline, input.budget],
      )
    ).rows[0]!;
    await writeAudit(tx, actor, {
      action: 'roster.period.create',
      objectType: 'roster_period',
      objectId: row.id,
    });
    return presentPeriod(row);
  });
}

async function planningFor(
  tx: TenantTx,
  actor: Actor,
  periodId: string,
  permission: 'roster.read' | 'roster.plan',
) {
  const p = await loadPlanning(tx, periodId);
  await requireUnitAccess(tx, actor, p.unit.org_unit_id, permission);
  return p;
}

export async function getGrid(db: Db, actor: Actor, periodId: string): Promise<TGrid> {
  requirePermission(actor, 'roster.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const p = await planningFor(tx, actor, periodId, 'roster.read');
    // The grid shows staff's shifts and wishes: a read of personal data, logged once per period view.
    await writeAudit(tx, actor, {
      action: 'roster.period.read',
      objectType: 'roster_period',
      objectId: periodId,
    });
    return gridOf(p);
  });
}

/** Bumps the period's version if it still is `version`; otherwise someone else changed it (409). */
export async function bumpVersion(tx: TenantTx, periodId: string, version: number): Promise<number> {
  const row = (
    await tx.sql.query<{ version: number }>(
      'UPDATE roster_periods SET version = version + 1 WHERE id = $1 AND version = $2 RETURNING version',
      [periodId, version],
    )
  ).rows[0];
  if (!row) throw conflict('the period was changed by someone else');
  return row.version;
}

export async function setCell(
  db: Db,
  actor: Actor,
  periodId: string,
  input: {
    employeeId: string;
    date: string;
    shift: string | null;
    version: number;
    reason?: string | undefined;
    consent?: boolean | undefined;
  },
) {
  requirePermission(actor, 'roster.plan');
  return withTenant(db, actor.tenantId, async (tx) => {
    const p = await planningFor(tx, actor, periodId, 'roster.plan');
    const state = p.period.state;
    const afterPublication = AFTER_PUBLICATION.includes(state);
    if (!EDITABLE.includes(state) && !afterPublication)
      throw invalid(`period is ${state}`, 'Vagtplanen kan ikke ændres i denne fase.');
    if (afterPublication && !input.reason?.trim())
      throw invalid('reason required', 'En ændring efter offentliggørelsen kræver en begrundelse.');
    const e = p.members.findIndex((m) => m.employeeId === input.employeeId);
    const day = p.dates.indexOf(input.date);
    if (e < 0) throw invalid('employee not in unit', 'Medarbejderen hører ikke til enheden.');
    if (day < 0) throw invalid('date outside period', 'Datoen ligger uden for perioden.');
    if (input.shift !== null && !p.model.shifts.some((s) => s.id === input.shift))
      throw invalid('unknown shift', 'Ukendt vagttype.');
    const version = await bumpVersion(tx, periodId, input.version);
    const before = p.roster[e]![day] ?? null;
    if (input.shift === null)
      await tx.sql.query(
        'DELETE FROM roster_assignments WHERE period_id = $1 AND employee_id = $2 AND date = $3',
        [periodId, input.employeeId, input.date],
      );
    else
      await tx.sql.query(
        `INSERT INTO roster_assignments (tenant_id, period_id, employee_id, date, shift, kind)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (tenant_id, period_id, employee_id, date) DO UPDATE SET shift = EXCLUDED.shift, kind = EXCLUDED.kind`,
        [
          actor.tenantId,
          periodId,
          input.employeeId,
          input.date,
          input.shift,
          afterPublication ? 'extra' : 'planned',
        ],
      );
    await tx.sql.query(
      `INSERT INTO roster_changes (tenant_id, period_id, employee_id, date, before, after, reason, after_publication, consent, changed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        actor.tenantId,
        periodId,
        input.employeeId,
        input.date,
        before,
        input.shift,
        input.reason ?? null,
        afterPublication,
        input.consent ?? null,
        actor.userId,
      ],
    );
    if (afterPublication)
      await appendEvent(tx, actor, {
        type: 'roster.shift.changed_after_publication',
        objectType: 'roster_period',
        objectId: periodId,
        payload: {
          employeeId: input.employeeId,
          date: input.date,
          before,
          after: input.shift,
          reason: input.reason,
          consent: input.consent ?? null,
        },
      });
    p.roster[e]![day] = input.shift;
    if (input.shift === null) p.cells.delete(`${input.employeeId}/${input.date}`);
    else
      p.cells.set(`${input.employeeId}/${input.date}`, { shift: input.shift, kind: 'planned', overtime: 0 });
    const cost = costOf(p, p.roster);
    return {
      version,
      violations: violationsOf(p, p.roster),
      coverage: coverageOf(p, p.roster),
      cost: cost.grid,
      employee: gridEmployees(p, p.roster, cost.perEmployee)[e]!,
    };
  });
}

export async function transition(
  db: Db,
  actor: Actor,
  periodId: string,
  input: { to: PeriodState; version: number; reason?: string | undefined },
) {
  requirePermission(actor, input.to === 'published' ? 'roster.publish' : 'roster.plan');
  return withTenant(db, actor.tenantId, async (tx) => {
    const p = await planningFor(tx, actor, periodId, 'roster.plan');
    const from = p.period.state;
    if (!canMove(from, input.to))
      throw invalid(
        `cannot move from ${from} to ${input.to}`,
        'Perioden kan ikke skifte til den fase herfra.',
      );
    if (input.to === 'published') {
      const grid = gridOf(p);
      if (grid.violations.some((v) => v.hard))
        throw invalid(
          'hard violations',
          'Vagtplanen bryder regler, der skal overholdes. Ret dem før offentliggørelsen.',
        );
      // The agreement's notice: publishing later than 4 weeks before the start needs a reason.
      if (grid.noticeShortfallDays > 0 && !input.reason?.trim())
        throw invalid(
          'reason required',
          `Vagtplanen offentliggøres ${grid.noticeShortfallDays} dage for sent i forhold til varslingen. Angiv en begrundelse.`,
        );
    }
    await bumpVersion(tx, periodId, input.version);
    const published = input.to === 'published';
    await tx.sql.query(
      `UPDATE roster_periods SET state = $2,
         published_at = CASE WHEN $3 THEN now() ELSE published_at END,
         published_by = CASE WHEN $3 THEN $4::uuid ELSE published_by END,
         publish_reason = CASE WHEN $3 THEN $5 ELSE publish_reason END,
         closed_at = CASE WHEN $2 = 'closed' THEN now() ELSE closed_at END
       WHERE id = $1`,
      [periodId, input.to, published, actor.userId, input.reason ?? null],
    );
    await writeAudit(tx, actor, {
      action: `roster.period.${input.to}`,
      objectType: 'roster_period',
      objectId: periodId,
      details: { from, reason: input.reason ?? null },
    });
    if (published || input.to === 'closed') {
      const grid = gridOf(p);
      const short = grid.coverage.reduce((n, c) => n + Math.max(0, c.min - c.count), 0);
      const needed = grid.coverage.reduce((n, c) => n + c.min, 0);
      await appendEvent(tx, actor, {
        type: published ? 'roster.period.published' : 'roster.period.closed',
        objectType: 'roster_period',
        objectId: periodId,
        payload: {
          unitId: p.unit.id,
          startDate: p.period.start_date,
          days: p.period.days,
          late: grid.noticeShortfallDays > 0,
          reason: input.reason ?? null,
          coverage: {
            needed,
            missing: short,
            percent: needed ? Math.round(((needed - short) / needed) * 1000) / 10 : 100,
          },
          cost: { total: grid.cost.total, budget: grid.cost.budget, byCode: grid.cost.byCode },
        },
      });
    }
    return presentPeriod(await loadPeriod(tx, periodId));
  });
}

/** Sickness: the shift stays on record as 'sick' (not worked), the cover is a gap for the planner. */
export async function reportSick(
  db: Db,
  actor: Actor,
  periodId: string,
  employeeId: string,
  date: string,
  version: number,
) {
  requirePermission(actor, 'roster.plan');
  return withTenant(db, actor.tenantId, async (tx) => {
    const p = await planningFor(tx, actor, periodId, 'roster.plan');
    const row = p.cells.get(`${employeeId}/${date}`);
    if (!row) throw invalid('no shift', 'Medarbejderen har ingen vagt den dag.');
    await bumpVersion(tx, periodId, version);
    await tx.sql.query(
      `UPDATE roster_assignments SET kind = 'sick' WHERE period_id = $1 AND employee_id = $2 AND date = $3`,
      [periodId, employeeId, date],
    );
    await appendEvent(tx, actor, {
      type: 'roster.sickness.reported',
      objectType: 'roster_period',
      objectId: periodId,
      payload: { employeeId, date, shift: row.shift },
    });
    return { ok: true as const };
  });
}
