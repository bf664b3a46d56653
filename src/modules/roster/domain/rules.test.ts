import { describe, expect, it } from 'vitest';
import { explainViolations } from './evaluate.js';
import { employee, row, smallModel } from './fixtures.test-helpers.js';
import type { Employee, RuleId } from './types.js';

function rulesBroken(pattern: string, emp: Partial<Employee> = {}, agreement = {}): RuleId[] {
  const model = smallModel([employee('Anna', emp)], agreement, pattern.length);
  return explainViolations(model, [row(pattern)]).map((v) => v.rule);
}

function messages(pattern: string, emp: Partial<Employee> = {}, agreement = {}): string[] {
  const model = smallModel([employee('Anna', emp)], agreement, pattern.length);
  return explainViolations(model, [row(pattern)]).map((v) => v.message_da);
}

describe('11 hours daily rest, from real shift times', () => {
  it('breaks when a night shift ending 07:00 is followed by a day shift at 07:00', () => {
    expect(rulesBroken('ND............')).toContain('rest');
    expect(messages('ND............').join(' ')).toMatch(/Kun 0 timers hvile.*mindst 11 timer/);
  });
  it('breaks for an evening shift (ends 23:00) followed by a day shift (8 hours)', () => {
    expect(messages('AD............').find((m) => m.includes('hvile'))).toContain('Kun 8 timers hvile');
  });
  it('holds for day shifts on consecutive days (16 hours)', () => {
    expect(rulesBroken('DD............')).not.toContain('rest');
  });
  it('counts the last shift of the previous period', () => {
    expect(rulesBroken('D.............', { history: ['N'] })).toContain('rest');
    expect(rulesBroken('D.............', { history: ['D'] })).not.toContain('rest');
  });
});

describe('weekly rest of 35 hours, at most 6 days between', () => {
  it('breaks with 7 working days without a 35-hour rest', () => {
    expect(rulesBroken('DDDDDDD.......', {}, { maxConsecutiveDays: 10 })).toContain('weeklyRest');
  });
  it('breaks when the day off is too short to give 35 hours (night, 1 day off, day)', () => {
    // N ends 07:00 on day 4; D starts 07:00 on day 6: 48 h rest, enough. A ends 23:00 day 3, D day 5 07:00: 32 h.
    expect(rulesBroken('DDDA.DDDD.....', {}, { maxConsecutiveDays: 10 })).toContain('weeklyRest');
  });
  it('holds with a rest of two days after 5 working days', () => {
    expect(rulesBroken('DDDDD..DDDDD..')).not.toContain('weeklyRest');
  });
});

describe('48 hours a week on average', () => {
  it('breaks with long days every day', () => {
    const p = 'LLLLLL.LLLLLL.';
    expect(rulesBroken(p, { skills: ['sosu', 'sygeplejerske'] }, { maxConsecutiveDays: 7 })).toContain(
      'avgWeeklyHours',
    );
  });
  it('holds with five 8-hour shifts a week', () => {
    expect(rulesBroken('DDDDD..DDDDD..')).not.toContain('avgWeeklyHours');
  });
});

describe('consecutive days and days off', () => {
  it('max consecutive working days', () => {
    expect(rulesBroken('DDDDDDD.......', {}, { maxConsecutiveDays: 6 })).toContain('maxConsecutive');
    expect(rulesBroken('DDDDDD........', {}, { maxConsecutiveDays: 6 })).not.toContain('maxConsecutive');
  });
  it('min consecutive working days (blocks at the end of the period are exempt)', () => {
    expect(rulesBroken('..D...........', {}, { minConsecutiveDays: 2 })).toContain('minConsecutive');
    expect(rulesBroken('..DD..........', {}, { minConsecutiveDays: 2 })).not.toContain('minConsecutive');
    expect(rulesBroken('.............D', {}, { minConsecutiveDays: 2 })).not.toContain('minConsecutive');
  });
  it('min consecutive days off', () => {
    expect(rulesBroken('DD.DD.........', {}, { minConsecutiveDaysOff: 2 })).toContain('minDaysOff');
    expect(rulesBroken('DD..DD........', {}, { minConsecutiveDaysOff: 2 })).not.toContain('minDaysOff');
  });
  it('uses history for a block that continues from the previous period', () => {
    expect(
      rulesBroken('DD............', { history: ['D', 'D', 'D', 'D', 'D'] }, { maxConsecutiveDays: 6 }),
    ).toContain('maxConsecutive');
  });
});

describe('weekends, sequences, types and contract', () => {
  it('max weekends (Saturday 8 and Sunday 16 March)', () => {
    expect(rulesBroken('.....D......D.', {}, { maxWeekends: 1 })).toContain('maxWeekends');
    expect(rulesBroken('.....DD.......', {}, { maxWeekends: 1 })).not.toContain('maxWeekends');
  });
  it('forbidden shift sequence', () => {
    const ag = { forbiddenSequences: [['A', 'D']] as [string, string][] };
    expect(rulesBroken('AD............', {}, ag)).toContain('forbiddenSequence');
    expect(rulesBroken('DA............', {}, ag)).not.toContain('forbiddenSequence');
  });
  it('max shifts per type (agreement and employee override)', () => {
    expect(rulesBroken('NN............', {}, { maxShiftsPerType: { N: 1 } })).toContain('maxShiftsPerType');
    expect(
      rulesBroken('NN............', { maxShiftsPerType: { N: 2 } }, { maxShiftsPerType: { N: 1 } }),
    ).not.toContain('maxShiftsPerType');
  });
  it('total minutes within the contract', () => {
    expect(rulesBroken('D.............', { minMinutes: 960 })).toContain('contractMinutes');
    expect(rulesBroken('DDDDD.........', { maxMinutes: 1920 })).toContain('contractMinutes');
    expect(rulesBroken('DD............', { minMinutes: 960, maxMinutes: 960 })).not.toContain(
      'contractMinutes',
    );
  });
});

describe('availability, skills and wishes', () => {
  it('no shift on an absence or a fixed day off', () => {
    expect(rulesBroken('D.............', { absences: [0] })).toContain('availability');
    expect(messages('D.............', { fixedDaysOff: [0] }).join(' ')).toContain('fast fridag');
    expect(rulesBroken('.D............', { absences: [0] })).not.toContain('availability');
  });
  it('shift requires a skill the employee lacks', () => {
    expect(messages('L.............').join(' ')).toContain('mangler kompetencen sygeplejerske');
    expect(rulesBroken('L.............', { skills: ['sosu', 'sygeplejerske'] })).not.toContain('skill');
  });
  it('wishes cost their weight when not honoured', () => {
    const wishes = [{ day: 0, shift: null, wants: true, weight: 3 }];
    const model = smallModel([employee('Anna', { wishes })]);
    const v = explainViolations(model, [row('D.............')]).filter((x) => x.rule === 'wish');
    expect(v).toHaveLength(1);
    expect(v[0]?.penalty).toBe(3);
    expect(v[0]?.message_da).toContain('ønskede fri');
    expect(explainViolations(model, [row('.D............')]).some((x) => x.rule === 'wish')).toBe(false);
  });
});
