import { describe, expect, it } from 'vitest';
import { complaintDeadlines, delayComplaintAllowed, expectedAppealDecision } from './complaints.js';
import { formatHours, isValidTimeEntry, timeStatus, totalMinutes } from './time-tracking.js';

describe('time tracking (OFL § 9, stk. 2, nr. 1)', () => {
  it('warns near 25 hours and flags going over', () => {
    expect(timeStatus(totalMinutes([{ minutes: 600, activity: 'Gennemgang' }]))).toBe('ok');
    expect(timeStatus(20 * 60)).toBe('approaching_limit');
    expect(timeStatus(25 * 60)).toBe('approaching_limit');
    expect(timeStatus(25 * 60 + 1)).toBe('over_limit');
  });

  it('validates entries and formats hours', () => {
    expect(isValidTimeEntry({ minutes: 30, activity: 'Høring' })).toBe(true);
    expect(isValidTimeEntry({ minutes: 0, activity: 'Høring' })).toBe(false);
    expect(isValidTimeEntry({ minutes: 1.5, activity: 'Høring' })).toBe(false);
    expect(isValidTimeEntry({ minutes: 30, activity: ' ' })).toBe(false);
    expect(formatHours(90)).toBe('1 t 30 min');
    expect(formatHours(120)).toBe('2 t');
  });
});

describe('complaints', () => {
  it('gives the forward deadline of a complaint (OFL § 37, stk. 2)', () => {
    expect(complaintDeadlines('decision', '2026-12-21')).toEqual({
      kind: 'decision',
      received: '2026-12-21',
      forwardDue: '2027-01-05',
    });
    expect(expectedAppealDecision('2027-01-05')).toBe('2027-02-02');
  });

  it('allows a delay complaint only after 14 working days without a decision (OFL § 39)', () => {
    expect(delayComplaintAllowed('2026-11-23', '2026-12-11', false)).toEqual({
      allowed: false,
      from: '2026-12-11',
    });
    expect(delayComplaintAllowed('2026-11-23', '2026-12-12', false).allowed).toBe(true);
    expect(delayComplaintAllowed('2026-11-23', '2026-12-20', true).allowed).toBe(false);
  });
});
