import { describe, expect, it } from 'vitest';
import { drawOnPage } from './draw.js';
import { RedactionError, redactDocument } from './index.js';
import { mupdf } from './mupdf.js';
import { createOcrPool } from './ocr.js';
import { fixedDetector, mupdfText, scanPng } from './testing/fixtures.js';
import type { TRect } from './types.js';
import { verifyOutput } from './verify.js';

const detector = fixedDetector([{ text: 'Karin Holmgaard Eriksen' }, { text: '1203456789', label: 'CPR' }]);
const LINES = ['Journalnotat om boligsagen', 'Borgeren har cpr 1203456789', 'Sagen afsluttes i dag'];

/** A scanned page (420 × 420 pt) that reads upright on screen, with the page rotated by `rotate`. */
function scanPdf(rotate: 0 | 90 | 180 | 270): Uint8Array {
  const doc = new mupdf.PDFDocument();
  const image = doc.addImage(new mupdf.Image(scanPng(LINES, 200)));
  doc.insertPage(-1, doc.addPage([0, 0, 420, 420], rotate, doc.addObject({ XObject: { Im: image } }), ''));
  const inv = mupdf.Matrix.invert(doc.loadPage(0).getTransform());
  const cm = mupdf.Matrix.concat([420, 0, 0, -420, 0, 420], inv);
  doc.findPage(0).put('Contents', doc.addStream(`q ${cm.join(' ')} cm /Im Do Q`, {}));
  return doc.saveToBuffer('').asUint8Array().slice();
}

/** Share of dark pixels of the rendered page inside a rectangle (page space). */
function inkShare(pdf: Uint8Array, r: TRect): number {
  const pix = mupdf.Document.openDocument(pdf, 'application/pdf')
    .loadPage(0)
    .toPixmap(mupdf.Matrix.identity, mupdf.ColorSpace.DeviceGray, false);
  const px = pix.getPixels();
  let dark = 0;
  let all = 0;
  for (let y = Math.ceil(r[1]); y < r[3]; y++)
    for (let x = Math.ceil(r[0]); x < r[2]; x++) {
      all++;
      if (px[(y - pix.getY()) * pix.getStride() + (x - pix.getX())]! < 128) dark++;
    }
  return all ? dark / all : 0;
}

describe('searchable text layer of scanned pages', () => {
  it.each([0, 90, 180, 270] as const)(
    'rotation %i: kept OCR words are invisible text on their word boxes; redacted ones are not in the layer',
    async (rotate) => {
      const { pdf, report } = await redactDocument(scanPdf(rotate), { detector, name: 'scan.pdf' });
      expect(report).toMatchObject({ ocr: true, ocrPages: 1, verified: true, items: { CPR: 1 } });
      const text = mupdfText(pdf);
      expect(text).toContain('Journalnotat');
      expect(text).toContain('afsluttes');
      expect(text.replace(/\D/g, '')).not.toContain('1203456789');
      const page = mupdf.Document.openDocument(pdf, 'application/pdf').loadPage(0);
      const hits = page.search('Journalnotat', '');
      expect(hits.length).toBe(1);
      const q = hits[0]![0]!;
      const r: TRect = [
        Math.min(q[0], q[4]),
        Math.min(q[1], q[3]),
        Math.max(q[2], q[6]),
        Math.max(q[5], q[7]),
      ];
      // the hit lies on the printed word, upright: Helvetica 12 pt at x = 50 pt, baseline 40 pt from the top,
      // about 66 pt wide, wherever the page's rotation puts the image in PDF space
      // upright on the displayed page: upper left left of upper right, above lower left
      expect(q[2] - q[0]).toBeGreaterThan(30);
      expect(q[5] - q[1]).toBeGreaterThan(5);
      expect(r[0]).toBeGreaterThan(46);
      expect(r[0]).toBeLessThan(54);
      expect(r[2]).toBeGreaterThan(108);
      expect(r[2]).toBeLessThan(124);
      expect(r[1]).toBeGreaterThan(26);
      expect(r[3]).toBeLessThan(46);
      expect(inkShare(pdf, r)).toBeGreaterThan(0.08);
      // invisible: the layer uses render mode 3
      const contents = mupdf.Document.openDocument(pdf, 'application/pdf')
        .asPDF()!
        .findPage(0)
        .get('Contents');
      const streams: string[] = [];
      if (contents.isArray()) contents.forEach((c) => streams.push(c.readStream().asString()));
      else streams.push(contents.readStream().asString());
      expect(streams.join('\n')).toMatch(/\b3 Tr\b/);
    },
    90_000,
  );

  it('verification re-reads the layer: a redacted word written into it makes the output fail', async () => {
    const doc = new mupdf.PDFDocument();
    doc.insertPage(-1, doc.addPage([0, 0, 300, 200], 0, {}, ''));
    const page = doc.loadPage(0);
    const box: TRect = [20, 20, 140, 34];
    drawOnPage(
      doc,
      page,
      [{ rect: box, legalBasis: 'OFL § 30, nr. 1' }],
      [
        { text: 'Sagen', rect: [20, 60, 60, 72], line: 1 },
        { text: 'Holmgaard', rect: [70, 60, 140, 72], line: 1 },
      ],
    );
    const pdf = doc.saveToBuffer('').asUint8Array().slice();
    const ocr = createOcrPool(1);
    try {
      const item = { page: 1, text: 'Holmgaard', label: 'PERSON', boxes: [box], source: 'text' as const };
      const e = await verifyOutput(pdf, {
        items: [item],
        allowed: new Map([[1, 'Sagen']]),
        labels: ['§ 30, nr. 1'],
        ocr,
      }).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(RedactionError);
      expect((e as RedactionError).code).toBe('VERIFICATION_FAILED');
      // the same layer is accepted when the word may legitimately stay (it was never redacted)
      await verifyOutput(pdf, {
        items: [item],
        allowed: new Map([[1, 'Sagen Holmgaard']]),
        labels: ['§ 30, nr. 1'],
        ocr,
      });
    } finally {
      await ocr.close();
    }
  });

  it('a scan with a partial text layer gets the OCR words of its image, not the typed words again', async () => {
    const { PDFDocument: LibDocument, StandardFonts } = await import('pdf-lib');
    const lib = await LibDocument.create();
    const p = lib.addPage([595, 842]);
    p.drawImage(await lib.embedPng(scanPng(LINES, 200)), { x: 40, y: 200, width: 515, height: 515 });
    p.drawText('Stemplet modtaget af Karin Holmgaard Eriksen', {
      x: 40,
      y: 760,
      size: 11,
      font: await lib.embedFont(StandardFonts.Helvetica),
    });
    const { pdf, report } = await redactDocument(await lib.save(), { detector });
    expect(report).toMatchObject({ ocr: true, ocrPages: 1, verified: true });
    const text = mupdfText(pdf);
    expect(text).toContain('Journalnotat');
    expect(text).toContain('afsluttes');
    expect(text.match(/Stemplet/g)?.length).toBe(1);
    expect(text).not.toContain('Holmgaard');
    expect(text.replace(/\D/g, '')).not.toContain('1203456789');
  }, 90_000);
});
