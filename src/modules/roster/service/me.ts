// The employee's side: "Min vagtplan" (published shifts, hours against the norm), wishes before the deadline,
// the iCalendar feed and shift swaps (colleague accepts, rules checked, planner approves).
import { writeAudit } from '../../../platform/audit/log.js';
import { copenhagenDate } from '../../../platform/calendar/index.js';
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { appendEvent } from '../../../platform/events/events.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { employeeByEmail } from '../../org/index.js';
import { explainViolations } from '../domain/evaluate.js';
import { periodNorm } from '../domain/cost.js';
import { addDays, loadPlanning, requireUnitAccess } from './load.js';
import { bumpVersion } from './periods.js';
import { invalid } from './units.js';
import type { z } from 'zod';
import type { ZMyShift } from '../contract.js';

const VISIBLE = ['published', 'actuals', 'closed'];

async function me(tx: TenantTx, actor: Actor) {
  const email = (
    await tx.sql.query<{ email: string }>('SELECT email FROM users WHERE id = $1', [actor.userId])
  ).rows[0]?.email;
  return email ? employeeByEmail(tx, email) : null;
}

async function requireMe(tx: TenantTx, actor: Actor) {
  const employee = await me(tx, actor);
  if (!employee)
    throw new AppError('roster.no_employee', 'no employee record for this user', undefined, {
      status: 404,
      da: 'Din bruger er ikke knyttet til en medarbejder.',
      en: 'Your user is not linked to an employee.',
    });
  return employee;
}

export async function myRoster(db: Db, actor: Actor) {
  requirePermission(actor, 'roster.read_own');
  return withTenant(db, actor.tenantId, async (tx) => {
    const employee = await me(tx, actor);
    if (!employee) return { employee: null, shifts: [], periods: [], swaps: [], colleagues: [] };
    const periodIds = (
      await tx.sql.query<{ id: string }>(
        `SELECT p.id FROM roster_periods p JOIN roster_members m ON m.unit_id = p.unit_id
          WHERE m.employee_id = $1 AND p.state <> 'closed' OR (p.state = 'closed' AND p.start_date > now()::date - 60 AND m.employee_id = $1)
          ORDER BY p.start_date`,
        [employee.id],
      )
    ).rows.map((r) => r.id);
    const shifts: z.infer<typeof ZMyShift>[] = [];
    const periods = [];
    const colleagues = new Map<string, string>();
    for (const id of [...new Set(periodIds)]) {
      const p = await loadPlanning(tx, id);
      const e = p.members.findIndex((m) => m.employeeId === employee.id);
      if (e < 0) continue;
      const byId = new Map(p.unit.setup.shiftTypes.map((s) => [s.id, s]));
      const visible = VISIBLE.includes(p.period.state);
      let planned = 0;
      if (visible)
        p.roster[e]!.forEach((s, d) => {
          const st = s ? byId.get(s) : undefined;
          if (!st) return;
          planned += st.paidMinutes;
          shifts.push({
            periodId: id,
            date: p.dates[d]!,
            shift: st.id,
            name: st.name,
            start: st.start,
            end: st.end,
            paidMinutes: st.paidMinutes,
          });
        });
      for (const m of p.members) if (m.employeeId !== employee.id) colleagues.set(m.employeeId, m.name);
      periods.push({
        id,
        unitName: p.unit.name,
        startDate: p.period.start_date,
        endDate: addDays(p.period.start_date, p.period.days - 1),
        state: p.period.state,
        wishDeadline: p.period.wish_deadline,
        normMinutes: periodNorm(p.members[e]!.weeklyMinutes, p.period.start_date, p.period.days),
        plannedMinutes: planned,
        shiftTypes: p.unit.setup.shiftTypes,
        wishes: p.wishes
          .filter((w) => w.employee_id === employee.id)
          .map((w) => ({ date: w.date, shift: w.shift, want: w.want })),
      });
    }
    const swaps = (
      await tx.sql.query<{
        id: string;
        date: string;
        from_employee_id: string;
        to_employee_id: string;
        state: string;
      }>(
        `SELECT id, date::text AS date, from_employee_id, to_employee_id, state FROM roster_swaps
          WHERE (from_employee_id = $1 OR to_employee_id = $1) ORDER BY date`,
        [employee.id],
      )
    ).rows.map((s) => ({
      id: s.id,
      date: s.date,
      from: s.from_employee_id === employee.id ? employee.name : (colleagues.get(s.from_employee_id) ?? ''),
      to: s.to_employee_id === employee.id ? employee.name : (colleagues.get(s.to_employee_id) ?? ''),
      state: s.state,
      mine: s.from_employee_id === employee.id,
    }));
    return {
      employee: { id: employee.id, name: employee.name },
      shifts,
      periods,
      swaps,
      colleagues: [...colleagues]
        .map(([id, name]) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'da')),
    };
  });
}

