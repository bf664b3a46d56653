import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mupdf } from './mupdf.js';
import { checkFidelity, redactDocument } from './index.js';
import {
  fixedDetector,
  mupdfText,
  pdftotext,
  qpdfRaw,
  textPdf,
  withHiddenCarriers,
} from './testing/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'redact-test-'));
const save = (name: string, bytes: Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

const LINES = [
  'Journalnotat om borgerens ansøgning',
  'Borgeren Karin Holmgaard Eriksen, cpr 120345-6789, ringede i dag.',
  'Hun kan træffes på telefon 22 33 44 55 eller karin@example.dk.',
  'Sagen drejer sig om boligstøtte til lejligheden i Aarhus.',
  'Kontaktperson er Ib',
  'Holst Sørensen fra ejendomskontoret.',
];
const detector = fixedDetector([
  { text: 'Karin Holmgaard Eriksen' },
  { text: '120345-6789', label: 'CPR', legalBasis: 'OFL § 30, nr. 1; FVL § 15 b (CPR)' },
  { text: '22 33 44 55', label: 'PHONE' },
  { text: 'karin@example.dk', label: 'EMAIL' },
  { text: 'Ib\n\nHolst Sørensen' },
  { text: 'Ib\nHolst Sørensen' },
]);
const SECRETS = [
  'Karin Holmgaard Eriksen',
  '120345-6789',
  '1203456789',
  '22 33 44 55',
  'karin@example.dk',
  'Holst Sørensen',
];

describe('text PDF redaction', () => {
  it('removes the items from the content, keeps the rest and labels each box with its legal basis', async () => {
    const input = await textPdf([LINES]);
    const { pdf, report, analysis } = await redactDocument(input, { detector });
    expect(report).toMatchObject({ format: 'pdf', pages: 1, ocr: false, verified: true });
    expect(report.items).toMatchObject({ PERSON: 2, CPR: 1, PHONE: 1, EMAIL: 1 });
    // outside the boxes the page renders exactly as before
    const boxes = new Map([[1, analysis.suggestions.flatMap((s) => s.boxes)]]);
    expect(checkFidelity(input, pdf, { boxes }).problems).toEqual([]);

    const text = mupdfText(pdf);
    for (const s of SECRETS) expect(text).not.toContain(s);
    expect(text).toContain('Sagen drejer sig om boligstøtte til lejligheden i Aarhus.');
    expect(text).toContain('ringede i dag.');
    expect(text).toContain('§ 30, nr. 1');

    const path = save('text.pdf', pdf);
    const poppler = pdftotext(path);
    if (poppler !== null) {
      for (const s of SECRETS) expect(poppler).not.toContain(s);
      expect(poppler).toContain('boligstøtte');
      expect(poppler.replace(/\D/g, '')).not.toContain('1203456789');
    }
  });

  it('redacts an item split across two lines with one box per line', async () => {
    const input = await textPdf([LINES]);
    const { pdf } = await redactDocument(input, { detector });
    const text = mupdfText(pdf);
    expect(text).not.toMatch(/\bIb\b/);
    expect(text).not.toContain('Holst');
    expect(text).toContain('Kontaktperson er');
    expect(text).toContain('fra ejendomskontoret.');
  });

  it('scrubs metadata, XMP, comments, attachments, JavaScript, outlines and form fields', async () => {
    const secret = 'Karin Holmgaard Eriksen';
    const input = await withHiddenCarriers(
      await textPdf([LINES], { title: `Sag om ${secret}`, author: secret }),
      secret,
    );
    const { pdf } = await redactDocument(input, { detector });
    const doc = mupdf.Document.openDocument(pdf, 'application/pdf').asPDF()!;
    const root = doc.getTrailer().get('Root');
    expect(doc.getTrailer().get('Info').isNull()).toBe(true);
    for (const key of ['Metadata', 'Names', 'OpenAction', 'Outlines', 'AcroForm', 'AA'])
      expect(root.get(key).isNull(), key).toBe(true);
    expect((doc.loadPage(0) as mupdf.PDFPage).getObject().get('Annots').isNull()).toBe(true);
    expect(doc.getMetaData('info:Title') ?? '').toBe('');
    expect(Object.keys(doc.getEmbeddedFiles())).toHaveLength(0);

    const raw = qpdfRaw(save('carriers.pdf', pdf)) ?? Buffer.from(pdf).toString('latin1');
    for (const s of ['Karin', 'Holmgaard', 'app.alert', 'Bilag om', 'Notat om']) expect(raw).not.toContain(s);
  });

  it('writes a full rewrite: no earlier revision survives an incrementally updated input', async () => {
    const base = await textPdf([LINES]);
    const doc = mupdf.Document.openDocument(base, 'application/pdf').asPDF()!;
    doc.setMetaData('info:Subject', 'revision 2 med 120345-6789');
    const incremental = doc.saveToBuffer('incremental').asUint8Array().slice();
    expect(Buffer.from(incremental).toString('latin1')).toContain('120345-6789');
    const { pdf } = await redactDocument(incremental, { detector });
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw.match(/%%EOF/g)).toHaveLength(1);
    expect(qpdfRaw(save('rev.pdf', pdf)) ?? raw).not.toContain('120345');
  });

  it('handles many pages and keeps the page count', async () => {
    const pages = Array.from({ length: 120 }, (_, i) => [
      `Side ${i + 1}: Karin Holmgaard Eriksen har cpr 120345-6789.`,
      'Almindelig tekst bliver stående.',
    ]);
    const { pdf, report } = await redactDocument(await textPdf(pages), { detector });
    expect(report.pages).toBe(120);
    expect(report.items.CPR).toBe(120);
    const text = mupdfText(pdf);
    expect(text).not.toContain('120345');
    expect(text.match(/Almindelig tekst bliver stående\./g)).toHaveLength(120);
  });
});
