import { describe, expect, it } from 'vitest';
import { findPhones } from './phone.js';

const phones = (text: string) =>
  findPhones(text)
    .filter((c) => c.role === 'private')
    .map((c) => text.slice(c.start, c.end));

describe('phone recognizer', () => {
  it('finds Danish formats with and without +45/0045', () => {
    expect(phones('Tlf. 9103 1974, 45401942 / +45 77 32 44 89, 0045 28914417, (+45) 30 11 22 33')).toEqual([
      '9103 1974',
      '45401942',
      '+45 77 32 44 89',
      '0045 28914417',
      '(+45) 30 11 22 33',
    ]);
  });

  it('finds numbers without a label (recall first)', () => {
    expect(phones('kirsten@mail.dk / 27100519')).toEqual(['27100519']);
  });

  it('does not take CVR, EAN, case, invoice or order numbers', () => {
    const text = 'CVR 29384756. EAN 5798000123456. Sagsnr. 23456789. Fakturanr. 45678912. Ordrenr. 31052019.';
    expect(phones(text)).toEqual([]);
  });

  it('does not take amounts, dates, year ranges or cadastral numbers', () => {
    const text =
      'Beløb 45000000 kr. Pris: kr. 23456789. 24.500,00 kr. 12.03.2024. Perioden 2019-2024. Matr.nr. 23456789.';
    expect(phones(text)).toEqual([]);
  });

  it('does not take numbers starting with 0 or 1 without a country code', () => {
    expect(phones('løbenummer 12345678 og 01234567')).toEqual([]);
  });

  it('finds numbers split 2-2-2-2 with hyphens, glued +45 and OCR doubled blanks', () => {
    expect(phones('tlf.nr. 22-33-44-55, +4522334455, Tlf.  61  62  63  64, mobil: 4050-6070')).toEqual([
      '22-33-44-55',
      '+4522334455',
      '61  62  63  64',
      '4050-6070',
    ]);
  });

  it('does not take dates written with blanks', () => {
    expect(phones('Møde den 24 12 2024 og 15 06 1998, lukket 2024 12 31.')).toEqual([]);
    expect(phones('Mobil: 2012 34 56')).toEqual(['2012 34 56']);
  });

  it('takes foreign numbers in any grouping, not amounts or case numbers', () => {
    expect(phones('Polsk mobil: +48 512 334 901, svensk +46 8-123 456 78.')).toEqual([
      '+48 512 334 901',
      '+46 8-123 456 78',
    ]);
    expect(phones('Bror i Tyrkiet (+90) 532 418 22 19 og i Berlin +49 (30) 8812345.')).toEqual([
      '(+90) 532 418 22 19',
      '+49 (30) 8812345',
    ]);
    expect(phones('Nummer i Kyiv: 00380 44 235 77 10')).toEqual(['00380 44 235 77 10']);
    expect(phones('Stigning +120 300 kr. Journalnr. 0046 2231 7781 2.')).toEqual([]);
  });
});
