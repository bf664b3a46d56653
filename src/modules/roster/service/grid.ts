// The planner's view of a period: cells, coverage per shift and skill, every broken rule in Danish, the
// uncovered demand with the reason, and the live cost against the budget.
import { indexDemand, shiftCoverage } from '../domain/coverage.js';
import { DEFAULT_COST, PAY_CODES, shiftCost, type CostSettings } from '../domain/cost.js';
import { explainViolations } from '../domain/evaluate.js';
import { checkEmployee, indexModel } from '../domain/rules.js';
import { noticeShortfall } from '../domain/lifecycle.js';
import type { Roster } from '../domain/types.js';
import { copenhagenDate } from '../../../platform/calendar/index.js';
import type { TGrid } from '../contract.js';
import { cellKey, presentPeriod, type Planning } from './load.js';

type Violation = TGrid['violations'][number];
type CoverageRow = TGrid['coverage'][number];

const RULE_DA: Record<string, string> = {
  rest: 'hvile mellem vagter',
  maxConsecutive: 'for mange dage i træk',
  availability: 'fravær',
  avgWeeklyHours: '48 timer i gennemsnit',
  contractMinutes: 'over normen',
  skill: 'kompetence',
  forbiddenSequence: 'vagtrækkefølge',
};

export function costSettings(p: Planning): CostSettings {
  return { ...DEFAULT_COST, ...p.unit.setup.cost };
}

export function violationsOf(p: Planning, roster: Roster): Violation[] {
  return explainViolations(p.model, roster)
    .filter((v) => v.hard || v.rule !== 'fairness')
    .map((v) => ({
      employeeId: v.employee,
      date: v.day === null ? null : p.dates[v.day]!,
      rule: v.rule,
      hard: v.hard,
      message: v.message_da,
    }));
}

export function coverageOf(p: Planning, roster: Roster): CoverageRow[] {
  const rows: CoverageRow[] = [];
  for (const cov of shiftCoverage(p.model, roster, indexDemand(p.model)))
    cov.lines.forEach((dm, l) =>
      rows.push({
        date: p.dates[cov.day]!,
        shift: cov.shift,
        skill: dm.skill ?? null,
        min: dm.min,
        preferred: dm.preferred,
        count: cov.counts[l]!,
      }),
    );
  return rows;
}

/** Why a line is short: who could have taken it and which rule stops each of them. */
export function uncoveredOf(p: Planning, roster: Roster, coverage: CoverageRow[]): TGrid['uncovered'] {
  const ix = indexModel(p.model);
  return coverage
    .filter((c) => c.count < c.min)
    .map((c) => {
      const day = p.dates.indexOf(c.date);
      const reasons = new Map<string, number>();
      let otherShift = 0;
      let qualified = 0;
      p.model.employees.forEach((emp, e) => {
        if (c.skill && !emp.skills.includes(c.skill)) return;
        qualified++;
        const cell = roster[e]![day];
        if (cell === c.shift) return;
        if (cell) {
          otherShift++;
          return;
        }
        const row = [...roster[e]!];
        row[day] = c.shift;
        const broken = new Set<string>();
        checkEmployee(p.model, ix, emp, row, (rule) => {
          if (p.model.agreement.rules[rule].hard) broken.add(rule);
        });
        for (const rule of broken) reasons.set(rule, (reasons.get(rule) ?? 0) + 1);
      });
      const parts = [`${qualified} medarbejdere har kompetencen`];
      if (otherShift) parts.push(`${otherShift} har en anden vagt`);
      for (const [rule, n] of reasons) parts.push(`${n} ville bryde reglen om ${RULE_DA[rule] ?? rule}`);
      return {
        date: c.date,
        shift: c.shift,
        skill: c.skill,
        missing: c.min - c.count,
        reason: `${parts.join(', ')}.`,
      };
    });
}

