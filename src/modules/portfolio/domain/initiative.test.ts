import { describe, expect, it } from 'vitest';
import {
  businessCaseProblems,
  hoursPerYear,
  realisedPct,
  suitabilityScore,
  summariseBusinessCase,
} from './initiative.js';

describe('automation potential', () => {
  it('is runs × minutes × saving, in hours', () => {
    expect(hoursPerYear(12_000, 20, 75)).toBe(3000);
    expect(hoursPerYear(null, 20, 75)).toBeNull();
  });

  it('scores suitability 0–100, capped when the process is not rule-based or not digital', () => {
    expect(suitabilityScore([5, 5, 5, 5, 5, 5, 5, 5, 5])).toBe(100);
    expect(suitabilityScore([1, 1, 1, 1, 1, 1, 1, 1, 1])).toBe(0);
    expect(suitabilityScore([2, 5, 5, 5, 5, 5, 5, 5, 5])).toBe(40);
    expect(suitabilityScore([5, 5, 5, 5, null, null, null, null, null])).toBeNull();
    expect(suitabilityScore([4, 4, 3, 3, 3, 5, 2, 4, 4])).toBe(64);
  });
});

describe('business case', () => {
  it('uses the expected value of each three-point estimate and finds the payback year', () => {
    const s = summariseBusinessCase([
      { year: 2028, costLow: 100, costLikely: 100, costHigh: 100, gainLow: 80, gainLikely: 80, gainHigh: 80 },
      { year: 2026, costLow: 300, costLikely: 400, costHigh: 800, gainLow: 0, gainLikely: 0, gainHigh: 0 },
      { year: 2027, costLow: 50, costLikely: 50, costHigh: 50, gainLow: 300, gainLikely: 450, gainHigh: 600 },
    ]);
    expect(s.years.map((y) => y.year)).toEqual([2026, 2027, 2028]);
    expect(s.years[0]!.cost).toBe(450);
    expect(s.paybackYear).toBeNull(); // -450 + 400 - 20 < 0
    expect(s.net).toBe(-70);
  });

  it('reports rows whose estimates are out of order or negative', () => {
    expect(
      businessCaseProblems([
        { year: 2027, costLow: 10, costLikely: 5, costHigh: 20, gainLow: -1, gainLikely: 0, gainHigh: 0 },
      ]),
    ).toEqual(['cost 2027: low ≤ likely ≤ high', 'gain 2027 is negative']);
  });
});

describe('benefits realised', () => {
  it('measures progress from baseline to goal in either direction', () => {
    expect(realisedPct(7, 1, 4)).toBe(50);
    expect(realisedPct(60, 90, 90)).toBe(100);
    expect(realisedPct(60, 90, 50)).toBe(-33);
    expect(realisedPct(5, 5, 4)).toBeNull();
  });
});
