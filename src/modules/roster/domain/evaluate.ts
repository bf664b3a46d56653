// Roster evaluation: per-employee rules, coverage of demand (with skills) and fairness; every violation comes
// with a Danish explanation for the planner.
import { coverageOf, shiftCoverage, type DemandIndex, type ShiftCoverage } from './coverage.js';
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
  hardScale?: Partial<Record<RuleId, number>>,
): RosterScore {
  const out = { hard: 0, penalty: 0 };
  const emp = model.employees[e];
  if (!emp) return out;
  checkEmployee(model, ix, emp, row, (rule, _day, size) => {
    const s = score(model, rule, size);
    if (s.hard) out.hard += size * (hardScale?.[rule] ?? 1);
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

/** Hard count and penalty of one (day, shift): demand lines plus people no line can take. */
export function shiftCoverPenalty(cov: ShiftCoverage, model: RosterModel): RosterScore {
  const out = { hard: 0, penalty: 0 };
  cov.lines.forEach((dm, l) => {
    const p = coverPenalty(model, dm.min, dm.preferred, cov.counts[l]!);
    out.hard += p.hardMissing;
    out.penalty += p.penalty;
  });
  const unplaced = cov.lineOf.filter((l) => l < 0).length;
  // With demand lines, a person none of them can take lacks the skill (hard); without any demand for the
  // shift that day, they are simply overstaffing.
  if (cov.lines.length > 0) out.hard += unplaced;
  else out.penalty += unplaced * model.agreement.coverOverWeight * model.agreement.rules.coverage.weight;
  return out;
}

/** Coverage penalty of one day (all its shifts), for the search's delta evaluation. */
export function dayCoverPenalty(
  model: RosterModel,
  demand: DemandIndex,
  roster: Roster,
  day: number,
): RosterScore {
  const onShift = new Map<string, number[]>();
  for (const s of demand[day]?.keys() ?? []) onShift.set(s, []);
  for (let e = 0; e < model.employees.length; e++) {
    const s = roster[e]?.[day];
    if (!s) continue;
    const list = onShift.get(s);
    if (list) list.push(e);
    else onShift.set(s, [e]);
  }
  const out = { hard: 0, penalty: 0 };
  for (const [shift, staff] of onShift) {
    const p = shiftCoverPenalty(coverageOf(model, demand, day, shift, staff), model);
    out.hard += p.hard;
    out.penalty += p.penalty;
  }
  return out;
}

function coverageViolations(model: RosterModel, ix: ModelIndex, cov: ShiftCoverage, out: Violation[]): void {
  const shiftName = ix.shift.get(cov.shift)?.name ?? cov.shift;
  const when = `${shiftName} ${dayLabel(model.startDate, cov.day)}`;
  cov.lines.forEach((dm, l) => {
    const n = cov.counts[l]!;
    const c = coverPenalty(model, dm.min, dm.preferred, n);
    if (c.hardMissing === 0 && c.penalty === 0) return;
    const skill = dm.skill ? ` med ${dm.skill}` : '';
    const msg =
      n < dm.min
        ? `${when}: ${n} medarbejdere${skill}, mindst ${dm.min} kræves.`
        : n < dm.preferred
          ? `${when}: ${n} medarbejdere${skill}, ønsket er ${dm.preferred}.`
          : `${when}: ${n} medarbejdere${skill}, overdækning ud over ${dm.preferred}.`;
    out.push({
      employee: null,
      day: cov.day,
      rule: 'coverage',
      hard: c.hardMissing > 0,
      penalty: c.penalty,
      message_da: msg,
    });
  });
  cov.lineOf.forEach((l, p) => {
    if (l >= 0) return;
    const emp = model.employees[cov.staff[p]!]!;
    if (cov.lines.length > 0) {
      const wanted = [...new Set(cov.lines.map((d) => d.skill ?? ''))].join(', ');
      out.push({
        employee: emp.id,
        day: cov.day,
        rule: 'skill',
        hard: true,
        penalty: 0,
        message_da: `${emp.name} har ikke den kompetence (${wanted}), som ${when} kræver.`,
      });
    } else {
      out.push({
        employee: emp.id,
        day: cov.day,
        rule: 'coverage',
        hard: false,
        penalty: model.agreement.coverOverWeight * model.agreement.rules.coverage.weight,
        message_da: `${emp.name} har ${when}, men der er ikke behov for vagten den dag.`,
      });
    }
  });
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
  for (const cov of shiftCoverage(model, roster)) coverageViolations(model, ix, cov, out);
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
