import { describe, expect, it } from 'vitest';
import { ColumnGenerator } from './colgen.js';
import { dive } from './dive.js';
import { parseNrpInstance } from './instance.js';
import { compileNrp, evaluateNrp } from './model.js';
import { TINY } from './tiny.test-helpers.js';

// A second small instance where the LP is fractional: four staff, one shift, two people wanted every day but
// at most four shifts each, so rows must interlock.
const INTERLOCK = `SECTION_HORIZON
7

SECTION_SHIFTS
D,480,

SECTION_STAFF
A,D=4,1920,0,4,1,1,1
B,D=4,1920,0,4,1,1,1
C,D=4,1920,0,4,1,1,1
D,D=4,1920,0,4,1,1,1

SECTION_SHIFT_OFF_REQUESTS
A,0,D,3
B,2,D,2
C,4,D,3
D,6,D,1

SECTION_COVER
0,D,2,100,1
1,D,2,100,1
2,D,2,100,1
3,D,2,100,1
4,D,2,100,1
5,D,2,100,1
6,D,2,100,1
`;

async function converged(text: string): Promise<ColumnGenerator> {
  const cg = await ColumnGenerator.create(compileNrp(parseNrpInstance(text)));
  const deadline = Date.now() + 20_000;
  while (!cg.converged) expect(cg.price(deadline, 40)).toBe(true);
  return cg;
}

describe('price-and-dive over the column-generation master', () => {
  for (const [name, text] of [
    ['tiny', TINY],
    ['interlocking rows', INTERLOCK],
  ] as const) {
    it(`returns a feasible roster no better than the LP bound and restores the master (${name})`, async () => {
      const cg = await converged(text);
      const bound = cg.lowerBound;
      const before = cg.model.getObjectiveValue();
      for (const backtracks of [0, 3]) {
        const roster = dive(cg, Date.now() + 20_000, { backtracks });
        expect(roster).not.toBeNull();
        const ev = evaluateNrp(cg.m, roster!);
        expect(ev.violations).toEqual([]);
        expect(ev.objective).toBeGreaterThanOrEqual(Math.ceil(bound - 1e-6));
      }
      // Fixed and banned rows are released: the LP solves back to its value before the dive.
      cg.runUntil(Date.now() + 10_000);
      expect(cg.model.getObjectiveValue()).toBeCloseTo(before, 6);
      cg.dispose();
    });
  }

  it('gives up (null) when the deadline has passed instead of returning a partial roster', async () => {
    const cg = await converged(INTERLOCK);
    expect(dive(cg, Date.now() - 1)).toBeNull();
    cg.dispose();
  });
});
