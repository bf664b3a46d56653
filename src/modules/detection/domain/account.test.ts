import { describe, expect, it } from 'vitest';
import { findAccounts, ibanValid } from './account.js';

const accounts = (text: string) =>
  findAccounts(text)
    .filter((c) => c.confidence >= 0.5)
    .map((c) => text.slice(c.start, c.end));

describe('bank account recognizer', () => {
  it('covers the whole phrase in the usual phrasings', () => {
    expect(accounts('Udbetales til Reg. 3506 konto 8662555270')).toContain('Reg. 3506 konto 8662555270');
    expect(accounts('til reg.nr. 3568 - 9616925123')).toContain('reg.nr. 3568 - 9616925123');
    expect(accounts('til 3570 kontonr. 1760981342')).toContain('3570 kontonr. 1760981342');
    expect(accounts('Reg.nr.: 1234, kontonr.: 12345678')).toContain('Reg.nr.: 1234, kontonr.: 12345678');
    expect(accounts('Kontonr.: 1234-0001234567')).toContain('Kontonr.: 1234-0001234567');
    expect(accounts('Udbetales til 2588 - 1977382134')).toContain('2588 - 1977382134');
  });

  it('finds Danish IBANs and checks mod-97', () => {
    expect(ibanValid('DK50 0040 0440 1162 43')).toBe(true);
    expect(ibanValid('DK51 0040 0440 1162 43')).toBe(false);
    expect(accounts('IBAN: DK5000400440116243')).toEqual(['DK5000400440116243']);
  });

  it('does not take year ranges or case numbers for accounts', () => {
    expect(accounts('Perioden 2019-2024 og sagsnr. 2024-123456')).toEqual([]);
    expect(accounts('Sagsnr.: 5500-1234567, fakturanr. 4411-99887766')).toEqual([]);
  });

  it('takes accounts and IBANs with blanks doubled by OCR', () => {
    expect(accounts('Udbetales  til  2588  -  1977382134')).toEqual(['2588  -  1977382134']);
    expect(accounts('Reg.nr.  9280  kontonr.  5129167532')).toContain('Reg.nr.  9280  kontonr.  5129167532');
    expect(accounts('IBAN  DK50  0040  0440  1162  43')).toEqual(['DK50  0040  0440  1162  43']);
  });
});