export function costOf(p: Planning, roster: Roster): { grid: TGrid['cost']; perEmployee: number[] } {
  const settings = costSettings(p);
  const byCode: Record<string, number> = Object.fromEntries(PAY_CODES.map((c) => [c, 0]));
  const byDay = p.dates.map(() => 0);
  const perEmployee = p.members.map(() => 0);
  const shiftById = new Map(p.unit.setup.shiftTypes.map((s) => [s.id, s]));
  p.members.forEach((m, e) => {
    const pay = m.hourlyPay ?? settings.gradePay[m.grade] ?? 0;
    roster[e]!.forEach((shift, d) => {
      if (!shift) return;
      const st = shiftById.get(shift);
      if (!st) return;
      const overtime = p.cells.get(cellKey(m.employeeId, p.dates[d]!))?.overtime ?? 0;
      const c = shiftCost(p.dates[d]!, st.start, st.end, st.paidMinutes, pay, settings, overtime);
      for (const k of PAY_CODES) byCode[k]! += c.amount[k];
      byDay[d]! += c.total;
      perEmployee[e]! += c.total;
    });
  });
  const round = (x: number) => Math.round(x);
  const byWeek: { week: string; total: number }[] = [];
  p.dates.forEach((date, d) => {
    const label = `uge ${isoWeek(date)}`;
    const last = byWeek[byWeek.length - 1];
    if (last && last.week === label) last.total += byDay[d]!;
    else byWeek.push({ week: label, total: byDay[d]! });
  });
  const total = byDay.reduce((a, b) => a + b, 0);
  return {
    grid: {
      total: round(total),
      budget: p.period.budget === null ? null : Number(p.period.budget),
      byCode: Object.fromEntries(Object.entries(byCode).map(([k, v]) => [k, round(v)])),
      byDay: byDay.map(round),
      byWeek: byWeek.map((w) => ({ ...w, total: round(w.total) })),
    },
    perEmployee: perEmployee.map(round),
  };
}

export function isoWeek(date: string): number {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3); // the Thursday of the week
  const jan4 = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  return 1 + Math.round(((d.getTime() - jan4.getTime()) / 86_400_000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
}

export function gridEmployees(p: Planning, roster: Roster, perEmployee: number[]): TGrid['employees'] {
  const shiftById = new Map(p.model.shifts.map((s) => [s.id, s]));
  return p.members.map((m, e) => ({
    id: m.employeeId,
    name: m.name,
    grade: m.grade,
    skills: m.skills,
    normMinutes: Math.round((p.model.employees[e]!.minMinutes + p.model.employees[e]!.maxMinutes) / 2),
    plannedMinutes: roster[e]!.reduce((sum, s) => sum + (s ? (shiftById.get(s)?.paidMinutes ?? 0) : 0), 0),
    cost: perEmployee[e] ?? 0,
    cells: p.dates.map((d, i) =>
      p.cells.get(cellKey(m.employeeId, d))?.kind === 'sick' ? 'SYG' : roster[e]![i]!,
    ),
    wishes: p.wishes
      .filter((w) => w.employee_id === m.employeeId)
      .map((w) => ({ date: w.date, shift: w.shift, want: w.want })),
  }));
}

export function gridOf(p: Planning, today = copenhagenDate(new Date())): TGrid {
  const roster = p.roster;
  const coverage = coverageOf(p, roster);
  const cost = costOf(p, roster);
  return {
    period: presentPeriod(p.period),
    unitName: p.unit.name,
    shiftTypes: p.unit.setup.shiftTypes,
    days: p.dates.map((date) => ({
      date,
      weekday: ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1,
      holiday: p.special.get(date) ?? null,
    })),
    employees: gridEmployees(p, roster, cost.perEmployee),
    coverage,
    violations: violationsOf(p, roster),
    uncovered: uncoveredOf(p, roster, coverage),
    cost: cost.grid,
    noticeShortfallDays: noticeShortfall(today, p.period.start_date, p.unit.setup.agreement.noticeDays),
  };
}
