import { describe, expect, it } from 'vitest';
import { STATUSES } from '../domain/request.js';
import { GATE_FLAGS } from '../domain/release-gate.js';
import { caseworkTranslations } from './casework-translations.js';
import { letterTranslations } from './letter-translations.js';
import { manageTranslations } from './manage-translations.js';
import { intakeTranslations } from './public-translations.js';
import { recordsTranslations } from './translations.js';

function keys(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('records UI text', () => {
  it('has the same keys in Danish and English, and a name for every status', () => {
    expect(keys(recordsTranslations.en).sort()).toEqual(keys(recordsTranslations.da).sort());
    for (const s of STATUSES) expect(recordsTranslations.da.statuses[s]).toBeTruthy();
  });

  it('has the same keys in Danish and English for the public form and the letter editor', () => {
    expect(keys(intakeTranslations.en).sort()).toEqual(keys(intakeTranslations.da).sort());
    expect(keys(letterTranslations.en).sort()).toEqual(keys(letterTranslations.da).sort());
    expect(keys(caseworkTranslations.en).sort()).toEqual(keys(caseworkTranslations.da).sort());
  });

  it('has the same keys in Danish and English for document actions, markers and case context', () => {
    expect(keys(manageTranslations.en).sort()).toEqual(keys(manageTranslations.da).sort());
    for (const f of GATE_FLAGS) expect(keys(manageTranslations.da.flags).join(' ')).toContain(f);
  });
});
