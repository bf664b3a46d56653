// Both languages have exactly the same keys, so nothing of one language leaks into the other.
import { describe, expect, it } from 'vitest';
import { insightTranslations } from '../../insight/web/translations.js';
import { portfolioTranslations } from './translations.js';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('translations of management information and the portfolio', () => {
  it.each([
    ['insight', insightTranslations],
    ['portfolio', portfolioTranslations],
  ])('%s: Danish and English have the same keys and no empty text', (_, tr) => {
    expect(keys(tr.en).sort()).toEqual(keys(tr.da).sort());
    for (const lang of [tr.da, tr.en]) for (const k of keys(lang)) expect(k).toBeTruthy();
  });
});