export async function addWish(
  db: Db,
  actor: Actor,
  input: { periodId: string; date: string; shift: string | null; want: boolean },
  today = copenhagenDate(new Date()),
) {
  requirePermission(actor, 'roster.read_own');
  return withTenant(db, actor.tenantId, async (tx) => {
    const employee = await requireMe(tx, actor);
    const p = await loadPlanning(tx, input.periodId);
    if (!p.members.some((m) => m.employeeId === employee.id)) throw notFound();
    if (p.period.state !== 'wishes_open')
      throw invalid('wishes closed', 'Der kan ikke ønskes til denne periode nu.');
    if (p.period.wish_deadline && today > p.period.wish_deadline)
      throw invalid('deadline passed', 'Fristen for ønsker er overskredet.');
    if (!p.dates.includes(input.date))
      throw invalid('date outside period', 'Datoen ligger uden for perioden.');
    if (input.shift && !p.unit.setup.shiftTypes.some((s) => s.id === input.shift))
      throw invalid('unknown shift', 'Ukendt vagttype.');
    await tx.sql.query(
      `INSERT INTO roster_wishes (tenant_id, period_id, employee_id, date, shift, want) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, period_id, employee_id, date) DO UPDATE SET shift = EXCLUDED.shift, want = EXCLUDED.want`,
      [actor.tenantId, input.periodId, employee.id, input.date, input.shift, input.want],
    );
    return { ok: true as const };
  });
}

const icsText = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
const icsLocal = (date: string, clock: string) => `${date.replace(/-/g, '')}T${clock.replace(':', '')}00`;

/** My published shifts as an iCalendar feed (RFC 5545), local Danish time. */
export async function myCalendar(db: Db, actor: Actor): Promise<string> {
  const roster = await myRoster(db, actor);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rød Tråd//Vagtplan//DA',
    'CALSCALE:GREGORIAN',
    'X-WR-CALNAME:Min vagtplan',
  ];
  const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
  for (const s of roster.shifts) {
    const endDate = s.end <= s.start ? addDays(s.date, 1) : s.date;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${s.periodId}-${s.date}@rodtrad`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=Europe/Copenhagen:${icsLocal(s.date, s.start)}`,
      `DTEND;TZID=Europe/Copenhagen:${icsLocal(endDate, s.end)}`,
      `SUMMARY:${icsText(s.name)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

/** I ask a colleague to take my shift on `date`. */
export async function requestSwap(
  db: Db,
  actor: Actor,
  input: { periodId: string; date: string; toEmployeeId: string },
) {
  requirePermission(actor, 'roster.read_own');
  return withTenant(db, actor.tenantId, async (tx) => {
    const employee = await requireMe(tx, actor);
    const p = await loadPlanning(tx, input.periodId);
    const e = p.members.findIndex((m) => m.employeeId === employee.id);
    const day = p.dates.indexOf(input.date);
    if (e < 0 || !p.members.some((m) => m.employeeId === input.toEmployeeId)) throw notFound();
    if (day < 0 || !p.roster[e]![day]) throw invalid('no shift that day', 'Du har ingen vagt den dag.');
    if (!['published', 'actuals'].includes(p.period.state))
      throw invalid('not published', 'Vagtplanen er ikke offentliggjort.');
    const id = (
      await tx.sql.query<{ id: string }>(
        `INSERT INTO roster_swaps (tenant_id, period_id, date, from_employee_id, to_employee_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [actor.tenantId, input.periodId, input.date, employee.id, input.toEmployeeId],
      )
    ).rows[0]!.id;
    return { id };
  });
}

/** The roster with the swap applied, and the hard rules it would break (in Danish). */
function swapCheck(p: Awaited<ReturnType<typeof loadPlanning>>, from: string, to: string, date: string) {
  const a = p.members.findIndex((m) => m.employeeId === from);
  const b = p.members.findIndex((m) => m.employeeId === to);
  const day = p.dates.indexOf(date);
  const roster = p.roster.map((r) => [...r]);
  const shift = roster[a]![day]!;
  roster[a]![day] = roster[b]![day] ?? null; // a swap: the colleague's shift that day (if any) goes the other way
  roster[b]![day] = shift;
  const broken = explainViolations(p.model, roster).filter(
    (v) => v.hard && (v.employee === from || v.employee === to) && v.rule !== 'contractMinutes',
  );
  return { roster, a, b, day, shift, broken };
}

type SwapRow = {
  id: string;
  period_id: string;
  date: string;
  from_employee_id: string;
  to_employee_id: string;
  state: string;
};

