// Regression floor on the independent held-out corpus (test/corpus/pii-holdout.jsonl): runs detect() in-process
// and scores it with the rules of the shared scorer (see corpus-score.ts).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus, score } from './corpus-score.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../../../test/corpus/pii-holdout.jsonl');

// Floors a little below the measured figures (see docs/modules/detection.md): a regression fails the suite.
const FLOORS: Record<string, number> = {
  ACCOUNT: 99,
  ADDRESS: 98.4,
  CPR: 99,
  EMAIL: 99,
  HEALTH: 99,
  PERSON: 99,
  PHONE: 99,
};

describe('held-out corpus regression floor', () => {
  const result = score(loadCorpus(CORPUS));

  it('keeps recall per label above its floor', () => {
    for (const [label, floor] of Object.entries(FLOORS)) {
      expect({ label, recall: result.perLabel[label] ?? 0 }).toEqual({
        label,
        recall: expect.toSatisfy((v: number) => v >= floor) as unknown,
      });
    }
    expect(result.overall).toBeGreaterThanOrEqual(99.3);
  });

  it('keeps the wrongly redacted share low', () => {
    expect(result.wrongPct).toBeLessThanOrEqual(0.2);
  });

  it('keeps span precision high', () => {
    expect(result.precision).toBeGreaterThanOrEqual(99);
  });
});
