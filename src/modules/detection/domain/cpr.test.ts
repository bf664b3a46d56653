import { describe, expect, it } from 'vitest';
import { cprCentury, cprDateValid, cprModulus11, findCpr } from './cpr.js';

const texts = (text: string, role = 'private') =>
  findCpr(text)
    .filter((c) => c.role === role)
    .map((c) => text.slice(c.start, c.end));

describe('CPR recognizer', () => {
  it('finds dash, space and bare formats', () => {
    expect(texts('cpr 090491-3944, cpr.nr. 171180 2289 og personnummer 1508350445')).toEqual([
      '090491-3944',
      '171180 2289',
      '1508350445',
    ]);
  });

  it('finds a dash with spaces and a non-breaking hyphen', () => {
    expect(texts('CPR: 010180 - 1234 og 020280\u20111234')).toEqual(['010180 - 1234', '020280\u20111234']);
  });

  it('applies the century rule from the 7th digit', () => {
    expect(cprCentury(35, 0)).toBe(1935);
    expect(cprCentury(13, 9)).toBe(2013);
    expect(cprCentury(37, 4)).toBe(1937);
    expect(cprCentury(20, 5)).toBe(2020);
    expect(cprCentury(80, 6)).toBe(1880);
  });

  it('rejects impossible dates but accepts 29 February in leap years only', () => {
    expect(cprDateValid('3102801234')).toBe(false);
    expect(cprDateValid('0113801234')).toBe(false);
    expect(cprDateValid('2902000000')).toBe(false); // 7th digit 0 → 1900, not a leap year
    expect(cprDateValid('2902004000')).toBe(true); // 7th digit 4, yy 00 → 2000, a leap year
    expect(cprDateValid('2902014000')).toBe(false);
    expect(findCpr('cpr 310280-1234')).toEqual([]);
  });

  it('modulus 11 raises confidence but never rejects (numbers without check digit exist since 2007)', () => {
    expect(cprModulus11('0707614285')).toBe(true);
    expect(cprModulus11('0707614286')).toBe(false);
    const withCheck = findCpr('x 070761-4285 y')[0];
    const without = findCpr('x 070761-4286 y')[0];
    expect(without?.role).toBe('private');
    expect(withCheck?.confidence).toBeGreaterThan(without?.confidence ?? 1);
  });

  it('judges negative context per match, not per document', () => {
    const text = 'Bilagsnr. 280065, fakturanr. 0101251234\nModtager: Clara, cpr 090491-3944';
    expect(texts(text)).toEqual(['090491-3944']);
    expect(texts(text, 'not-personal')).toEqual(['0101251234']);
  });

  it('does not let a label jump over another number', () => {
    expect(texts('Ordrenr. 4411, 0101801234')).toEqual(['0101801234']);
    expect(texts('Faktura nr. 0101251234')).toEqual([]);
    expect(texts('Journalnr. 2301120045')).toEqual([]);
  });

  it('ignores numbers inside longer digit runs, dates and EAN numbers', () => {
    expect(texts('EAN 5790001234567 og 12.03.2024 og 01012024 og 123456789012')).toEqual([]);
  });

  it('takes CPR numbers with blanks doubled by OCR', () => {
    expect(texts('CPR:  120345  1234 og personnr. 010190  -  1239')).toEqual([
      '120345  1234',
      '010190  -  1239',
    ]);
  });
});
