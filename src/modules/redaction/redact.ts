// The pipeline: open any input as PDF → analyse (text, OCR, detection) → choose items (accept/reject,
// manual boxes) → apply MuPDF redactions → draw boxes with legal basis (+ invisible OCR text) → scrub →
// full rewrite → verify the bytes → hand out.
import { detect } from '../detection/index.js';
import { asRedactionError, RedactionError } from './errors.js';
import { analysePdf, type TPageState } from './analyse.js';
import { cacheContext, contentKey, pageCache } from './cache.js';
import { normalisePageContent } from './content.js';
import { openAsPdf } from './convert/to-pdf.js';
import { drawOnPage, labelCandidates, type TLabelledBox } from './draw.js';
import { mupdf, type PDFDocument, type PDFPage } from './mupdf.js';
import { extractPageText, type TPageText } from './page-text.js';
import { createOcrPool, textLikeWords, type TOcrPool } from './ocr.js';
import { dropAnnotations, dropReviewAnnotations, SAVE_OPTIONS, scrubDocument } from './scrub.js';
import type {
  TAnalysis,
  TDetector,
  TManualBox,
  TRect,
  TRedactOptions,
  TRedactReport,
  TRejection,
  TSuggestion,
} from './types.js';
import { verifyOutput, type TVerifyItem } from './verify.js';

export const defaultDetector: TDetector = (input) => detect(input);
const noDetection: TDetector = () => ({ spans: [] });

interface TPrepared {
  doc: PDFDocument;
  analysis: TAnalysis;
  states: TPageState[];
}

async function prepare(bytes: Uint8Array, opts: TRedactOptions, ocr: TOcrPool): Promise<TPrepared> {
  const name = opts.name ?? 'input';
  const opened = await openAsPdf(bytes, name, opts.password);
  const { doc } = opened;
  const annotated: number[] = [];
  for (let i = 0; i < doc.countPages(); i++) if (!doc.findPage(i).get('Annots').isNull()) annotated.push(i);
  for (const i of annotated) {
    const page = doc.loadPage(i);
    try {
      dropReviewAnnotations(page);
    } catch {
      // unreadable annotations are removed with the rest below
    }
    page.destroy();
  }
  if (annotated.length) {
    try {
      // visible annotation and form-field appearances become page content, so detection sees them and
      // redaction covers them; the annotation objects (comments, field values, actions) are then dropped
      doc.bake(true, true);
    } catch {
      // a document whose annotations cannot be baked loses them below, which is the safe direction
    }
    for (const i of annotated) dropAnnotations(doc.findPage(i));
  }
  // Pages read by an earlier call on the same bytes are reused (cache.ts); suggestions only for the default
  // detector and the same context. `null`: no detection wanted, the pages suffice.
  const context = cacheContext(opts);
  const key = context === undefined ? '' : contentKey(bytes);
  let { pages, suggestions } = (context !== undefined && pageCache.get(key, context)) || {
    pages: null,
    suggestions: [],
  };
  if (!pages) {
    ({ pages, suggestions } = await analysePdf(doc, {
      context: opts.context ?? {},
      detector: opts.detect === false ? noDetection : (opts.detector ?? defaultDetector),
      ocr,
    }));
    if (context !== undefined) pageCache.set(key, pages, context, suggestions);
  }
  return {
    doc,
    states: pages,
    analysis: {
      format: opened.format,
      pages: pages.map(({ page, width, height, ocr: o }) => ({ page, width, height, ocr: o })),
      suggestions,
      ocrUsed: pages.some((p) => p.ocr),
      skipped: [...opened.skipped, ...opened.notes.map((n) => ({ name, reason: n }))],
    },
  };
}

/**
 * What a long-running caller (a redaction worker thread) keeps between documents: an OCR pool whose Tesseract
 * workers are already started (starting them, with the Danish model, costs about 2 s per document). Such a
 * pool is the caller's to close; without one, each call starts and closes its own.
 */
export interface TRuntime {
  ocr?: TOcrPool;
}

