import { describe, expect, it } from 'vitest';
import {
  appealBodyDecisionDue,
  combinedDeadlines,
  complaintForwardDue,
  computeDeadlines,
  deadlineStatus,
  workingDaysUsed,
} from './deadlines.js';

const due = (law: 'ofl' | 'fvl' | 'mol', received: string, largeOrComplex = false) =>
  computeDeadlines(law, received, { largeOrComplex }).decisionDue;

describe('OFL/FVL: the 7th working day after receipt', () => {
  it('counts a plain week', () => {
    expect(due('ofl', '2026-11-23')).toBe('2026-12-02'); // Monday → Wednesday next week
    expect(due('fvl', '2026-11-23')).toBe('2026-12-02');
  });

  it('skips weekends, and a receipt on a weekend counts from Monday', () => {
    expect(due('ofl', '2026-11-27')).toBe('2026-12-08'); // Friday
    expect(due('ofl', '2026-11-28')).toBe('2026-12-08'); // Saturday
    expect(due('ofl', '2026-11-29')).toBe('2026-12-08'); // Sunday
  });

  it('handles Easter: receipt the Wednesday before, and on Langfredag', () => {
    expect(due('ofl', '2026-04-01')).toBe('2026-04-15');
    expect(due('ofl', '2026-04-03')).toBe('2026-04-15');
    const d = computeDeadlines('ofl', '2026-04-01');
    expect(d.holidaysInPeriod.map((h) => h.name)).toEqual([
      'Skærtorsdag',
      'Langfredag',
      'Påskedag',
      '2. påskedag',
    ]);
  });

  it('handles Kristi himmelfartsdag (the Friday after is a working day)', () => {
    expect(due('ofl', '2026-05-11')).toBe('2026-05-21');
  });

  it('handles Whitsun and counts Grundlovsdag as a working day', () => {
    expect(due('ofl', '2026-05-22')).toBe('2026-06-03');
    expect(due('ofl', '2026-06-01')).toBe('2026-06-10');
  });

  it('handles Christmas and New Year (24 and 31 December are days off)', () => {
    expect(due('ofl', '2026-12-23')).toBe('2027-01-07');
    expect(due('ofl', '2025-12-31')).toBe('2026-01-12'); // receipt on nytårsaftensdag
    expect(due('ofl', '2024-12-20')).toBe('2025-01-07');
  });

  it('counts store bededag in 2023 but not in 2024', () => {
    expect(due('ofl', '2023-05-01')).toBe('2023-05-11');
    expect(due('ofl', '2024-04-22')).toBe('2024-05-01');
  });

  it('gives the fristbrev dates and the OFL §39 delay complaint date', () => {
    const d = computeDeadlines('ofl', '2026-11-23');
    expect(d.workingDays).toBe(7);
    expect(d.fristbrevDue).toBe('2026-12-02');
    expect(d.fristbrevReminder).toBe('2026-11-30');
    expect(d.delayComplaintPossibleAfter).toBe('2026-12-11');
    expect(computeDeadlines('fvl', '2026-11-23').delayComplaintPossibleAfter).toBeNull();
  });
});

describe('MOL: one calendar month, clamped', () => {
  it('adds one month and clamps to the last day', () => {
    expect(due('mol', '2026-11-23')).toBe('2026-12-23');
    expect(due('mol', '2025-01-31')).toBe('2025-02-28');
    expect(due('mol', '2024-01-31')).toBe('2024-02-29');
    expect(due('mol', '2026-03-31')).toBe('2026-04-30');
    expect(due('mol', '2025-12-15')).toBe('2026-01-15');
  });

  it('gives two months for large or complex requests, with notice within the first month', () => {
    const d = computeDeadlines('mol', '2025-12-31', { largeOrComplex: true });
    expect(d.decisionDue).toBe('2026-02-28');
    expect(d.fristbrevDue).toBe('2026-01-31');
    expect(d.workingDays).toBeNull();
  });
});

describe('several laws: the most favourable deadline governs', () => {
  it('picks the earliest decision date', () => {
    const c = combinedDeadlines(['mol', 'ofl'], '2026-11-23');
    expect(c.governingLaw).toBe('ofl');
    expect(c.governing.decisionDue).toBe('2026-12-02');
    expect(c.perLaw.map((d) => d.law)).toEqual(['ofl', 'mol']);
  });

  it('prefers OFL over FVL on a tie and rejects an empty list', () => {
    expect(combinedDeadlines(['fvl', 'ofl'], '2026-11-23').governingLaw).toBe('ofl');
    expect(() => combinedDeadlines([], '2026-11-23')).toThrow(RangeError);
  });

  it('keeps OFL governing across the Christmas closure (7 working days still end before a month)', () => {
    // 7 working days from 2026-12-23 end on 2027-01-07; one month is 2027-01-23, so OFL still governs.
    expect(combinedDeadlines(['mol', 'ofl'], '2026-12-23').governingLaw).toBe('ofl');
  });
});

describe('complaints and days used', () => {
  it('forwards an upheld complaint within 7 working days and expects the appeal body in 20', () => {
    expect(complaintForwardDue('2026-12-21')).toBe('2027-01-05');
    expect(appealBodyDecisionDue('2026-11-02')).toBe('2026-11-30');
  });

  it('counts working days used from receipt to decision', () => {
    expect(workingDaysUsed('2026-11-23', '2026-11-24')).toBe(1);
    expect(workingDaysUsed('2026-11-23', '2026-11-23')).toBe(0);
    expect(workingDaysUsed('2026-12-23', '2027-01-07')).toBe(7);
  });
});

describe('deadline status', () => {
  const d = computeDeadlines('ofl', '2026-11-23');
  const open = { decided: false, fristbrevSent: false };

  it('moves from ok to fristbrev_needed, due_today and overdue', () => {
    expect(deadlineStatus(d, open, '2026-11-24')).toBe('ok');
    expect(deadlineStatus(d, open, '2026-11-30')).toBe('fristbrev_needed');
    expect(deadlineStatus(d, open, '2026-12-02')).toBe('due_today');
    expect(deadlineStatus(d, open, '2026-12-03')).toBe('overdue');
  });

  it('uses the promised date after a fristbrev and is done when decided', () => {
    const sent = { decided: false, fristbrevSent: true, expectedDecisionDate: '2026-12-10' };
    expect(deadlineStatus(d, sent, '2026-12-09')).toBe('extended');
    expect(deadlineStatus(d, sent, '2026-12-11')).toBe('overdue');
    expect(deadlineStatus(d, { decided: true, fristbrevSent: false }, '2027-01-01')).toBe('done');
  });
});
