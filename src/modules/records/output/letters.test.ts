import * as mupdf from 'mupdf';
import { describe, expect, it } from 'vitest';
import { aktlisteCsv, aktlisteRows } from '../domain/aktliste.js';
import { ANKESTYRELSEN, defaultAppealBody } from '../domain/appeal.js';
import { computeDeadlines } from '../domain/deadlines.js';
import {
  buildDecisionLetter,
  checkLetterInput,
  type DecisionLetterInput,
} from '../domain/decision-letter.js';
import type { DocumentDecisionInput } from '../domain/document-decision.js';
import { buildFristbrev, checkFristbrev, fristbrevInTime } from '../domain/fristbrev.js';
import { danishDate, danishList } from '../domain/letters.js';
import { renderAktlistePdf } from './aktliste-pdf.js';
import { renderLetterPdf } from './letter-pdf.js';
import { winAnsiSafe } from './pdf-layout.js';

const base: DocumentDecisionInput = {
  number: 1,
  title: 'Ansøgning om byggetilladelse',
  date: '2026-10-01',
  decision: 'release',
  basisKeys: [],
  redactions: [],
  internal: false,
  extractionNote: null,
  meroffentlighedConsidered: false,
  meroffentlighedNote: null,
  emissionInformation: false,
  notCoveredReason: null,
};

const documents: DocumentDecisionInput[] = [
  base,
  {
    ...base,
    number: 2,
    title: 'Naboindsigelse',
    decision: 'partial',
    redactions: [{ basisKey: 'ofl-30-1', label: 'CPR-nummer' }],
    meroffentlighedConsidered: true,
  },
  {
    ...base,
    number: 3,
    title: 'Internt notat om dispensation',
    decision: 'withhold',
    basisKeys: ['ofl-23'],
    internal: true,
    extractionNote: 'Bygningens højde (8,5 m) og afstand til skel er ekstraheret.',
    meroffentlighedConsidered: true,
  },
  {
    ...base,
    number: 4,
    title: '=HYPERLINK("x") regneark',
    decision: 'not_covered',
    notCoveredReason: 'Anden ejendom',
  },
];

const input = (over: Partial<DecisionLetterInput> = {}): DecisionLetterInput => ({
  municipality: {
    name: 'Demo Kommune',
    unit: 'Sekretariatet',
    address: ['Rådhustorvet 1', '8600 Silkeborg'],
  },
  caseNumber: 'AI-2026-000042',
  letterDate: '2026-11-26',
  requester: { name: 'Anne Jensen', address: ['Skovvej 10', '8600 Silkeborg'] },
  received: '2026-11-23',
  subject: 'Byggesagen om Skovvej 12',
  caseReferences: ['BYG-2026-17'],
  laws: ['ofl'],
  governingLaw: 'ofl',
  documents,
  reasoning: {
    'ofl-30-1': {
      considerations: 'Oplysningen er et CPR-nummer, som er en privat oplysning.',
      facts: 'Naboens CPR-nummer står i indsigelsen.',
    },
    'ofl-23': {
      considerations: 'Notatet er udarbejdet til intern brug og ikke afgivet til udenforstående.',
      facts: '',
    },
  },
  meroffentlighed: 'Hensynet til naboens privatliv vejer tungere end interessen i at få oplysningen.',
  appealBody: ANKESTYRELSEN,
  caseworker: { name: 'Mette Sørensen', title: 'Specialkonsulent' },
  additionalParagraphs: [],
  ...over,
});

function pdfText(bytes: Uint8Array): string {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  let text = '';
  for (let i = 0; i < doc.countPages(); i += 1)
    text += doc.loadPage(i).toStructuredText('preserve-whitespace').asText();
  return text.replace(/\s+/g, ' ');
}

describe('letter helpers', () => {
  it('formats Danish dates and lists', () => {
    expect(danishDate('2026-12-02')).toBe('2. december 2026');
    expect(danishList([1, 2, 3])).toBe('1, 2 og 3');
    expect(danishList(['a'])).toBe('a');
  });

  it('replaces characters the standard PDF fonts cannot encode', () => {
    expect(winAnsiSafe('Æbleø – § 30 😀 中')).toBe('Æbleø – § 30 ? ?');
  });
});