/** Suggestions for the review UI: nothing is changed. */
export async function analyseDocument(
  bytes: Uint8Array,
  opts: Omit<TRedactOptions, 'accept' | 'reject' | 'manual'> = {},
  runtime: TRuntime = {},
): Promise<TAnalysis> {
  const ocr = runtime.ocr ?? createOcrPool();
  try {
    const { doc, analysis } = await prepare(bytes, opts, ocr);
    doc.destroy();
    return analysis;
  } catch (e) {
    throw asRedactionError(e, opts.name ?? 'input');
  } finally {
    if (!runtime.ocr) await ocr.close();
  }
}

export function selectSuggestions(
  all: TSuggestion[],
  accept?: string[],
  reject?: TRejection[],
): { chosen: TSuggestion[]; rejected: number } {
  const acceptSet = accept ? new Set(accept) : null;
  const rejectIds = new Set((reject ?? []).filter((r): r is string => typeof r === 'string'));
  const rejectTexts = new Set(
    (reject ?? []).filter((r): r is { text: string } => typeof r !== 'string').map((r) => r.text.trim()),
  );
  const chosen = all.filter(
    (s) => (!acceptSet || acceptSet.has(s.id)) && !rejectIds.has(s.id) && !rejectTexts.has(s.text.trim()),
  );
  return { chosen, rejected: all.length - chosen.length };
}

const overlaps = (a: TRect, b: TRect): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

const grown = (r: TRect): TRect => {
  const h = (r[3] - r[1]) * 0.3;
  return [r[0], r[1] - h, r[2], r[3] + h];
};

function manualRect(m: TManualBox): TRect {
  return [Math.min(m.x0, m.x1), Math.min(m.y0, m.y1), Math.max(m.x0, m.x1), Math.max(m.y0, m.y1)];
}

/**
 * Whether an OCR word is already in the page's text layer (a scan with a partial text layer: a stamp, a
 * typed header): some character of the (redacted) layer has its centre inside the word's box. Such words are
 * not added again; the rest of the OCR makes the image part searchable.
 */
const layerCache = new WeakMap<PDFPage, TPageText>();
function inTextLayer(page: PDFPage, r: TRect): boolean {
  let pt = layerCache.get(page);
  if (!pt) {
    pt = extractPageText(page, 0);
    layerCache.set(page, pt);
  }
  for (let i = 0; i < pt.text.length; i++) {
    const x0 = pt.rects[i * 4]!;
    if (Number.isNaN(x0) || !pt.text[i]!.trim()) continue;
    const cx = (x0 + pt.rects[i * 4 + 2]!) / 2;
    const cy = (pt.rects[i * 4 + 1]! + pt.rects[i * 4 + 3]!) / 2;
    if (cx >= r[0] && cx <= r[2] && cy >= r[1] && cy <= r[3]) return true;
  }
  return false;
}

/**
 * Original page texts with every chosen item blanked where it was found: what may legitimately remain
 * readable. Only the redacted occurrences are blanked (by their offsets, from the suggestion id): another
 * occurrence of the same string that was not chosen stays allowed, instead of making verification refuse a
 * correct output ("a PERSON item is still readable") with nothing the caseworker could change.
 */
function allowedTexts(states: TPageState[], chosen: TSuggestion[]): Map<number, string> {
  const out = new Map<number, string>();
  const ranges = new Map<string, [number, number][]>();
  const fallback = new Map<number, TSuggestion[]>();
  for (const s of chosen) {
    const m = /^p(\d+)-(text|ocr)-(\d+)-(\d+)$/.exec(s.id);
    if (!m) {
      fallback.set(s.page, [...(fallback.get(s.page) ?? []), s]);
      continue;
    }
    const key = `${s.page}-${m[2]}`;
    ranges.set(key, [...(ranges.get(key) ?? []), [Number(m[3]), Number(m[4])]]);
  }
  for (const st of states) {
    const parts = st.texts.map(({ source, text }) => {
      let t = text;
      for (const [a, b] of ranges.get(`${st.page}-${source}`) ?? [])
        t = t.slice(0, a) + ' '.repeat(Math.max(0, Math.min(b, t.length) - a)) + t.slice(b);
      return t;
    });
    let joined = parts.join('\n\n');
    for (const it of fallback.get(st.page) ?? [])
      joined = joined.split(it.text).join(' '.repeat(it.text.length));
    out.set(st.page, joined);
  }
  return out;
}

