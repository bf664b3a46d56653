// Runs the engine on our own documents and checks what the contract cares about: every item that must be
// redacted is covered (≥ 99 % of its non-space characters, all occurrences) and every readable item is not
// (≤ 50 %), the same rule as the scorer.
import { describe, expect, it } from 'vitest';
import { detect } from '../index.js';
import { DOCUMENTS_A, type TTestDocument } from './documents-a.js';
import { DOCUMENTS_B } from './documents-b.js';
import { DOCUMENTS_C } from './documents-c.js';
import { DOCUMENTS_D } from './documents-d.js';
import { DOCUMENTS_E } from './documents-e.js';
import { DOCUMENTS_F } from './documents-f.js';
import { DOCUMENTS_G } from './documents-g.js';

function coverage(doc: TTestDocument): { leaks: string[]; over: string[] } {
  const text = doc.input.text;
  const { spans } = detect(doc.input);
  const cover = new Uint8Array(text.length);
  for (const s of spans) cover.fill(1, s.start, s.end);
  const fractions = (needle: string): number[] => {
    const out: number[] = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
      let n = 0;
      let c = 0;
      for (let k = i; k < i + needle.length; k++) {
        if (/\s/.test(text[k] ?? '')) continue;
        n++;
        c += cover[k] ?? 0;
      }
      out.push(n ? c / n : 1);
    }
    return out;
  };
  const leaks = doc.redact.filter((s) => {
    const f = fractions(s);
    return f.length === 0 || f.some((x) => x < 0.99);
  });
  const over = doc.readable.filter((s) => fractions(s).some((x) => x > 0.5));
  return { leaks, over };
}

describe('own test documents', () => {
  for (const doc of [
    ...DOCUMENTS_A,
    ...DOCUMENTS_B,
    ...DOCUMENTS_C,
    ...DOCUMENTS_D,
    ...DOCUMENTS_E,
    ...DOCUMENTS_F,
    ...DOCUMENTS_G,
  ]) {
    it(doc.name, () => {
      for (const s of [...doc.redact, ...doc.readable])
        expect(doc.input.text, `fixture lacks "${s}"`).toContain(s);
      expect(coverage(doc)).toEqual({ leaks: [], over: [] });
    });
  }
});
