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

  it('takes flat numbers, capitals and OCR double spaces in the floor/side tail', () => {
    expect(addresses('Tranevej 8, 3. th., lejl. 27, 4000 Roskilde')).toEqual([
      'Tranevej 8, 3. th., lejl. 27, 4000 Roskilde',
    ]);
    expect(addresses('LUNDEGADE 4B, ST. TV.\n')).toEqual(['LUNDEGADE 4B, ST. TV.']);
    expect(addresses('Ahornvej  19,  1.  sal,  lejlighed  3\n')).toEqual([
      'Ahornvej  19,  1.  sal,  lejlighed  3',
    ]);
    expect(addresses('Bøgealle 2, 2.th')).toEqual(['Bøgealle 2, 2.th']);
  });

  it('does not read a time after the house number as a basement ("kl. 14")', () => {
    expect(addresses('Mødet holdes på Torvegade 9 kl. 14.00.')).toEqual(['Torvegade 9']);
  });

  it('reads street names in capitals with their name part', () => {
    expect(addresses('ELLEN HØRUPS VEJ 3, KL.\n')).toEqual(['ELLEN HØRUPS VEJ 3, KL.']);
    expect(addresses('Til Jon\nGL. STRANDVEJ 77\n')).toEqual(['GL. STRANDVEJ 77']);
  });

  it('reads lower-case street names only with an unmistakable ending or a postcode', () => {
    expect(addresses('mvh kaj\nsolsortevej 12a\n')).toEqual(['solsortevej 12a']);
    expect(addresses('jeg bor på sankt hans gade 4')).toEqual(['sankt hans gade 4']);
    expect(addresses('hun er i børnehaven 3 dage om ugen, vi kører motorvejen 2 gange')).toEqual([]);
    expect(addresses('vi bor på engbakken 4, 7100 vejle')).toEqual(['engbakken 4, 7100 vejle']);
  });

  it('takes the postcode line of a letter address block as a second span', () => {
    expect(addresses('Frida Holt\nSkrænten 4\n6270 Tønder\n\nVedr. din ansøgning')).toEqual([
      'Skrænten 4',
      '6270 Tønder',
    ]);
    // An unknown street word is confirmed by the postcode line alone.
    expect(addresses('Ib Dam\nKlinten 19\n3300 Frederiksværk\n')).toEqual([
      'Klinten 19',
      '3300 Frederiksværk',
    ]);
    // A number followed by a year on the next line is not a postcode block.
    expect(addresses('Erklæring 2\n2024 blev et godt år\n')).toEqual([]);
  });

  it('takes bare street nouns and "Ved ..." names', () => {
    expect(addresses('Hun bor nu Ved Stranden 5, 1. tv. og han på Bakken 3.')).toEqual([
      'Ved Stranden 5, 1. tv.',
      'Bakken 3',
    ]);
  });

  it('keeps a spaced single lower-case letter out of the house number', () => {
    expect(addresses('bor på Vestervej 5 i Aarhus')).toEqual(['Vestervej 5']);
    expect(addresses('Vestervej 5 B, 2. tv')).toEqual(['Vestervej 5 B, 2. tv']);
  });

  it('takes an unknown street name after a name and a comma or after "bor nu på"', () => {
    expect(
      addresses(
        'Klager, Peter Holm, Bakkedraget 12, har oplyst. Hun bor nu på Kastanjehøj 9 og i Toftebo 2.',
      ),
    ).toEqual(['Bakkedraget 12', 'Kastanjehøj 9']);
    expect(addresses('Mette Hansen, Afsnit 7, og Lars Bo, Stue 12, Bilag 3, Side 4, Team 4.')).toEqual([]);
  });

  it('takes the postcode and town of a form field', () => {
    expect(addresses('Postnr./by: 6100 Haderslev\nPostnr. og by: 2300 København S\nBeløb: 2300 kr.')).toEqual(
      ['6100 Haderslev', '2300 København S'],
    );
  });

  it('takes the village name before a shared village street name, also OCR-garbled', () => {
    expect(addresses('Hun bor i Bylderup Bygade 14, 6372 Bylderup-Bov.')).toEqual([
      'Bylderup Bygade 14, 6372 Bylderup-Bov',
    ]);
    expect(addresses('Ny adresse (Rø0dding Hovedgade 7).')).toEqual(['Rø0dding Hovedgade 7']);
    expect(addresses('Mødet holdes i Bygade 3.')).toEqual(['Bygade 3']);
    expect(addresses('Referat. Hovedgade 9 er solgt.')).toEqual(['Hovedgade 9']);
  });

  it('reads "borgeren på" as address context', () => {
    expect(addresses('Emne: Tilsyn – borgeren på Lyngtoppen 8')).toEqual(['Lyngtoppen 8']);
  });
});