export async function redactDocument(
  bytes: Uint8Array,
  opts: TRedactOptions = {},
  runtime: TRuntime = {},
): Promise<{ pdf: Uint8Array; report: TRedactReport; analysis: TAnalysis }> {
  const t0 = performance.now();
  const ocr = runtime.ocr ?? createOcrPool();
  try {
    const { doc, analysis, states } = await prepare(bytes, opts, ocr);
    const { chosen, rejected } = selectSuggestions(analysis.suggestions, opts.accept, opts.reject);
    const manual = opts.manual ?? [];
    for (const m of manual)
      if (!Number.isInteger(m.page) || m.page < 1 || m.page > states.length)
        throw new RedactionError(
          'INVALID_REVIEW',
          `manual box on page ${m.page}, but the document has ${states.length} pages`,
          `manuel boks på side ${m.page}, men dokumentet har ${states.length} sider`,
          opts.name,
        );
    const boxesByPage = new Map<number, TLabelledBox[]>();
    const add = (page: number, b: TLabelledBox): void => {
      boxesByPage.set(page, [...(boxesByPage.get(page) ?? []), b]);
    };
    for (const s of chosen) for (const rect of s.boxes) add(s.page, { rect, legalBasis: s.legalBasis });
    for (const m of manual) add(m.page, { rect: manualRect(m), legalBasis: m.legalBasis });

    for (const st of states) {
      const boxes = boxesByPage.get(st.page) ?? [];
      if (boxes.length === 0 && (st.ocrWords.length === 0 || opts.textLayer === false)) continue;
      const page = doc.loadPage(st.page - 1);
      if (boxes.length) normalisePageContent(doc, page.getObject());
      for (const b of boxes) page.createAnnotation('Redact').setRect(b.rect);
      if (boxes.length)
        page.applyRedactions(
          false,
          mupdf.PDFPage.REDACT_IMAGE_PIXELS,
          mupdf.PDFPage.REDACT_LINE_ART_REMOVE_IF_COVERED,
          mupdf.PDFPage.REDACT_TEXT_REMOVE,
        );
      const hidden =
        opts.textLayer === false
          ? []
          : textLikeWords(st.ocrWords).filter(
              (w) =>
                // the drawn word may reach a little beyond its OCR box (font size from the line's tallest
                // word): a word close above or below a box is left out rather than drawn into it
                !boxes.some((b) => overlaps(grown(w.rect), b.rect)) &&
                !(st.hasTextLayer && inTextLayer(page, w.rect)),
            );
      drawOnPage(doc, page, boxes, hidden);
      page.destroy();
    }
    scrubDocument(doc);
    const pdf = doc.saveToBuffer(SAVE_OPTIONS).asUint8Array().slice();
    doc.destroy();

    const items: TVerifyItem[] = [
      ...chosen.map((s) => ({
        page: s.page,
        text: s.text,
        label: s.label,
        boxes: s.boxes,
        source: s.source,
      })),
      ...manual.map((m) => ({
        page: m.page,
        text: '',
        label: 'MANUAL',
        boxes: [manualRect(m)],
        source: 'manual' as const,
      })),
    ];
    const labels = [
      ...new Set(
        [...chosen.map((s) => s.legalBasis), ...manual.map((m) => m.legalBasis)].flatMap(labelCandidates),
      ),
    ].sort((a, b) => b.length - a.length);
    await verifyOutput(pdf, {
      items,
      allowed: allowedTexts(states, chosen),
      labels,
      ocr,
      pages: states.length,
    });

    const counts: Record<string, number> = {};
    for (const s of chosen) counts[s.label] = (counts[s.label] ?? 0) + 1;
    const report: TRedactReport = {
      format: analysis.format,
      pages: states.length,
      items: counts,
      itemsTotal: chosen.length,
      manualBoxes: manual.length,
      rejected,
      ocr: analysis.ocrUsed,
      ocrPages: states.filter((s) => s.ocr).length,
      verified: true,
      skipped: analysis.skipped,
      seconds: Math.round((performance.now() - t0) / 10) / 100,
    };
    return { pdf, report, analysis };
  } catch (e) {
    throw asRedactionError(e, opts.name ?? 'input');
  } finally {
    if (!runtime.ocr) await ocr.close();
  }
}
