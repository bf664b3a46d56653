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

  it('takes IBANs of every country by length and check digits, with a bank word for a failing check', () => {
    expect(accounts('Konto i Tyskland: DE89 3704 0044 0532 0130 00')).toEqual([
      'DE89 3704 0044 0532 0130 00',
    ]);
    expect(accounts('NO93 8601 1117 947 er hans norske konto')).toEqual(['NO93 8601 1117 947']);
    // Check digits fail: only with a bank word before it.
    expect(accounts('Bank: PL11 1111 2222 3333 4444 5555 6666')).toEqual([
      'PL11 1111 2222 3333 4444 5555 6666',
    ]);
    expect(accounts('Varenr. PL11 1111 2222 3333 4444 5555 6666')).toEqual([]);
    // Wrong length for the country is no IBAN.
    expect(accounts('Bank: SE45 5000 0000 0583 9825')).toEqual([]);
  });

  it('takes "reg. og kontonr." with four digits that could be a postcode', () => {
    expect(accounts('Udbetaling: reg.- og kontonr. 7400 0012345678')).toEqual([
      'reg.- og kontonr. 7400 0012345678',
    ]);
    expect(accounts('Reg.nr./kontonr.:    2200 8812345')).toEqual(['Reg.nr./kontonr.:    2200 8812345']);
    expect(accounts('Adresse: 7400 Herning, tlf. 12345678')).toEqual([]);
  });

  it('takes a lower-case IBAN only when its check digits hold', () => {
    expect(accounts('min konto er de89 3704 0044 0532 0130 00')).toEqual(['de89 3704 0044 0532 0130 00']);
    expect(accounts('koden er ab12 3456 7890 1234 56')).toEqual([]);
  });
});
