// Loading a planning unit and a period from the database into the planner's model. Employees' names come from
// the organisation's master data (org module), their roster terms from roster_members.
import type { TenantTx } from '../../../platform/db/database.js';
import type { Permission } from '../../../platform/access/permissions.js';
import type { Actor } from '../../../platform/http/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { employeesByIds, unitName, unitsInScope } from '../../org/index.js';
import type { TPeriod, TUnitSetup } from '../contract.js';
import { periodNorm } from '../domain/cost.js';
import { isoWeekdayOf, scenarioToModel, type TScenario } from '../domain/scenario.js';
import { holidayOn } from '../../../platform/calendar/index.js';
import type { Roster, RosterModel } from '../domain/types.js';
import type { PeriodState } from '../domain/lifecycle.js';

export type UnitRow = { id: string; org_unit_id: string; setup: TUnitSetup; version: number };
export type PeriodRow = {
  id: string;
  unit_id: string;
  start_date: string;
  days: number;
  state: PeriodState;
  wish_deadline: string | null;
  budget: string | null;
  version: number;
  optimise_job_id: string | null;
  published_at: Date | string | null;
  publish_reason: string | null;
};
export type Member = {
  employeeId: string;
  name: string;
  email: string | null;
  weeklyMinutes: number;
  skills: string[];
  grade: string;
  hourlyPay: number | null;
};

export const addDays = (date: string, n: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const dateText = (v: unknown): string =>
  v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);

export const PERIOD_COLUMNS =
  'id, unit_id, start_date::text AS start_date, days, state, wish_deadline::text AS wish_deadline, budget, version, optimise_job_id, published_at, publish_reason';

export function presentPeriod(r: PeriodRow): TPeriod {
  return {
    id: r.id,
    unitId: r.unit_id,
    startDate: dateText(r.start_date),
    days: r.days,
    endDate: addDays(dateText(r.start_date), r.days - 1),
    state: r.state,
    wishDeadline: r.wish_deadline ? dateText(r.wish_deadline) : null,
    budget: r.budget === null ? null : Number(r.budget),
    version: r.version,
    optimiseJobId: r.optimise_job_id,
    publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
    publishReason: r.publish_reason,
  };
}

/** Throws 403 unless the actor holds `permission` in the planning unit's organisation unit (or above it). */
export async function requireUnitAccess(
  tx: TenantTx,
  actor: Actor,
  orgUnitId: string,
  permission: Permission,
): Promise<void> {
  if (!actor.abilities.has(permission)) throw new AppError('auth.forbidden');
  const units = await unitsInScope(tx, actor.roles, permission);
  if (units && !units.has(orgUnitId)) throw new AppError('auth.forbidden');
}

export async function loadUnit(tx: TenantTx, id: string): Promise<UnitRow & { name: string }> {
  const row = (
    await tx.sql.query<UnitRow>('SELECT id, org_unit_id, setup, version FROM roster_units WHERE id = $1', [
      id,
    ])
  ).rows[0];
  if (!row) throw notFound();
  return { ...row, name: row.setup.name || ((await unitName(tx, row.org_unit_id)) ?? '') };
}

export async function loadPeriod(tx: TenantTx, id: string): Promise<PeriodRow> {
  const row = (
    await tx.sql.query<PeriodRow>(`SELECT ${PERIOD_COLUMNS} FROM roster_periods WHERE id = $1`, [id])
  ).rows[0];
  if (!row) throw notFound();
  return { ...row, start_date: dateText(row.start_date) };
}

export async function loadMembers(tx: TenantTx, unitId: string): Promise<Member[]> {
  const rows = (
    await tx.sql.query<{
      employee_id: string;
      weekly_minutes: number;
      skills: string[];
      grade: string;
      hourly_pay: string | null;
    }>(
      'SELECT employee_id, weekly_minutes, skills, grade, hourly_pay FROM roster_members WHERE unit_id = $1',
      [unitId],
    )
  ).rows;
  const people = new Map(
    (
      await employeesByIds(
        tx,
        rows.map((r) => r.employee_id),
      )
    ).map((e) => [e.id, e]),
  );
  return rows
    .flatMap((r) => {
      const e = people.get(r.employee_id);
      if (!e || !e.active) return [];
      return [
        {
          employeeId: r.employee_id,
          name: e.name,
          email: e.email,
          weeklyMinutes: r.weekly_minutes,
          skills: r.skills,
          grade: r.grade,
          hourlyPay: r.hourly_pay === null ? null : Number(r.hourly_pay),
        },
      ];
    })
    .sort((a, b) => a.grade.localeCompare(b.grade) || a.name.localeCompare(b.name, 'da'));
}

export type Cells = Map<string, { shift: string; kind: string; overtime: number }>;
const cellKey = (employeeId: string, date: string) => `${employeeId}/${date}`;

export async function loadCells(tx: TenantTx, periodId: string): Promise<Cells> {
  const rows = (
    await tx.sql.query<{
      employee_id: string;
      date: string;
      shift: string;
      kind: string;
      overtime_minutes: number;
    }>(
      'SELECT employee_id, date::text AS date, shift, kind, overtime_minutes FROM roster_assignments WHERE period_id = $1',
      [periodId],
    )
  ).rows;
  return new Map(
    rows.map((r) => [
      cellKey(r.employee_id, dateText(r.date)),
      { shift: r.shift, kind: r.kind, overtime: r.overtime_minutes },
    ]),
  );
}

export type WishRow = {
  employee_id: string;
  date: string;
  shift: string | null;
  want: boolean;
  weight: number;
};
export async function loadWishes(tx: TenantTx, periodId: string): Promise<WishRow[]> {
  return (
    await tx.sql.query<WishRow>(
      'SELECT employee_id, date::text AS date, shift, want, weight FROM roster_wishes WHERE period_id = $1',
      [periodId],
    )
  ).rows.map((w) => ({ ...w, date: dateText(w.date) }));
}

