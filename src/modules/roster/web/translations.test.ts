// The roster pages' text: Danish and English have the same keys and the same placeholders, so nothing of one
// language shows in the other; on the set-up page no Danish text is simply the English one.
import { describe, expect, it } from 'vitest';
import { unitSetupTranslations } from './setup/translations.js';
import { rosterTranslations } from './translations.js';

type Tree = Record<string, unknown>;
const entries = (o: Tree, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? entries(v as Tree, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]],
  );
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('roster UI text', () => {
  it.each([
    ['roster', rosterTranslations],
    ['unit set-up', unitSetupTranslations],
  ])('%s: the same keys and placeholders in Danish and English', (_, tr) => {
    const da = new Map(entries(tr.da));
    const en = new Map(entries(tr.en));
    expect([...en.keys()].sort()).toEqual([...da.keys()].sort());
    for (const [key, text] of da) expect(placeholders(en.get(key)!), key).toEqual(placeholders(text));
  });

  it('has a Danish text of its own for everything on the set-up page', () => {
    const en = new Map(entries(unitSetupTranslations.en));
    const same = entries(unitSetupTranslations.da)
      .filter(([key, text]) => text && en.get(key) === text)
      .map(([key]) => key);
    // The same word in both languages.
    expect(same.sort()).toEqual(['demand.min', 'weekdayShort.5']);
  });
});
