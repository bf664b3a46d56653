import { describe, expect, it } from 'vitest';
import da from './da.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

function flatten(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (!value || typeof value !== 'object') return [[prefix, '']];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    flatten(child, prefix ? `${prefix}.${key}` : key),
  );
}

const keys = (value: unknown) => flatten(value).map(([key]) => key);
const leaves = (value: unknown) => flatten(value).map(([, text]) => text);

describe('translations', () => {
  it('have the same keys in Danish and English', () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
    const daFlat = Object.fromEntries(flatten(da));
    const enFlat = Object.fromEntries(flatten(en));
    for (const key of Object.keys(daFlat)) {
      expect(vars(enFlat[key] ?? ''), key).toEqual(vars(daFlat[key] ?? ''));
    }
  });

  it('have no empty texts', () => {
    expect([...leaves(da), ...leaves(en)].filter((text) => text.trim() === '')).toEqual([]);
  });
});
