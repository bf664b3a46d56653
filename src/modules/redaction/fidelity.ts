// Fidelity of a redacted PDF to its input: outside the redaction boxes the output must look exactly like the
// input. Both are rendered with MuPDF page by page and compared pixel by pixel, with the boxes (and the
// glyphs the redaction removed, which may reach a little beyond a tight box) masked out; page counts, the
// number of images drawn per page and the presence of every image XObject's data are compared too.
// Used by the tests (project fixtures) and bench/redact-wild (real-world PDFs).
import { mupdf, type PDFDocument } from './mupdf.js';
import { NOT_BAKED } from './scrub.js';
import type { TRect } from './types.js';

export interface TFidelityOptions {
  /** Redaction boxes per 1-based page, in MuPDF page space. */
  boxes?: Map<number, TRect[]>;
  /** Password of the input. */
  password?: string;
  /** Render resolution (default 72 dpi; the longer side is capped at 1,400 px). */
  dpi?: number;
}

export interface TFidelityProblem {
  kind: 'pages' | 'images' | 'image-data' | 'pixels' | 'unreadable';
  page?: number;
  detail: string;
}

export interface TFidelityResult {
  faithful: boolean;
  problems: TFidelityProblem[];
  pages: number;
  /** Images drawn in the input and in the output (all pages). */
  images: { input: number; output: number };
}

/** A pixel differs when a channel differs by more than this (anti-aliasing and colour rounding stay below). */
const CHANNEL_TOLERANCE = 48;
/** Differing pixels allowed per page outside the mask: a few stray anti-aliasing pixels, not a moved word. */
const PIXEL_ALLOWANCE = 6;
/** Mask margin around each box in points (anti-aliasing at the box edges). */
const BOX_MARGIN = 1.5;

function imagesDrawn(page: mupdf.Page): number {
  let n = 0;
  const dev = new mupdf.Device({
    fillImage: () => void n++,
    fillImageMask: () => void n++,
    clipImageMask: () => void n++,
  });
  try {
    page.run(dev, mupdf.Matrix.identity);
  } finally {
    dev.close();
    dev.destroy();
  }
  return n;
}

/** Image XObjects of the file written without their stream (a bare dictionary: the picture is gone). */
export function imagesWithoutData(doc: PDFDocument): number[] {
  const bad: number[] = [];
  const n = doc.countObjects();
  for (let i = 1; i < n; i++) {
    // MuPDF.js answers isStream() only on the indirect reference, not on the resolved dictionary
    const ref = doc.newIndirect(i);
    if (!ref.isDictionary()) continue;
    const sub = ref.get('Subtype');
    if (sub.isName() && sub.asName() === 'Image' && !ref.isStream()) bad.push(i);
  }
  return bad;
}

/** Rectangles (page space) that may differ: the boxes, widened, plus every glyph the boxes touch. */
function maskRects(page: mupdf.Page, boxes: TRect[]): TRect[] {
  if (boxes.length === 0) return [];
  const out: TRect[] = boxes.map((b) => [
    b[0] - BOX_MARGIN,
    b[1] - BOX_MARGIN,
    b[2] + BOX_MARGIN,
    b[3] + BOX_MARGIN,
  ]);
  const st = page.toStructuredText('preserve-whitespace');
  st.walk({
    onChar(_c, _origin, _font, _size, quad) {
      const r: TRect = [
        Math.min(quad[0], quad[2], quad[4], quad[6]),
        Math.min(quad[1], quad[3], quad[5], quad[7]),
        Math.max(quad[0], quad[2], quad[4], quad[6]),
        Math.max(quad[1], quad[3], quad[5], quad[7]),
      ];
      if (boxes.some((b) => r[0] < b[2] && b[0] < r[2] && r[1] < b[3] && b[1] < r[3]))
        out.push([r[0] - BOX_MARGIN, r[1] - BOX_MARGIN, r[2] + BOX_MARGIN, r[3] + BOX_MARGIN]);
    },
  });
  st.destroy();
  return out;
}

function render(page: mupdf.Page, scale: number): mupdf.Pixmap {
  return page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
}

/** Review furniture the pipeline removes on purpose (notes, attachment icons, links) is not in the reference. */
function dropReviewFurniture(doc: PDFDocument): void {
  for (let i = 0; i < doc.countPages(); i++) {
    if (doc.findPage(i).get('Annots').isNull()) continue;
    const page = doc.loadPage(i);
    try {
      for (const a of page.getAnnotations()) if (NOT_BAKED.has(a.getType())) page.deleteAnnotation(a);
    } catch {
      // unreadable annotations: the reference keeps what MuPDF can show
    }
    page.destroy();
  }
}

interface TPixelDiff {
  count: number;
  box: TRect;
}

