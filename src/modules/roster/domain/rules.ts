// Per-employee rules. Each check reports violations through a sink; the Danish message is built lazily so the
// search can evaluate rows fast and the planner still gets a full explanation.
import { dayLabel, hoursText, isWeekendDay, shiftInterval, weekIndex } from './time.js';
import type { Employee, RosterModel, RuleId, ShiftType } from './types.js';

export type Sink = (rule: RuleId, day: number | null, size: number, message: () => string) => void;

export interface ModelIndex {
  shift: Map<string, ShiftType>;
  weekend: boolean[];
  week: number[];
}

export function indexModel(model: RosterModel): ModelIndex {
  const days = Array.from({ length: model.days }, (_, d) => d);
  return {
    shift: new Map(model.shifts.map((s) => [s.id, s])),
    weekend: days.map((d) => isWeekendDay(model.startDate, d)),
    week: days.map((d) => weekIndex(model.startDate, d)),
  };
}

function blocks(cells: (string | null)[], offset: number): { working: boolean; from: number; to: number }[] {
  const out: { working: boolean; from: number; to: number }[] = [];
  let i = 0;
  while (i < cells.length) {
    const working = cells[i] !== null;
    let j = i;
    while (j < cells.length && (cells[j] !== null) === working) j++;
    out.push({ working, from: i - offset, to: j - 1 - offset });
    i = j;
  }
  return out;
}