/** Shifts worked in the last 7 days before the period (from earlier periods of the unit). */
async function loadHistory(
  tx: TenantTx,
  unitId: string,
  start: string,
): Promise<Map<string, { date: string; shift: string }[]>> {
  const rows = (
    await tx.sql.query<{ employee_id: string; date: string; shift: string }>(
      `SELECT a.employee_id, a.date::text AS date, a.shift FROM roster_assignments a
         JOIN roster_periods p ON p.id = a.period_id
        WHERE p.unit_id = $1 AND a.kind <> 'sick' AND a.date >= $2::date - 7 AND a.date < $2::date`,
      [unitId, start],
    )
  ).rows;
  const out = new Map<string, { date: string; shift: string }[]>();
  for (const r of rows)
    out.set(r.employee_id, [...(out.get(r.employee_id) ?? []), { date: dateText(r.date), shift: r.shift }]);
  return out;
}

export interface Planning {
  unit: UnitRow & { name: string };
  period: PeriodRow;
  members: Member[];
  model: RosterModel;
  roster: Roster;
  dates: string[];
  cells: Cells;
  wishes: WishRow[];
  /** Public holidays and special days in the period: date → name. */
  special: Map<string, string>;
}

/** The unit's demand template as the engine's scenario demand: weekday lines, special days as dated lines. */
export function demandOf(
  setup: TUnitSetup,
  dates: string[],
): { demand: TScenario['demand']; special: Map<string, string> } {
  const special = new Map<string, { name: string; follows: number }>();
  for (const date of dates) {
    const h = holidayOn(date);
    if (h && h.key !== 'juleaftensdag' && h.key !== 'nytaarsaftensdag')
      special.set(date, { name: h.name, follows: 7 });
  }
  for (const s of setup.specialDays)
    if (dates.includes(s.date)) special.set(s.date, { name: s.name, follows: s.followsWeekday });
  const demand: TScenario['demand'] = setup.demand.map((d) => ({
    weekdays: d.weekdays,
    shift: d.shift,
    skill: d.skill,
    min: d.min,
    preferred: d.preferred,
  }));
  for (const [date, s] of special) {
    const wd = isoWeekdayOf(new Date(`${date}T00:00:00Z`));
    const lines = setup.demand.filter((d) => d.weekdays.includes(s.follows));
    // Lines for the same shift and skill on this date replace the weekday's; lines the date's weekday has but
    // the followed weekday has not are zeroed.
    const keys = new Set(lines.map((d) => `${d.shift}/${d.skill}`));
    for (const d of lines)
      demand.push({ dates: [date], shift: d.shift, skill: d.skill, min: d.min, preferred: d.preferred });
    for (const d of setup.demand)
      if (d.weekdays.includes(wd) && !keys.has(`${d.shift}/${d.skill}`))
        demand.push({ dates: [date], shift: d.shift, skill: d.skill, min: 0, preferred: 0 });
  }
  return { demand, special: new Map([...special].map(([d, s]) => [d, s.name])) };
}

export async function loadPlanning(tx: TenantTx, periodId: string): Promise<Planning> {
  const period = await loadPeriod(tx, periodId);
  const unit = await loadUnit(tx, period.unit_id);
  const members = await loadMembers(tx, unit.id);
  const dates = Array.from({ length: period.days }, (_, d) => addDays(period.start_date, d));
  const cells = await loadCells(tx, periodId);
  const wishes = await loadWishes(tx, periodId);
  const history = await loadHistory(tx, unit.id, period.start_date);
  const { demand, special } = demandOf(unit.setup, dates);
  const scenario: TScenario = {
    start: period.start_date,
    days: period.days,
    shiftTypes: unit.setup.shiftTypes.map((s) => ({
      id: s.id,
      name: s.name,
      start: s.start,
      end: s.end,
      paidMinutes: s.paidMinutes,
    })),
    employees: members.map((m) => ({
      id: m.employeeId,
      name: m.name,
      skills: m.skills,
      weeklyMinutes: m.weeklyMinutes,
      unavailable: dates.filter((d) => cells.get(cellKey(m.employeeId, d))?.kind === 'sick'),
      wishes: wishes
        .filter((w) => w.employee_id === m.employeeId)
        .map((w) => ({ date: w.date, shift: w.shift, want: w.want, weight: w.weight })),
      history: history.get(m.employeeId) ?? [],
    })),
    demand,
  };
  const model = scenarioToModel(scenario);
  const ag = unit.setup.agreement;
  const longest = Math.max(...model.shifts.map((s) => s.paidMinutes));
  model.employees.forEach((e, i) => {
    // The norm is reduced by 7.4 hours per weekday public holiday (pro rata for part-timers).
    const norm = periodNorm(members[i]!.weeklyMinutes, period.start_date, period.days);
    e.minMinutes = Math.max(0, norm - longest);
    e.maxMinutes = norm + longest;
  });
  model.agreement = {
    ...model.agreement,
    name: `${unit.name}: arbejdstidsloven + lokalaftale`,
    restHours: ag.restHours,
    maxConsecutiveDays: ag.maxConsecutiveDays,
    maxWeekends: ag.maxWeekends,
    rules: { ...model.agreement.rules, maxWeekends: { hard: false, weight: 20 } },
  };
  const roster: Roster = members.map((m) =>
    dates.map((d) => {
      const c = cells.get(cellKey(m.employeeId, d));
      return c && c.kind !== 'sick' ? c.shift : null;
    }),
  );
  return { unit, period, members, model, roster, dates, cells, wishes, special };
}

export { cellKey };