function comparePixels(a: mupdf.Pixmap, b: mupdf.Pixmap, mask: TRect[], scale: number): TPixelDiff | string {
  const w = a.getWidth();
  const h = a.getHeight();
  if (w !== b.getWidth() || h !== b.getHeight())
    return `page size ${w}×${h} px became ${b.getWidth()}×${b.getHeight()} px`;
  const masked = new Uint8Array(w * h);
  for (const r of mask) {
    const x0 = Math.max(0, Math.floor(r[0] * scale) - 1);
    const y0 = Math.max(0, Math.floor(r[1] * scale) - 1);
    const x1 = Math.min(w, Math.ceil(r[2] * scale) + 1);
    const y1 = Math.min(h, Math.ceil(r[3] * scale) + 1);
    for (let y = y0; y < y1; y++) masked.fill(1, y * w + x0, y * w + Math.max(x0, x1));
  }
  const pa = a.getPixels();
  const pb = b.getPixels();
  const sa = a.getStride();
  const sb = b.getStride();
  let count = 0;
  const box: TRect = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (masked[y * w + x]) continue;
      const ia = y * sa + x * 3;
      const ib = y * sb + x * 3;
      if (
        Math.abs(pa[ia]! - pb[ib]!) > CHANNEL_TOLERANCE ||
        Math.abs(pa[ia + 1]! - pb[ib + 1]!) > CHANNEL_TOLERANCE ||
        Math.abs(pa[ia + 2]! - pb[ib + 2]!) > CHANNEL_TOLERANCE
      ) {
        count++;
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
    }
  }
  return { count, box: box.map((v) => Math.round(v / scale)) as TRect };
}

function openPdf(bytes: Uint8Array, password?: string): PDFDocument {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf').asPDF();
  if (!doc) throw new Error('not a PDF');
  if (doc.needsPassword() && !doc.authenticatePassword(password ?? '')) throw new Error('password needed');
  return doc;
}

/**
 * Compares a redacted output with its (PDF) input. `faithful` is true when the page count is the same, every
 * page draws as many images as before, no image XObject lost its data, and every page renders the same
 * outside the boxes (within a few anti-aliasing pixels).
 */
export function checkFidelity(
  input: Uint8Array,
  output: Uint8Array,
  opts: TFidelityOptions = {},
): TFidelityResult {
  const problems: TFidelityProblem[] = [];
  const images = { input: 0, output: 0 };
  let src: PDFDocument;
  let out: PDFDocument;
  try {
    src = openPdf(input, opts.password);
  } catch (e) {
    return {
      faithful: false,
      pages: 0,
      images,
      problems: [{ kind: 'unreadable', detail: `input: ${(e as Error).message}` }],
    };
  }
  try {
    out = openPdf(output);
  } catch (e) {
    src.destroy();
    return {
      faithful: false,
      pages: 0,
      images,
      problems: [{ kind: 'unreadable', detail: `output: ${(e as Error).message}` }],
    };
  }
  try {
    dropReviewFurniture(src);
    const n = src.countPages();
    const m = out.countPages();
    if (n !== m) problems.push({ kind: 'pages', detail: `${n} pages became ${m}` });
    const missing = imagesWithoutData(out);
    if (missing.length)
      problems.push({
        kind: 'image-data',
        detail: `${missing.length} image XObject(s) without their data (objects ${missing.slice(0, 5).join(', ')})`,
      });
    const dpi = opts.dpi ?? 72;
    for (let i = 0; i < Math.min(n, m); i++) {
      const pa = src.loadPage(i);
      const pb = out.loadPage(i);
      try {
        const ia = imagesDrawn(pa);
        const ib = imagesDrawn(pb);
        images.input += ia;
        images.output += ib;
        if (ia !== ib)
          problems.push({ kind: 'images', page: i + 1, detail: `${ia} images drawn, now ${ib}` });
        const bounds = pa.getBounds();
        const side = Math.max(bounds[2] - bounds[0], bounds[3] - bounds[1], 1);
        const scale = Math.min(dpi / 72, 1400 / side);
        const boxes = opts.boxes?.get(i + 1) ?? [];
        const mask = maskRects(pa, boxes).map(
          (r) => [r[0] - bounds[0], r[1] - bounds[1], r[2] - bounds[0], r[3] - bounds[1]] as TRect,
        );
        const ra = render(pa, scale);
        const rb = render(pb, scale);
        const d = comparePixels(ra, rb, mask, scale);
        ra.destroy();
        rb.destroy();
        if (typeof d === 'string') problems.push({ kind: 'pixels', page: i + 1, detail: d });
        else if (d.count > PIXEL_ALLOWANCE)
          problems.push({
            kind: 'pixels',
            page: i + 1,
            detail: `${d.count} px differ outside the boxes, within [${d.box.join(', ')}]`,
          });
      } finally {
        pa.destroy();
        pb.destroy();
      }
    }
    return { faithful: problems.length === 0, problems, pages: n, images };
  } finally {
    src.destroy();
    out.destroy();
  }
}
