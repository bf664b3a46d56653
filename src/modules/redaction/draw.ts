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

/** Box label, upright on the displayed page; in a box taller than wide (a vertical run of text) it runs
 * bottom to top when that gives a larger type size. Coordinates in page space (y downwards). */
function labelOps(font: mupdf.Font, b: TLabelledBox): string | null {
  const [x0, y0, x1, y1] = b.rect;
  const w = x1 - x0;
  const h = y1 - y0;
  const fit = (along: number, across: number) =>
    labelCandidates(b.legalBasis).map((label) => {
      const tw = textWidth(font, label);
      return { label, tw, size: Math.min(across * 0.62, 7, (along * 0.92) / Math.max(tw, 0.01)) };
    });
  const best = (cs: ReturnType<typeof fit>) =>
    cs.find((c) => c.size >= 3.5) ?? cs.find((c) => c.size >= 2.2) ?? null;
  const flat = best(fit(w, h));
  const up = h > w ? best(fit(h, w)) : null;
  const vertical = up !== null && (flat === null || up.size > flat.size);
  const pick = vertical ? up : flat;
  if (!pick) return null;
  const s = pick.size;
  // text space → page space: y is flipped (page space runs downwards), or turned to read upwards
  const tm = vertical
    ? `0 -1 -1 0 ${n(x0 + (w + s * 0.7) / 2)} ${n(y1 - (h - pick.tw * s) / 2)}`
    : `1 0 0 -1 ${n(x0 + (w - pick.tw * s) / 2)} ${n(y0 + (h + s * 0.7) / 2)}`;
  return `BT 0 Tr 1 1 1 rg /${FONT_KEY} ${n(s)} Tf ${tm} Tm ${hexWinAnsi(pick.label)} Tj ET`;
}

/**
 * Draws the boxes, their labels and the invisible OCR words. Everything is drawn in MuPDF page space (the
 * displayed page: rotation, MediaBox origin and CropBox applied) under one `cm` that maps it back to PDF user
 * space, so boxes and labels land where the reader sees the text on rotated and offset pages too.
 */
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
  const ops: string[] = [`q ${inv.map((v) => Math.round(v * 1e4) / 1e4).join(' ')} cm`];
  for (const b of boxes) {
    const [x0, y0, x1, y1] = b.rect;
    ops.push(`0 0 0 rg ${n(x0)} ${n(y0)} ${n(x1 - x0)} ${n(y1 - y0)} re f`);
  }
  for (const b of boxes) {
    const label = labelOps(font, b);
    if (label) ops.push(label);
  }
  const lines = new Map<number, { text: string; rect: TRect }[]>();
  for (const w of hidden) lines.set(w.line, [...(lines.get(w.line) ?? []), w]);
  for (const words of lines.values()) {
    // one text object per OCR line on a shared baseline, so text extraction reads it as a line; each word is
    // stretched (Tz) to its OCR box, so a search hit highlights the word in the image
    const base = Math.max(...words.map((w) => w.rect[3]));
    const size = Math.max(Math.max(...words.map((w) => w.rect[3] - w.rect[1])) * 0.8, 1);
    ops.push(`BT 3 Tr /${FONT_KEY} ${n(size)} Tf`);
    for (const w of words) {
      const tw = textWidth(font, w.text) * size;
      const scale = tw > 0 ? Math.max(Math.min((100 * (w.rect[2] - w.rect[0])) / tw, 400), 10) : 100;
      ops.push(
        // each word on its own baseline: one baseline for a line of a skewed scan put the words at its low
        // end into the line below, where a redaction box then found "text under a box"
        `${n(scale)} Tz 1 0 0 -1 ${n(w.rect[0])} ${n(Math.min(w.rect[3], base) - size * 0.15)} Tm ${hexWinAnsi(w.text)} Tj`,
      );
    }
    ops.push('ET');
  }
  ops.push('Q');
  appendContent(doc, page, ops.join('\n') + '\n');
}