describe('decision letter', () => {
  it('has reasons, extraction, meroffentlighed and a complaint guide for a partial decision', () => {
    expect(checkLetterInput(input())).toEqual([]);
    const letter = buildDecisionLetter(input());
    const text = letter.sections
      .map((s) => [s.heading, ...s.paragraphs, ...(s.bullets ?? [])].join('\n'))
      .join('\n');
    expect(letter.sections.map((s) => s.heading)).toEqual([
      'Din anmodning',
      'Afgørelse',
      'Begrundelse',
      'Ekstrahering af oplysninger',
      'Meroffentlighed',
      'Klagevejledning',
    ]);
    expect(text).toContain('Du får delvis aktindsigt.');
    expect(text).toContain(
      'Offentlighedslovens § 30, nr. 1 (enkeltpersoners private, herunder økonomiske, forhold) er anvendt for dokument nr. 2: cpr-nummer.',
    );
    expect(text).toContain('Vi har lagt vægt på: Notatet er udarbejdet');
    expect(text).toContain('Dokument nr. 3: Bygningens højde');
    expect(text).toContain('offentlighedslovens § 14');
    expect(text).toContain('Du kan klage over afgørelsen til Ankestyrelsen.');
    expect(text).toContain('senest 7 arbejdsdage');
    expect(letter.signature).toContain('Mette Sørensen');
  });

  it('leaves out reasons and complaint guide when everything is released', () => {
    const letter = buildDecisionLetter(input({ documents: [base] }));
    expect(letter.sections.map((s) => s.heading)).toEqual(['Din anmodning', 'Afgørelse']);
  });

  it('reports what is missing before the letter can be made', () => {
    const problems = checkLetterInput(
      input({ reasoning: {}, meroffentlighed: ' ', appealBody: null, caseworker: { name: '', title: null } }),
    );
    expect(problems.map((p) => p.code)).toEqual([
      'reasoning_missing',
      'reasoning_missing',
      'meroffentlighed_missing',
      'appeal_body_missing',
      'signature_missing',
    ]);
  });

  it('names Ankestyrelsen by default only for OFL matters without a special appeal body', () => {
    expect(defaultAppealBody('ofl', false)?.name).toBe('Ankestyrelsen');
    expect(defaultAppealBody('ofl', true)).toBeNull();
    expect(defaultAppealBody('fvl', false)).toBeNull();
    expect(defaultAppealBody('mol', false)).toBeNull();
  });

  it('renders a PDF whose text layer holds the Danish letter', async () => {
    const bytes = await renderLetterPdf(buildDecisionLetter(input()));
    const text = pdfText(bytes);
    expect(text).toContain('Afgørelse om aktindsigt');
    expect(text).toContain('Sagsnr.: AI-2026-000042');
    expect(text).toContain('26. november 2026');
    expect(text).toContain('Klagevejledning');
    expect(text).toContain('Mette Sørensen');
  });

  it('breaks long letters over several pages', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Afsnit ${i + 1}: ${'ord '.repeat(60)}`);
    const doc = mupdf.Document.openDocument(
      await renderLetterPdf(buildDecisionLetter(input({ additionalParagraphs: long }))),
      'application/pdf',
    );
    expect(doc.countPages()).toBeGreaterThan(3);
  });
});

describe('fristbrev', () => {
  const deadlines = computeDeadlines('ofl', '2026-11-23');
  const f = {
    municipality: { name: 'Demo Kommune', unit: null, address: [] },
    caseNumber: 'AI-2026-000042',
    sentOn: '2026-11-30',
    requester: { name: 'Anne Jensen', address: [] },
    deadlines,
    reason: 'Sagen omfatter 180 dokumenter, som skal gennemgås, og to virksomheder skal høres.',
    expectedDecisionDate: '2026-12-11',
    caseworker: { name: 'Mette Sørensen', title: null },
  };

  it('states the reason, the expected date and the § 39 delay complaint', () => {
    expect(checkFristbrev(f)).toEqual([]);
    const text = buildFristbrev(f).sections[0]!.paragraphs.join(' ');
    expect(text).toContain('senest den 2. december 2026');
    expect(text).toContain('Grunden er: Sagen omfatter 180 dokumenter');
    expect(text).toContain('senest den 11. december 2026');
    expect(text).toContain('offentlighedslovens § 39');
  });

  it('requires a reason and an expected date after the deadline, and knows when it is late', () => {
    expect(
      checkFristbrev({ ...f, reason: 'travlt', expectedDecisionDate: '2026-12-01' }).map((p) => p.code),
    ).toEqual(['reason_missing', 'expected_not_later']);
    expect(fristbrevInTime(deadlines, '2026-12-02')).toBe(true);
    expect(fristbrevInTime(deadlines, '2026-12-03')).toBe(false);
    const mol = computeDeadlines('mol', '2026-01-15', { largeOrComplex: true });
    expect(
      checkFristbrev({ ...f, deadlines: mol, expectedDecisionDate: '2026-04-01' }).map((p) => p.code),
    ).toEqual(['beyond_extended']);
  });
});

describe('aktliste', () => {
  it('lists number, date, title, decision and basis as CSV safe for spreadsheets', () => {
    const rows = aktlisteRows(documents);
    expect(rows.map((r) => [r.number, r.decision, r.basis])).toEqual([
      [1, 'Udleveres', ''],
      [2, 'Udleveres delvist', 'OFL § 30, nr. 1'],
      [3, 'Undtages', 'OFL § 23'],
      [4, 'Ikke omfattet af anmodningen', ''],
    ]);
    const csv = aktlisteCsv(rows);
    expect(csv.startsWith('\uFEFF"Nr.";"Dato";"Titel";"Afgørelse";"Hjemmel"\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"") regneark"`);
    expect(csv.trim().split('\r\n')).toHaveLength(5);
  });

  it('renders as a PDF table', async () => {
    const text = pdfText(
      await renderAktlistePdf(aktlisteRows(documents), {
        caseNumber: 'AI-2026-000042',
        municipality: 'Demo Kommune',
      }),
    );
    expect(text).toContain('Aktliste');
    expect(text).toContain('Naboindsigelse');
    expect(text).toContain('OFL § 30, nr. 1');
  });
});
