// Independent check of the produced PDF before it is handed out. The output is reopened from its bytes and
// read like a reader and an attacker would: text under every box, every redacted item in the page text
// (and in a fresh OCR of pages whose redactions came from OCR), and every non-content object of the file.
import { RedactionError } from './errors.js';
import { mupdf } from './mupdf.js';
import { renderForOcr, type TOcrPool } from './ocr.js';
import { extractPageText, type TPageText } from './page-text.js';
import type { TRect } from './types.js';

export interface TVerifyItem {
  page: number;
  text: string;
  label: string;
  boxes: TRect[];
  source: 'text' | 'ocr' | 'manual';
}

export interface TVerifyInput {
  items: TVerifyItem[];
  /** Per page (1-based): original page text with every redacted range blanked — what may legitimately stay. */
  allowed: Map<number, string>;
  /** Label strings drawn inside boxes. */
  labels: string[];
  ocr: TOcrPool;
  /** Pages the output must have. */
  pages?: number;
}

const TOKEN_SPLIT = /[^\p{L}\p{N}@._-]+/u;
const digits = (s: string): string => s.replace(/\D/g, '');
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function countWord(hay: string, needle: string): number {
  if (!needle || !hay.includes(needle)) return 0;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(needle)}(?![\\p{L}\\p{N}])`, 'gu');
  return (hay.match(re) ?? []).length;
}

/** Whether an item is still readable in `text` beyond what `allowed` (unredacted text) explains. */
export function stillReadable(item: { text: string }, text: string, allowed: string): boolean {
  const s = item.text.trim();
  const d = digits(s);
  if (d.length >= 6 && digits(text).includes(d) && !digits(allowed).includes(d)) return true;
  if (s.length < 2) return false;
  return countWord(text, s) > countWord(allowed, s);
}

function inside(r: TRect, x: number, y: number): boolean {
  return x >= r[0] && x <= r[2] && y >= r[1] && y <= r[3];
}

function textUnderBoxes(pt: TPageText, boxes: TRect[], labels: string[]): string {
  let under = '';
  for (const box of boxes) {
    let s = '';
    for (let i = 0; i < pt.text.length; i++) {
      const x0 = pt.rects[i * 4]!;
      if (Number.isNaN(x0)) continue;
      const cx = (x0 + pt.rects[i * 4 + 2]!) / 2;
      const cy = (pt.rects[i * 4 + 1]! + pt.rects[i * 4 + 3]!) / 2;
      if (inside(box, cx, cy)) s += pt.text[i];
    }
    for (const l of labels) s = s.split(l).join('');
    under += s.replace(/\s+/g, '');
  }
  return under;
}

function nonContentText(doc: mupdf.PDFDocument): string {
  const parts: string[] = [];
  const n = doc.countObjects();
  for (let i = 1; i < n; i++) {
    // isStream() and readStream() answer only on the indirect reference in MuPDF.js, not on the resolved
    // dictionary (which made this check skip every metadata stream)
    const ref = doc.newIndirect(i);
    const obj = ref.resolve();
    if (obj.isNull()) continue;
    if (ref.isStream()) {
      const type = obj.get('Type');
      const sub = obj.get('Subtype');
      const isMeta =
        (type.isName() && type.asName() === 'Metadata') || (sub.isName() && sub.asName() === 'XML');
      if (isMeta || (obj.get('Type').isName() && obj.get('Type').asName() === 'EmbeddedFile'))
        parts.push(ref.readStream().asString());
      parts.push(obj.toString(true, false));
    } else parts.push(obj.toString(true, false));
  }
  return parts.join('\n');
}

const fail = (
  why: string,
  hvorfor: string,
  data: { page?: number; item?: string; label?: string } = {},
): RedactionError =>
  new RedactionError(
    'VERIFICATION_FAILED',
    `verification of the output failed, nothing written: ${why}`,
    `kontrol af resultatet fejlede, intet skrevet: ${hvorfor}`,
    undefined,
    data,
  );

/** Pages whose OCR checks run at the same time (bounded memory for the rendered images). */
const OCR_BATCH = 8;

/**
 * OCR of the output around each redaction: for every box, the strip of the page from a line above to a line
 * below it, across the full width. A redacted word that is still legible would be read there.
 */
async function ocrCheck(
  page: mupdf.Page,
  pageNo: number,
  items: TVerifyItem[],
  allowed: string,
  ocr: TOcrPool,
): Promise<void> {
  const { png, scale } = renderForOcr(page);
  const b = page.getBounds();
  page.destroy();
  const width = Math.floor((b[2] - b[0]) * scale);
  const height = Math.floor((b[3] - b[1]) * scale);
  const strips: [number, number][] = [];
  for (const r of items.flatMap((i) => i.boxes)) {
    const h = r[3] - r[1];
    strips.push([
      Math.max(0, Math.floor((r[1] - h - b[1]) * scale)),
      Math.min(height, Math.ceil((r[3] + h - b[1]) * scale)),
    ]);
  }
  strips.sort((p, q) => p[0] - q[0]);
  const merged: [number, number][] = [];
  for (const st of strips) {
    const last = merged.at(-1);
    if (last && st[0] <= last[1]) last[1] = Math.max(last[1], st[1]);
    else merged.push([...st]);
  }
  const words = await ocr.recognise(
    png,
    merged.map(([top, bottom]) => ({ left: 0, top, width, height: bottom - top })),
  );
  const text = words.map((w) => w.text).join(' ');
  const leak = items.find((it) => stillReadable(it, text, allowed));
  if (leak)
    throw fail(
      `a ${leak.label} item is still readable by OCR on page ${pageNo}`,
      `et ${leak.label}-element kan stadig læses med OCR på side ${pageNo}`,
      { page: pageNo, item: leak.text, label: leak.label },
    );
}

export async function verifyOutput(pdf: Uint8Array, input: TVerifyInput): Promise<void> {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf').asPDF();
  if (!doc) throw fail('output is not a PDF', 'resultatet er ikke en PDF');
  // the written file must have the pages of the input (a repaired, truncated input was once written with a
  // cycle in its page tree)
  let pages = -1;
  try {
    pages = doc.countPages();
    for (let i = 0; i < pages; i++) doc.findPage(i);
  } catch {
    pages = -1;
  }
  if (input.pages !== undefined && pages !== input.pages)
    throw fail(
      `the written file is damaged (${pages < 0 ? 'unreadable page tree' : `${pages} pages`}, expected ${input.pages})`,
      `den skrevne fil er beskadiget (${pages < 0 ? 'sidetræet kan ikke læses' : `${pages} sider`}, forventet ${input.pages})`,
    );
  const byPage = new Map<number, TVerifyItem[]>();
  for (const it of input.items) byPage.set(it.page, [...(byPage.get(it.page) ?? []), it]);
  const ocrChecks: Promise<void>[] = [];
  for (const [pageNo, items] of byPage) {
    const page = doc.loadPage(pageNo - 1);
    const pt = extractPageText(page, pageNo - 1);
    const under = textUnderBoxes(
      pt,
      items.flatMap((i) => i.boxes),
      input.labels,
    );
    if (under)
      throw fail(
        `text "${under.slice(0, 3)}…" remains under a box on page ${pageNo}`,
        `tekst "${under.slice(0, 3)}…" står stadig under en boks på side ${pageNo}`,
        { page: pageNo, item: under },
      );
    const text = pt.text;
    const allowed = input.allowed.get(pageNo) ?? '';
    const leak = items.find((it) => it.source !== 'manual' && stillReadable(it, text, allowed));
    if (leak)
      throw fail(
        `a ${leak.label} item is still readable on page ${pageNo}`,
        `et ${leak.label}-element kan stadig læses på side ${pageNo}`,
        { page: pageNo, item: leak.text, label: leak.label },
      );
    const ocrItems = items.filter((it) => it.source === 'ocr');
    if (ocrItems.length) ocrChecks.push(ocrCheck(page, pageNo, ocrItems, allowed, input.ocr));
    else page.destroy();
    if (ocrChecks.length >= OCR_BATCH) await Promise.all(ocrChecks.splice(0));
  }
  await Promise.all(ocrChecks);
  const meta = nonContentText(doc);
  const metaTokens = new Set(meta.split(TOKEN_SPLIT));
  const allAllowed = [...input.allowed.values()].join('\n');
  for (const it of input.items) {
    if (it.source === 'manual') continue;
    const s = it.text.trim();
    const first = s.split(TOKEN_SPLIT).find(Boolean) ?? '';
    if (s.length >= 4 && metaTokens.has(first) && meta.includes(s) && !allAllowed.includes(s))
      throw fail(
        `a ${it.label} item is present in the file's objects`,
        `et ${it.label}-element findes i filens objekter`,
        { page: it.page, item: it.text, label: it.label },
      );
  }
  doc.destroy();
}
