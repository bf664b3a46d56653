import { describe, expect, it } from 'vitest';
import { modelTokens, tokenFeatures } from './features.js';
import { deserialiseWeights, emissions, Scorer, serialiseWeights, tagPersons } from './model.js';
import { PERSON_MODEL_WEIGHTS } from './weights.js';

const weights = deserialiseWeights(PERSON_MODEL_WEIGHTS);
const TEXT =
  'Samtale med Oleksandr Kovalchuk den 3. marts.\nHan oplyste, at Kovalchuk bor hos sin bror. H. C. Andersen og P. E. Pedersen!';

describe('person sequence model', () => {
  it('computes the same emission scores through its per-word caches as from the explicit features', () => {
    const toks = modelTokens(TEXT);
    const slow = emissions(weights, tokenFeatures(TEXT, toks), toks.count);
    const fast = new Scorer(weights).emissions(TEXT, toks);
    expect(fast.length).toBe(slow.length);
    for (let i = 0; i < slow.length; i++) expect(fast[i]).toBeCloseTo(slow[i] as number, 3);
  });

  it('round-trips its weights through the compact serialisation', () => {
    const again = deserialiseWeights(serialiseWeights(weights, 0));
    expect(Array.from(again.trans)).toEqual(Array.from(weights.trans));
    let diff = 0;
    for (let i = 0; i < weights.emit.length; i += 97)
      diff = Math.max(diff, Math.abs((again.emit[i] as number) - (weights.emit[i] as number)));
    expect(diff).toBeLessThan(0.01);
  });

  it('finds an unlisted name in context and returns token-aligned spans', () => {
    const spans = tagPersons(new Scorer(weights), TEXT).map((s) => TEXT.slice(s.start, s.end));
    expect(spans).toContain('Oleksandr Kovalchuk');
    for (const s of spans) expect(s).toBe(s.trim());
  });

  it('copes with empty and symbol-only input', () => {
    const scorer = new Scorer(weights);
    expect(tagPersons(scorer, '')).toEqual([]);
    expect(tagPersons(scorer, '.,;:!? 123 4567 –')).toEqual([]);
  });
});
