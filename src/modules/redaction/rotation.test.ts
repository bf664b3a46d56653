import { describe, expect, it } from 'vitest';
import { redactDocument } from './index.js';
import { mupdf } from './mupdf.js';
import { fixedDetector } from './testing/fixtures.js';
import type { TRect } from './types.js';

const SECRET = 'Karin Holmgaard Eriksen';
const detector = fixedDetector([{ text: SECRET, legalBasis: 'OFL § 30, nr. 1' }]);

/**
 * A one-page PDF whose text reads upright on the displayed page although the page is rotated or its boxes do
 * not start at 0,0: the text is drawn through the inverse of the page transform, as a scanner or a
 * landscape export does.
 */
function rotatedPdf(rotate: 0 | 90 | 180 | 270, mediaBox: TRect, cropBox?: TRect): Uint8Array {
  const doc = new mupdf.PDFDocument();
  const font = doc.addSimpleFont(new mupdf.Font('Helvetica'), 'Latin');
  const resources = doc.addObject({ Font: { F1: font } });
  doc.insertPage(-1, doc.addPage(mediaBox, rotate, resources, ''));
  const pageObj = doc.findPage(0);
  if (cropBox) pageObj.put('CropBox', cropBox);
  const inv = mupdf.Matrix.invert(doc.loadPage(0).getTransform());
  const lines = [`Ansøger ${SECRET} har skrevet til os.`, 'Anden linje om sagen.'];
  const ops = lines.map(
    (l, i) => `BT /F1 11 Tf 1 0 0 -1 60 ${80 + 16 * i} Tm (${l.replace('ø', '\\370')}) Tj ET`,
  );
  pageObj.put('Contents', doc.addStream(`q ${inv.join(' ')} cm\n${ops.join('\n')}\nQ\n`, {}));
  return doc.saveToBuffer('').asUint8Array().slice();
}

interface TLine {
  text: string;
  bbox: TRect;
  dir: [number, number];
}

function linesOf(pdf: Uint8Array): TLine[] {
  const page = mupdf.Document.openDocument(pdf, 'application/pdf').loadPage(0);
  const out: TLine[] = [];
  page.toStructuredText('preserve-whitespace').walk({
    beginLine(bbox, _wmode, dir) {
      out.push({ text: '', bbox: [bbox[0], bbox[1], bbox[2], bbox[3]], dir: [dir[0], dir[1]] });
    },
    onChar(c) {
      out[out.length - 1]!.text += c;
    },
  });
  return out;
}

const cases: [string, 0 | 90 | 180 | 270, TRect, TRect?][] = [
  ['no rotation', 0, [0, 0, 595, 842]],
  ['/Rotate 90', 90, [0, 0, 595, 842]],
  ['/Rotate 180', 180, [0, 0, 595, 842]],
  ['/Rotate 270', 270, [0, 0, 595, 842]],
  ['a MediaBox not at 0,0', 0, [-100, 200, 495, 1042]],
  ['/Rotate 90 with an offset MediaBox and a CropBox', 90, [50, -60, 700, 900], [80, -20, 680, 860]],
  ['/Rotate 270 with a CropBox', 270, [0, 0, 842, 595], [30, 40, 800, 560]],
];

describe('rotated and offset pages', () => {
  it.each(cases)(
    '%s: the text under the box is gone and the label reads the basis upright',
    async (_n, rot, mb, cb) => {
      const input = rotatedPdf(rot, mb, cb);
      const before = linesOf(input);
      expect(before.map((l) => l.text).join('\n')).toContain(SECRET);
      expect(before.every((l) => l.dir[0] > 0.99)).toBe(true);

      const { pdf, analysis } = await redactDocument(input, { detector });
      const box = analysis.suggestions[0]!.boxes[0]!;
      const lines = linesOf(pdf);
      const all = lines.map((l) => l.text).join('\n');
      expect(all).not.toContain('Holmgaard');
      expect(all).toContain('Anden linje om sagen.');
      // the words beside the name are still there, on the same displayed line as the box
      const kept = lines.find((l) => l.text.includes('har skrevet'))!;
      expect(Math.abs((kept.bbox[1] + kept.bbox[3]) / 2 - (box[1] + box[3]) / 2)).toBeLessThan(3);
      const label = lines.find((l) => l.text.trim() === '§ 30, nr. 1');
      expect(label).toBeDefined();
      expect(label!.dir[0]).toBeGreaterThan(0.99);
      const [x0, y0, x1, y1] = label!.bbox;
      expect(x0).toBeGreaterThanOrEqual(box[0] - 0.5);
      expect(x1).toBeLessThanOrEqual(box[2] + 0.5);
      expect(y0).toBeGreaterThanOrEqual(box[1] - 1.5);
      expect(y1).toBeLessThanOrEqual(box[3] + 1.5);
      // the black box is where the name was: the rendered page is dark at the box centre
      const pix = mupdf.Document.openDocument(pdf, 'application/pdf')
        .loadPage(0)
        .toPixmap(mupdf.Matrix.identity, mupdf.ColorSpace.DeviceGray, false);
      const [bx, by] = [pix.getX(), pix.getY()];
      const px = (x: number, y: number): number =>
        pix.getPixels()[Math.round(y - by) * pix.getStride() + Math.round(x - bx)]!;
      expect(px(box[0] + 2, (box[1] + box[3]) / 2)).toBeLessThan(40);
    },
  );

  it('a manual box (page space) on a /Rotate 90 page with a CropBox covers what the reviewer saw', async () => {
    const input = rotatedPdf(90, [50, -60, 700, 900], [80, -20, 680, 860]);
    const line = linesOf(input).find((l) => l.text.includes('Anden linje'))!;
    const [x0, y0, x1, y1] = line.bbox;
    const { pdf, report } = await redactDocument(input, {
      detect: false,
      manual: [{ page: 1, x0: x0 - 1, y0: y0 - 1, x1: x1 + 1, y1: y1 + 1, legalBasis: 'FVL § 15 b' }],
    });
    expect(report.manualBoxes).toBe(1);
    const lines = linesOf(pdf);
    const all = lines.map((l) => l.text).join('\n');
    expect(all).not.toContain('Anden linje');
    expect(all).toContain(SECRET);
    const label = lines.find((l) => l.text.trim() === '§ 15 b');
    expect(label?.dir[0]).toBeGreaterThan(0.99);
  });
});