async function loadSwap(tx: TenantTx, id: string): Promise<SwapRow> {
  const row = (
    await tx.sql.query<SwapRow>(
      'SELECT id, period_id, date::text AS date, from_employee_id, to_employee_id, state FROM roster_swaps WHERE id = $1',
      [id],
    )
  ).rows[0];
  if (!row) throw notFound();
  return row;
}

/** The colleague accepts: the rules are checked now, the planner approves afterwards. */
export async function acceptSwap(db: Db, actor: Actor, id: string) {
  requirePermission(actor, 'roster.read_own');
  return withTenant(db, actor.tenantId, async (tx) => {
    const employee = await requireMe(tx, actor);
    const s = await loadSwap(tx, id);
    if (s.to_employee_id !== employee.id) throw notFound();
    if (s.state !== 'requested') throw invalid('not requested', 'Bytteønsket er allerede behandlet.');
    const p = await loadPlanning(tx, s.period_id);
    const check = swapCheck(p, s.from_employee_id, s.to_employee_id, s.date);
    if (check.broken.length) throw invalid('rules broken', check.broken.map((v) => v.message_da).join(' '));
    await tx.sql.query(`UPDATE roster_swaps SET state = 'accepted' WHERE id = $1`, [id]);
    return { ok: true as const };
  });
}

export async function listSwaps(db: Db, actor: Actor, periodId: string) {
  requirePermission(actor, 'roster.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const p = await loadPlanning(tx, periodId);
    await requireUnitAccess(tx, actor, p.unit.org_unit_id, 'roster.read');
    const name = new Map(p.members.map((m) => [m.employeeId, m.name]));
    const rows = (
      await tx.sql.query<SwapRow>(
        `SELECT id, period_id, date::text AS date, from_employee_id, to_employee_id, state FROM roster_swaps WHERE period_id = $1 ORDER BY date`,
        [periodId],
      )
    ).rows;
    return rows.map((s) => ({
      id: s.id,
      date: s.date,
      from: name.get(s.from_employee_id) ?? '',
      to: name.get(s.to_employee_id) ?? '',
      state: s.state,
      mine: false,
    }));
  });
}

/** The planner approves an accepted swap: checked again, applied, logged as a change after publication. */
export async function decideSwap(db: Db, actor: Actor, id: string, approve: boolean, version: number) {
  requirePermission(actor, 'roster.plan');
  return withTenant(db, actor.tenantId, async (tx) => {
    const s = await loadSwap(tx, id);
    const p = await loadPlanning(tx, s.period_id);
    await requireUnitAccess(tx, actor, p.unit.org_unit_id, 'roster.plan');
    if (s.state !== 'accepted') throw invalid('not accepted', 'Kollegaen har ikke accepteret byttet endnu.');
    await bumpVersion(tx, s.period_id, version);
    if (!approve) {
      await tx.sql.query(`UPDATE roster_swaps SET state = 'rejected' WHERE id = $1`, [id]);
      return { ok: true as const };
    }
    const check = swapCheck(p, s.from_employee_id, s.to_employee_id, s.date);
    if (check.broken.length) throw invalid('rules broken', check.broken.map((v) => v.message_da).join(' '));
    for (const [emp, shift] of [
      [s.from_employee_id, check.roster[check.a]![check.day]],
      [s.to_employee_id, check.roster[check.b]![check.day]],
    ] as const) {
      await tx.sql.query(
        'DELETE FROM roster_assignments WHERE period_id = $1 AND employee_id = $2 AND date = $3',
        [s.period_id, emp, s.date],
      );
      if (shift)
        await tx.sql.query(
          `INSERT INTO roster_assignments (tenant_id, period_id, employee_id, date, shift, kind) VALUES ($1, $2, $3, $4, $5, 'planned')`,
          [actor.tenantId, s.period_id, emp, s.date, shift],
        );
      await tx.sql.query(
        `INSERT INTO roster_changes (tenant_id, period_id, employee_id, date, before, after, reason, after_publication, consent, changed_by)
         VALUES ($1, $2, $3, $4, $5, $6, 'Vagtbytte', true, true, $7)`,
        [
          actor.tenantId,
          s.period_id,
          emp,
          s.date,
          emp === s.from_employee_id ? check.shift : p.roster[check.b]![check.day],
          shift ?? null,
          actor.userId,
        ],
      );
    }
    await tx.sql.query(`UPDATE roster_swaps SET state = 'approved' WHERE id = $1`, [id]);
    await appendEvent(tx, actor, {
      type: 'roster.shift.swapped',
      objectType: 'roster_period',
      objectId: s.period_id,
      payload: { date: s.date, from: s.from_employee_id, to: s.to_employee_id },
    });
    await writeAudit(tx, actor, { action: 'roster.swap.approve', objectType: 'roster_swap', objectId: id });
    return { ok: true as const };
  });
}
