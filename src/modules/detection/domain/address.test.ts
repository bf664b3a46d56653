import { describe, expect, it } from 'vitest';
import { findAddresses } from './address.js';

const addresses = (text: string) => findAddresses(text).map((c) => text.slice(c.start, c.end));

describe('address recognizer', () => {
  it('takes street, number, letter, floor/side and postcode + town', () => {
    expect(addresses('Vestergade 40B, st. tv., 3400 Hillerød\nTlf')).toEqual([
      'Vestergade 40B, st. tv., 3400 Hillerød',
    ]);
    expect(addresses('bor på Parkvej 51C, 3. tv., 8800 Viborg')).toEqual([
      'Parkvej 51C, 3. tv., 8800 Viborg',
    ]);
    expect(addresses('Egevej 62, 8000 Aarhus C\nTlf')).toEqual(['Egevej 62, 8000 Aarhus C']);
    expect(addresses('Kirkevej 13-15, 4. mf, 7400 Herning.')).toEqual([
      'Kirkevej 13-15, 4. mf, 7400 Herning',
    ]);
  });

  it('knows Danish street endings and multi-word street names', () => {
    expect(
      addresses('Bøgevænget 15 og Lindealle 119C og Toftebakken 3 og Gammel Kongevej 12, 2. th.'),
    ).toEqual(['Bøgevænget 15', 'Lindealle 119C', 'Toftebakken 3', 'Gammel Kongevej 12, 2. th.']);
  });

  it('treats streets named after people as addresses', () => {
    expect(addresses('Ejendom: H.C. Andersens Vej 63, 8800 Viborg, matr.nr. 11b')).toEqual([
      'H.C. Andersens Vej 63, 8800 Viborg',
    ]);
    expect(addresses('Niels Bohrs Allé 3')).toEqual(['Niels Bohrs Allé 3']);
  });

  it('needs more evidence for weak endings and unknown names', () => {
    expect(addresses('Erklæring 2 blev sendt. Indgang 3 er lukket. Bilag 4 vedlagt.')).toEqual([]);
    expect(addresses('Rosenlund 5, 1. th.')).toEqual(['Rosenlund 5, 1. th.']);
    expect(addresses('Strøget 12, 1160 København K')).toEqual(['Strøget 12, 1160 København K']);
    expect(addresses('Han bor på Nyhavn 17')).toEqual(['Nyhavn 17']);
  });

  it('ignores paragraphs, meeting rooms and counts', () => {
    expect(addresses('servicelovens § 41, mødelokale 9, Sagsbunken er faldet til 66 sager')).toEqual([]);
  });
});
