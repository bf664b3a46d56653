// Demo data for shift planning: Demo Kommune gets "Plejecenter Solbakken" (under Ældreplejen) with 30
// employees, three shifts a day and realistic demand; the current 4 weeks are optimised and published, the
// next 4 weeks are open for wishes. The demo planner (planlaegger@demo.dk) plans the unit and, like the demo
// employee (medarbejder@demo.dk), is one of its employees (linked by work e-mail).
import { copenhagenDate } from '../../platform/calendar/index.js';
import { withTenant, type Db } from '../../platform/db/database.js';
import type { TUnitSetup } from './contract.js';
import { DEFAULT_COST } from './domain/cost.js';
import {
  sampleDemand,
  sampleEmployees,
  SKILL_NAMES,
  SKILLS_OF,
  PLEJECENTER_SHIFTS,
} from './domain/sample-scenarios.js';
import { solveRoster } from './domain/solve.js';
import { DEFAULT_PAY_CODES } from './service/payroll.js';
import { addDays, loadPlanning } from './service/load.js';

export const DEMO_ROSTER_UNIT = { code: 'PCS', name: 'Plejecenter Solbakken', parent: 'AEP' };

export function demoSetup(): TUnitSetup {
  return {
    name: DEMO_ROSTER_UNIT.name,
    shiftTypes: PLEJECENTER_SHIFTS.map((s) => ({ ...s, breakMinutes: s.id === 'N' ? 0 : 30 })),
    skills: Object.entries(SKILL_NAMES).map(([id, name]) => ({ id, name })),
    demand: sampleDemand(30).map((d) => ({
      weekdays: d.weekdays!,
      shift: d.shift,
      skill: d.skill,
      min: d.min,
      preferred: d.preferred,
    })),
    specialDays: [],
    agreement: { restHours: 11, maxConsecutiveDays: 6, maxWeekends: 2, noticeDays: 28 },
    cost: { ...DEFAULT_COST, payCodes: DEFAULT_PAY_CODES },
  };
}

/** Monday on or before `date`. */
const mondayOf = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

export async function seedRosterDemo(
  db: Db,
  tenantId: string,
  today = copenhagenDate(new Date()),
): Promise<void> {
  const current = mondayOf(today);
  const next = addDays(current, 28);
  const { periodId } = await withTenant(db, tenantId, async (tx) => {
    const q = <T>(sql: string, params: unknown[]) => tx.sql.query<T>(sql, params);
    const parent =
      (await q<{ id: string }>('SELECT id FROM org_units WHERE code = $1', [DEMO_ROSTER_UNIT.parent])).rows[0]
        ?.id ?? null;
    const orgUnitId = (
      await q<{ id: string }>(
        'INSERT INTO org_units (tenant_id, parent_id, code, name) VALUES ($1, $2, $3, $4) RETURNING id',
        [tenantId, parent, DEMO_ROSTER_UNIT.code, DEMO_ROSTER_UNIT.name],
      )
    ).rows[0]!.id;
    const unitId = (
      await q<{ id: string }>(
        'INSERT INTO roster_units (tenant_id, org_unit_id, setup) VALUES ($1, $2, $3) RETURNING id',
        [tenantId, orgUnitId, JSON.stringify(demoSetup())],
      )
    ).rows[0]!.id;
    const staff = sampleEmployees(30);
    const employeeIds: string[] = [];
    for (const [i, e] of staff.entries()) {
      const [given, ...family] = e.name.split(' ');
      // Employee 2 (an SSA) is the demo employee, employee 1 (a nurse) the demo planner.
      const email =
        i === 0 ? 'planlaegger@demo.dk' : i === 1 ? 'medarbejder@demo.dk' : `${e.id}.solbakken@demo.dk`;
      const title = SKILL_NAMES[e.grade];
      const id = (
        await q<{ id: string }>(
          'INSERT INTO employees (tenant_id, unit_id, employee_no, given_name, family_name, email, title) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
          [tenantId, orgUnitId, `P${2001 + i}`, given, family.join(' '), email, title],
        )
      ).rows[0]!.id;
      employeeIds.push(id);
      await q(
        'INSERT INTO roster_members (tenant_id, unit_id, employee_id, weekly_minutes, skills, grade) VALUES ($1, $2, $3, $4, $5, $6)',
        [tenantId, unitId, id, e.weeklyMinutes, SKILLS_OF[e.grade], e.grade],
      );
    }
    // The demo planner plans this unit (a second role assignment next to the one in the platform's demo).
    const planner = (await q<{ id: string }>(`SELECT id FROM users WHERE email = 'planlaegger@demo.dk'`, []))
      .rows[0];
    if (planner)
      await q(`INSERT INTO user_roles (tenant_id, user_id, role, unit_id) VALUES ($1, $2, 'planner', $3)`, [
        tenantId,
        planner.id,
        orgUnitId,
      ]);
    const periodId = (
      await q<{ id: string }>(
        `INSERT INTO roster_periods (tenant_id, unit_id, start_date, days, state, budget, published_at, publish_reason)
         VALUES ($1, $2, $3, 28, 'published', 1150000, now(), 'Demodata')
         RETURNING id`,
        [tenantId, unitId, current],
      )
    ).rows[0]!.id;
    const nextId = (
      await q<{ id: string }>(
        `INSERT INTO roster_periods (tenant_id, unit_id, start_date, days, state, wish_deadline, budget) VALUES ($1, $2, $3, 28, 'wishes_open', $4, 1150000) RETURNING id`,
        [tenantId, unitId, next, addDays(next, -7)],
      )
    ).rows[0]!.id;
    for (let i = 2; i < 30; i += 4)
      await q(
        `INSERT INTO roster_wishes (tenant_id, period_id, employee_id, date, shift, want) VALUES ($1, $2, $3, $4, NULL, true)`,
        [tenantId, nextId, employeeIds[i], addDays(next, (i * 3) % 28)],
      );
    return { periodId };
  });
  // The published roster: the planner engine, in-process and time-boxed so start-up stays quick.
  await withTenant(db, tenantId, async (tx) => {
    const p = await loadPlanning(tx, periodId);
    const { roster } = solveRoster(p.model, { seed: 1, iterations: 60_000, deadline: Date.now() + 4000 });
    const values: unknown[] = [];
    const tuples: string[] = [];
    p.members.forEach((m, e) =>
      roster[e]!.forEach((shift, d) => {
        if (!shift) return;
        values.push(tenantId, periodId, m.employeeId, p.dates[d], shift);
        const n = values.length;
        tuples.push(`($${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`);
      }),
    );
    if (tuples.length)
      await tx.sql.query(
        `INSERT INTO roster_assignments (tenant_id, period_id, employee_id, date, shift) VALUES ${tuples.join(', ')}`,
        values,
      );
  });
}