export function checkEmployee(
  model: RosterModel,
  ix: ModelIndex,
  emp: Employee,
  row: (string | null)[],
  add: Sink,
): void {
  const ag = model.agreement;
  const H = model.days;
  const label = (d: number): string => (d < 0 ? `${-d} dag(e) før perioden` : dayLabel(model.startDate, d));
  const name = (id: string): string => ix.shift.get(id)?.name ?? id;
  const history = emp.history ?? [];
  const cells = [...history, ...row];
  const off = history.length;
  const blocked = new Set([...emp.fixedDaysOff, ...emp.absences]);
  const skills = new Set(emp.skills);
  const perType = new Map<string, number>();
  let minutes = 0;
  for (let d = 0; d < H; d++) {
    const s = row[d];
    if (!s) continue;
    const st = ix.shift.get(s);
    if (!st) {
      add('availability', d, 1, () => `Ukendt vagttype "${s}" ${label(d)}.`);
      continue;
    }
    minutes += st.paidMinutes;
    perType.set(s, (perType.get(s) ?? 0) + 1);
    if (blocked.has(d)) {
      const why = emp.absences.includes(d) ? 'er fraværende' : 'har en fast fridag';
      add('availability', d, 1, () => `${emp.name} ${why} ${label(d)}, men har vagten ${st.name}.`);
    }
    const missing = st.requiredSkills.filter((k) => !skills.has(k));
    if (missing.length > 0)
      add(
        'skill',
        d,
        missing.length,
        () => `${emp.name} mangler kompetencen ${missing.join(', ')} til vagten ${st.name} ${label(d)}.`,
      );
  }
  // Daily rest and forbidden sequences, across the boundary to the previous period.
  let prev: { day: number; end: number; id: string } | null = null;
  const works: { day: number; start: number; end: number }[] = [];
  for (let i = 0; i < cells.length; i++) {
    const s = cells[i];
    const st = s ? ix.shift.get(s) : undefined;
    if (!s || !st) continue;
    const d = i - off;
    const [start, end] = shiftInterval(st, d);
    if (prev) {
      const gap = start - prev.end;
      const p = prev;
      if (d >= 0 && gap < ag.restHours * 60) {
        add(
          'rest',
          d,
          Math.ceil((ag.restHours * 60 - gap) / 60),
          () =>
            `Kun ${hoursText(Math.max(0, gap))} timers hvile mellem ${name(p.id)} ${label(p.day)} og ${st.name} ${label(d)} (mindst ${ag.restHours} timer).`,
        );
      }
      if (d >= 0 && p.day === d - 1 && ag.forbiddenSequences.some(([a, b]) => a === p.id && b === s)) {
        add('forbiddenSequence', d, 1, () => `${st.name} ${label(d)} må ikke følge ${name(p.id)} dagen før.`);
      }
    }
    prev = { day: d, end, id: s };
    works.push({ day: d, start, end });
  }
  // Weekly rest: a rest period of at least weeklyRestHours with at most N working days between two of them.
  let sinceRest: number[] = [];
  for (let k = 0; k < works.length; k++) {
    const w = works[k]!;
    const gapBefore = k === 0 ? Infinity : w.start - works[k - 1]!.end;
    if (gapBefore >= ag.weeklyRestHours * 60) sinceRest = [];
    if (sinceRest[sinceRest.length - 1] !== w.day) sinceRest.push(w.day);
    if (sinceRest.length === ag.maxDaysBetweenWeeklyRest + 1 && w.day >= 0) {
      const first = sinceRest[0]!;
      add(
        'weeklyRest',
        w.day,
        1,
        () =>
          `${emp.name} arbejder ${label(w.day)} uden ugentligt hvil på ${ag.weeklyRestHours} timer siden ${label(first)} (højst ${ag.maxDaysBetweenWeeklyRest} dage mellem hviledøgn).`,
      );
    }
  }
  // 48 hours a week on average over the reference period (sliding windows when the period is longer).
  const win = Math.min(H, ag.referenceWeeks * 7);
  for (let a = 0; a + win <= H; a += Math.max(1, H - win)) {
    let mins = 0;
    for (let d = a; d < a + win; d++) {
      const st = row[d] ? ix.shift.get(row[d]!) : undefined;
      if (st) mins += st.paidMinutes;
    }
    const avg = mins / (win / 7);
    if (avg > ag.maxAvgWeeklyHours * 60) {
      add(
        'avgWeeklyHours',
        a,
        Math.ceil((avg - ag.maxAvgWeeklyHours * 60) / 60),
        () =>
          `${emp.name} har i gennemsnit ${hoursText(Math.round(avg))} timer om ugen fra ${label(a)} (højst ${ag.maxAvgWeeklyHours}).`,
      );
    }
    if (a + win >= H) break;
  }
  // Consecutive working days and days off (blocks touching the end of the period are not yet complete).
  for (const b of blocks(cells, off)) {
    const len = b.to - b.from + 1;
    if (b.to < 0) continue;
    const complete = b.to < H - 1;
    const started = b.from > -off;
    if (b.working) {
      if (len > ag.maxConsecutiveDays)
        add(
          'maxConsecutive',
          Math.max(0, b.from),
          len - ag.maxConsecutiveDays,
          () =>
            `${emp.name} arbejder ${len} dage i træk fra ${label(b.from)} (højst ${ag.maxConsecutiveDays}).`,
        );
      if (complete && started && len < ag.minConsecutiveDays)
        add(
          'minConsecutive',
          Math.max(0, b.from),
          ag.minConsecutiveDays - len,
          () =>
            `${emp.name} arbejder kun ${len} dag(e) i træk fra ${label(b.from)} (mindst ${ag.minConsecutiveDays}).`,
        );
    } else if (complete && started && len < ag.minConsecutiveDaysOff) {
      add(
        'minDaysOff',
        Math.max(0, b.from),
        ag.minConsecutiveDaysOff - len,
        () =>
          `${emp.name} har kun ${len} fridag(e) i træk fra ${label(b.from)} (mindst ${ag.minConsecutiveDaysOff}).`,
      );
    }
  }
  const weekends = new Set<number>();
  for (let d = 0; d < H; d++) if (row[d] && ix.weekend[d]) weekends.add(ix.week[d]!);
  if (weekends.size > ag.maxWeekends)
    add(
      'maxWeekends',
      null,
      weekends.size - ag.maxWeekends,
      () => `${emp.name} arbejder ${weekends.size} weekender (højst ${ag.maxWeekends}).`,
    );
  for (const [s, n] of perType) {
    const cap = emp.maxShiftsPerType?.[s] ?? ag.maxShiftsPerType[s];
    if (cap !== undefined && n > cap)
      add('maxShiftsPerType', null, n - cap, () => `${emp.name} har ${n} ${name(s)}-vagter (højst ${cap}).`);
  }
  if (minutes > emp.maxMinutes)
    add(
      'contractMinutes',
      null,
      Math.ceil((minutes - emp.maxMinutes) / 60),
      () =>
        `${emp.name} er planlagt ${hoursText(minutes)} timer, mere end kontraktens ${hoursText(emp.maxMinutes)}.`,
    );
  if (minutes < emp.minMinutes)
    add(
      'contractMinutes',
      null,
      Math.ceil((emp.minMinutes - minutes) / 60),
      () =>
        `${emp.name} er planlagt ${hoursText(minutes)} timer, mindre end kontraktens ${hoursText(emp.minMinutes)}.`,
    );
  for (const w of emp.wishes) {
    const cell = row[w.day] ?? null;
    const hit = w.shift === null ? cell === null : cell === w.shift;
    if (hit === w.wants) continue;
    const what = w.shift === null ? 'fri' : `vagten ${name(w.shift)}`;
    const msg = w.wants
      ? `${emp.name} ønskede ${what} ${label(w.day)}.`
      : `${emp.name} ønskede ikke ${what} ${label(w.day)}.`;
    add('wish', w.day, w.weight, () => msg);
  }
}
