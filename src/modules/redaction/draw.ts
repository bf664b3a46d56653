// Content drawn on a page after redaction: the black boxes with their legal basis, and the invisible
// text layer of OCR'd pages. Coordinates arrive in MuPDF page space and are mapped to PDF user space.
import { mupdf, type PDFDocument, type PDFPage } from './mupdf.js';
import type { TRect } from './types.js';

export interface TLabelledBox {
  rect: TRect;
  legalBasis: string;
}

interface TFontRef {
  font: mupdf.Font;
  ref: mupdf.PDFObject;
}

const fonts = new WeakMap<PDFDocument, TFontRef>();
const FONT_KEY = 'RTHelv';

function fontOf(doc: PDFDocument): TFontRef {
  let f = fonts.get(doc);
  if (!f) {
    const font = new mupdf.Font('Helvetica');
    f = { font, ref: doc.addSimpleFont(font, 'Latin') };
    fonts.set(doc, f);
  }
  return f;
}

/** Width of a string at size 1, in the simple font's Latin encoding. */
function textWidth(font: mupdf.Font, s: string): number {
  let w = 0;
  for (const c of s) w += font.advanceGlyph(font.encodeCharacter(c.codePointAt(0) ?? 63));
  return w;
}

// WinAnsiEncoding (the encoding MuPDF gives a simple Latin font): Latin-1 plus these in 0x80–0x9F.
const WIN_ANSI_EXTRA = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** WinAnsi hex string; characters outside the encoding become '?'. */
function hexWinAnsi(s: string): string {
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0) ?? 63;
    const extra = WIN_ANSI_EXTRA.indexOf(c);
    const code = extra >= 0 ? 0x80 + extra : cp < 256 && (cp < 0x80 || cp >= 0xa0) ? cp : 63;
    out += code.toString(16).padStart(2, '0');
  }
  return `<${out}>`;
}

const n = (v: number): string => (Math.round(v * 100) / 100).toString();

function toPdfRect(inv: mupdf.Matrix, r: TRect): TRect {
  const t = mupdf.Rect.transform(r, inv);
  return [Math.min(t[0], t[2]), Math.min(t[1], t[3]), Math.max(t[0], t[2]), Math.max(t[1], t[3])];
}

/**
 * Label candidates for a box, best first: the first legal reference from the paragraph sign on
 * ("OFL § 30, nr. 1; FVL …" → "§ 30, nr. 1"), then a compact form ("§30.1").
 */
export function labelCandidates(basis: string): string[] {
  const first = (basis.split(/[;(]/)[0] ?? '').trim() || basis.trim();
  const fromPara = first.includes('§') ? first.slice(first.indexOf('§')) : first;
  const compact = fromPara.replace(/,?\s*nr\.\s*/g, '.').replace(/\s+/g, '');
  return [...new Set([fromPara, compact].filter(Boolean))];
}

function ensureFontResource(doc: PDFDocument, page: PDFPage, ref: mupdf.PDFObject): void {
  const pageObj = page.getObject();
  let res = pageObj.get('Resources');
  if (res.isNull()) {
    const inherited = pageObj.getInheritable('Resources');
    res = doc.newDictionary();
    if (!inherited.isNull()) inherited.forEach((v, k) => res.put(k as string, v));
    pageObj.put('Resources', res);
  }
  let fontDict = res.get('Font');
  if (fontDict.isNull()) {
    fontDict = doc.newDictionary();
    res.put('Font', fontDict);
  }
  fontDict.put(FONT_KEY, ref);
}

/** Wraps the page's existing content in q … Q and appends `ops` after it. */
function appendContent(doc: PDFDocument, page: PDFPage, ops: string): void {
  const pageObj = page.getObject();
  const contents = pageObj.get('Contents');
  const arr = doc.newArray();
  arr.push(doc.addStream('q\n', {}));
  if (contents.isArray()) contents.forEach((v) => arr.push(v));
  else if (!contents.isNull()) arr.push(contents);
  arr.push(doc.addStream(`Q\n${ops}`, {}));
  pageObj.put('Contents', arr);
}

export function drawOnPage(
  doc: PDFDocument,
  page: PDFPage,
  boxes: TLabelledBox[],
  hidden: { text: string; rect: TRect; line: number }[],
): void {
  if (boxes.length === 0 && hidden.length === 0) return;
  const { font, ref } = fontOf(doc);
  ensureFontResource(doc, page, ref);
  const inv = mupdf.Matrix.invert(page.getTransform());
  const ops: string[] = ['q'];
  for (const b of boxes) {
    const [x0, y0, x1, y1] = toPdfRect(inv, b.rect);
    ops.push(`0 0 0 rg ${n(x0)} ${n(y0)} ${n(x1 - x0)} ${n(y1 - y0)} re f`);
  }
  for (const b of boxes) {
    const [x0, y0, x1, y1] = toPdfRect(inv, b.rect);
    const w = x1 - x0;
    const h = y1 - y0;
    const candidates = labelCandidates(b.legalBasis).map((label) => {
      const tw = textWidth(font, label);
      return { label, tw, size: Math.min(h * 0.62, 7, (w * 0.92) / Math.max(tw, 0.01)) };
    });
    const pick = candidates.find((c) => c.size >= 3.5) ?? candidates.find((c) => c.size >= 2.2);
    if (pick) {
      const x = x0 + (w - pick.tw * pick.size) / 2;
      const y = y0 + (h - pick.size * 0.7) / 2;
      ops.push(
        `BT 0 Tr 1 1 1 rg /${FONT_KEY} ${n(pick.size)} Tf ${n(x)} ${n(y)} Td ${hexWinAnsi(pick.label)} Tj ET`,
      );
    }
  }
  const lines = new Map<number, { text: string; rect: TRect }[]>();
  for (const w of hidden) lines.set(w.line, [...(lines.get(w.line) ?? []), w]);
  for (const words of lines.values()) {
    // one text object per OCR line on a shared baseline, so text extraction reads it as a line
    const pdfRects = words.map((w) => toPdfRect(inv, w.rect));
    const base = Math.min(...pdfRects.map((r) => r[1]));
    const size = Math.max(Math.max(...pdfRects.map((r) => r[3] - r[1])) * 0.8, 1);
    ops.push(`BT 3 Tr /${FONT_KEY} ${n(size)} Tf`);
    words.forEach((w, k) => {
      const r = pdfRects[k]!;
      const tw = textWidth(font, w.text) * size;
      const scale = tw > 0 ? Math.max(Math.min((100 * (r[2] - r[0])) / tw, 400), 10) : 100;
      ops.push(`${n(scale)} Tz 1 0 0 1 ${n(r[0])} ${n(base + size * 0.15)} Tm ${hexWinAnsi(w.text)} Tj`);
    });
    ops.push('ET');
  }
  ops.push('Q');
  appendContent(doc, page, ops.join('\n') + '\n');
}
