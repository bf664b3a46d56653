import { describe, expect, it } from 'vitest';
import { detect } from './index.js';

const decisions = (text: string, staff: string[]) =>
  detect({ text, staff })
    .findings.filter((f) => f.label === 'PHONE')
    .map((f) => `${f.redact ? 'redact' : 'keep'}:${f.text}`);

// Who owns a phone number when a staff member is named in running text on the same line.
describe('phone ownership next to a staff name in running text', () => {
  it('does not give the citizen’s numbers to a staff member mentioned in the sentence', () => {
    const text =
      'Vi aftalte, at Karina fra visitationen kontakter borgeren på +45 31 22 40 19 i morgen, ellers på hendes arbejde 86 10 22 33.';
    expect(decisions(text, ['Karina Vestergaard'])).toEqual(['redact:+45 31 22 40 19', 'redact:86 10 22 33']);
  });

  it('keeps a number attributed to the staff member readable', () => {
    const text =
      'Hvis der er spørgsmål, kan du ringe til Karina Vestergaard på 4021 7788 eller på hendes direkte nummer 4021 7790.';
    expect(decisions(text, ['Karina Vestergaard'])).toEqual(['keep:4021 7788', 'keep:4021 7790']);
    expect(decisions('Karina Vestergaard, rådgiver, tlf. 4021 7788', ['Karina Vestergaard'])).toEqual([
      'keep:4021 7788',
    ]);
  });

  it('reads running text in capitals the same way', () => {
    const text =
      'VI AFTALTE, AT KARINA FRA VISITATIONEN KONTAKTER BORGEREN PÅ 31 22 40 19 I MORGEN ELLER PÅ HANS MOBIL 86 10 22 33.';
    expect(decisions(text, ['Karina Vestergaard'])).toEqual(['redact:31 22 40 19', 'redact:86 10 22 33']);
    expect(decisions('KARINA VESTERGAARD, RÅDGIVER, TLF. 4021 7788', ['Karina Vestergaard'])).toEqual([
      'keep:4021 7788',
    ]);
  });

  it('keeps a meeting place and an administration’s address readable, not a home visit', () => {
    const addr = (text: string) =>
      detect({ text })
        .findings.filter((f) => f.label === 'ADDRESS')
        .map((f) => `${f.redact ? 'redact' : 'keep'}:${f.text}`);
    expect(addr('Mødet afholdes i Teknisk Forvaltning, Stationsvej 2, 8600 Silkeborg.')).toEqual([
      'keep:Stationsvej 2, 8600 Silkeborg',
    ]);
    expect(addr('Sendt fra Beskæftigelsesforvaltningen, Rådhustorvet 4, 8000 Aarhus C.')).toEqual([
      'keep:Rådhustorvet 4, 8000 Aarhus C',
    ]);
    expect(addr('Hjemmebesøg hos familien på Fasanvej 12, 8600 Silkeborg.')).toEqual([
      'redact:Fasanvej 12, 8600 Silkeborg',
    ]);
  });
});
