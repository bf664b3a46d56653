// Roster evaluation: per-employee rules, coverage of demand (with skills) and fairness; every violation comes
// with a Danish explanation for the planner.
import { checkEmployee, indexModel, type ModelIndex, type Sink } from './rules.js';
import { dayLabel } from './time.js';
import type { Roster, RosterModel, RuleId, Violation } from './types.js';

export interface RosterScore {
  hard: number;
  penalty: number;
}

function score(model: RosterModel, rule: RuleId, size: number): { hard: boolean; penalty: number } {
  const setting = model.agreement.rules[rule];
  return setting.hard ? { hard: true, penalty: 0 } : { hard: false, penalty: setting.weight * size };
}

/** Hard-violation count and soft penalty of one employee's row (no messages built). */
export function employeeScore(
  model: RosterModel,
  ix: ModelIndex,
  e: number,
  row: (string | null)[],
): RosterScore {
  const out = { hard: 0, penalty: 0 };
  const emp = model.employees[e];
  if (!emp) return out;
  checkEmployee(model, ix, emp, row, (rule, _day, size) => {
    const s = score(model, rule, size);
    if (s.hard) out.hard += size;
    else out.penalty += s.penalty;
  });
  return out;
}

/** Coverage penalty of one demand line given the number of qualified people on it. */
export function coverPenalty(
  model: RosterModel,
  min: number,
  preferred: number,
  n: number,
): { hardMissing: number; penalty: number } {
  const ag = model.agreement;
  const w = ag.rules.coverage.weight;
  const missingMin = Math.max(0, min - n);
  const missingPref = Math.max(0, preferred - Math.max(n, min));
  const over = Math.max(0, n - Math.max(preferred, min));
  const hardMissing = ag.rules.coverage.hard ? missingMin : 0;
  const penalty =
    w *
    ((ag.rules.coverage.hard ? 0 : missingMin * ag.coverUnderWeight) +
      missingPref * ag.coverPreferredWeight +
      over * ag.coverOverWeight);
  return { hardMissing, penalty };
}

export function countQualified(
  model: RosterModel,
  roster: Roster,
  day: number,
  shift: string,
  skill?: string,
): number {
  let n = 0;
  model.employees.forEach((emp, e) => {
    if (roster[e]?.[day] === shift && (!skill || emp.skills.includes(skill))) n++;
  });
  return n;
}

function fairness(model: RosterModel, ix: ModelIndex, roster: Roster, add: Sink): void {
  if (model.employees.length < 2) return;
  const unpopular = new Set(model.shifts.filter((s) => s.unpopular).map((s) => s.id));
  const spread = (counts: number[], what: string): void => {
    const max = Math.max(...counts);
    const min = Math.min(...counts);
    if (max - min <= 1) return;
    const who = model.employees[counts.indexOf(max)]?.name ?? '';
    const low = model.employees[counts.indexOf(min)]?.name ?? '';
    add(
      'fairness',
      null,
      (max - min - 1) * model.agreement.fairnessWeight,
      () => `Skæv fordeling af ${what}: ${who} har ${max}, ${low} har ${min}.`,
    );
  };
  if (unpopular.size > 0)
    spread(
      roster.map((row) => row.filter((c) => c !== null && unpopular.has(c)).length),
      'ubekvemme vagter',
    );
  spread(
    roster.map(
      (row) =>
        new Set(row.map((c, d) => (c !== null && ix.weekend[d] ? ix.week[d] : -1)).filter((w) => w !== -1))
          .size,
    ),
    'weekendvagter',
  );
}

/** Every violated rule, explained in Danish. */
export function explainViolations(model: RosterModel, roster: Roster): Violation[] {
  const ix = indexModel(model);
  const out: Violation[] = [];
  const sinkFor =
    (employee: string | null): Sink =>
    (rule, day, size, message) => {
      const s = score(model, rule, size);
      out.push({ employee, day, rule, hard: s.hard, penalty: s.penalty, message_da: message() });
    };
  model.employees.forEach((emp, e) => checkEmployee(model, ix, emp, roster[e] ?? [], sinkFor(emp.id)));
  for (const dm of model.demand) {
    const n = countQualified(model, roster, dm.day, dm.shift, dm.skill);
    const c = coverPenalty(model, dm.min, dm.preferred, n);
    if (c.hardMissing === 0 && c.penalty === 0) continue;
    const shiftName = ix.shift.get(dm.shift)?.name ?? dm.shift;
    const skill = dm.skill ? ` med ${dm.skill}` : '';
    const msg =
      n < dm.min
        ? `${shiftName} ${dayLabel(model.startDate, dm.day)}: ${n} medarbejdere${skill}, mindst ${dm.min} kræves.`
        : n < dm.preferred
          ? `${shiftName} ${dayLabel(model.startDate, dm.day)}: ${n} medarbejdere${skill}, ønsket er ${dm.preferred}.`
          : `${shiftName} ${dayLabel(model.startDate, dm.day)}: ${n} medarbejdere${skill}, overdækning ud over ${dm.preferred}.`;
    out.push({
      employee: null,
      day: dm.day,
      rule: 'coverage',
      hard: c.hardMissing > 0,
      penalty: c.penalty,
      message_da: msg,
    });
  }
  fairness(model, ix, roster, (rule, day, size, message) => {
    const s = score(model, rule, size);
    out.push({ employee: null, day, rule, hard: s.hard, penalty: s.penalty, message_da: message() });
  });
  return out;
}

export interface RosterEvaluation {
  feasible: boolean;
  hard: number;
  penalty: number;
  violations: Violation[];
}

export function evaluateRoster(model: RosterModel, roster: Roster): RosterEvaluation {
  const violations = explainViolations(model, roster);
  const hard = violations.filter((v) => v.hard).length;
  const penalty = violations.reduce((sum, v) => sum + v.penalty, 0);
  return { feasible: hard === 0, hard, penalty, violations };
}
