import { describe, expect, it } from 'vitest';
import { ManifestError, parseManifest } from './manifest.js';

const HEADER =
  'document_title,file,case_number,case_type,case_title,case_year,case_closed,address,ejerlav,matrikel,document_date,parties,staff';

describe('archive manifest', () => {
  it('reads columns in any order with RFC 4180 quoting', () => {
    const { rows, problems } = parseManifest(
      `${HEADER}\n"Byggetilladelse, endelig",scan/0001.pdf,BYG-2011-0412,Byggetilladelse,"Tilbygning til ""enfamiliehus""",2011,ja,"Møllevej 12, 8410 Rønde","Rønde By, Rønde",12a,2011-05-03,Jens Hansen;Mette Hansen,Per Damgaard\n`,
    );
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      line: 2,
      file: 'scan/0001.pdf',
      caseType: 'byggetilladelse',
      caseTitle: 'Tilbygning til "enfamiliehus"',
      caseYear: 2011,
      caseClosed: true,
      address: 'Møllevej 12, 8410 Rønde',
      ejerlav: 'Rønde By, Rønde',
      documentTitle: 'Byggetilladelse, endelig',
      parties: ['Jens Hansen', 'Mette Hansen'],
      staff: ['Per Damgaard'],
    });
  });

  it('gives each bad line its own message and keeps the good ones', () => {
    const csv = [
      HEADER,
      'A,a.pdf,B-1,kloak,T,2010,ja,"Vej 1, 8000 Aarhus",,1a,2010-02-30,,',
      'B,b.pdf,B-1,kloak,T,2010,ja,"Vej 1, 8000 Aarhus",,1a,2010-02-03,,',
      'B again,b.pdf,B-1,kloak,T,2010,ja,"Vej 1, 8000 Aarhus",,1a,2010-02-03,,',
      'C,../etc/passwd,B-1,kloak,T,2010,ja,"Vej 1, 8000 Aarhus",,1a,,,',
      'D,d.pdf,B-1,kloak,T,20x0,måske,"Vej 1, 8000 Aarhus",,1a,,,',
      'E,e.pdf,,kloak,T,2010,ja,"Vej 1, 8000 Aarhus",,1a,,,',
      'F,f.pdf,B-2',
    ].join('\n');
    const { rows, problems } = parseManifest(csv);
    expect(rows.map((r) => r.file)).toEqual(['b.pdf']);
    expect(problems.map((p) => p.line)).toEqual([2, 4, 5, 6, 7, 8]);
    expect(problems[0]!.message).toMatch(/document_date "2010-02-30" is not a date/);
    expect(problems[1]!.message).toMatch(/duplicate of line 3/);
    expect(problems[2]!.message).toMatch(/relative path/);
    expect(problems[3]!.message).toMatch(/case_year/);
    expect(problems[4]!.message).toMatch(/no case_number/);
    expect(problems[5]!.message).toMatch(/fields/);
  });

  it('refuses a manifest without the required columns or not CSV at all', () => {
    expect(() => parseManifest('file,address\nx.pdf,Vej 1')).toThrow(ManifestError);
    expect(() => parseManifest('')).toThrow(/empty/);
    expect(() => parseManifest('file,case_number,address\n"unterminated,x,y')).toThrow(/not valid CSV/);
  });
});
