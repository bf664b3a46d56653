// Reads every page (text layer, and OCR where the page is a scan), runs detection and returns suggestions.
// Pages are handled in chunks so memory stays bounded on long documents.
import { LIMITS } from './limits.js';
import { detectOnPages } from './map-spans.js';
import type { PDFDocument } from './mupdf.js';
import { renderForOcr, toPageWords, type TOcrPool } from './ocr.js';
import { extractPageText, pageTextFromWords, type TOcrWord, type TPageText } from './page-text.js';
import type { TDetector, TPageInfo, TRedactContext, TSuggestion } from './types.js';

export interface TPageState extends TPageInfo {
  hasTextLayer: boolean;
  /** OCR words in page space (only for OCR'd pages), for the invisible text layer. */
  ocrWords: TOcrWord[];
  /** The original texts of the page (text layer, OCR), kept for verification. */
  texts: { source: 'text' | 'ocr'; text: string }[];
}

/** Share of the page covered by images; pages mostly made of image are scans and get OCR. */
const SCAN_IMAGE_SHARE = 0.3;

export interface TAnalyseDeps {
  context: TRedactContext;
  detector: TDetector;
  ocr: TOcrPool;
}

export async function analysePdf(
  doc: PDFDocument,
  deps: TAnalyseDeps,
): Promise<{ pages: TPageState[]; suggestions: TSuggestion[] }> {
  const count = doc.countPages();
  const pages: TPageState[] = [];
  const suggestions: TSuggestion[] = [];
  for (let first = 0; first < count; first += LIMITS.detectChunkPages) {
    const last = Math.min(first + LIMITS.detectChunkPages, count);
    const chunk: TPageText[] = [];
    const ocrJobs: Promise<void>[] = [];
    for (let i = first; i < last; i++) {
      const page = doc.loadPage(i);
      const b = page.getBounds();
      const width = b[2] - b[0];
      const height = b[3] - b[1];
      const pt = extractPageText(page, i);
      const hasTextLayer = pt.text.trim().length > 0;
      const share = pt.imageArea / Math.max(width * height, 1);
      const ocr = share >= SCAN_IMAGE_SHARE || (!hasTextLayer && share > 0);
      const state: TPageState = { page: i + 1, width, height, ocr, hasTextLayer, ocrWords: [], texts: [] };
      pages.push(state);
      if (hasTextLayer) {
        chunk.push(pt);
        state.texts.push({ source: 'text', text: pt.text });
      }
      if (ocr) {
        const { png, scale } = renderForOcr(page);
        ocrJobs.push(
          deps.ocr.recognise(png).then((raw) => {
            state.ocrWords = toPageWords(raw, scale, [b[0], b[1]]);
            const opt = pageTextFromWords(state.ocrWords, i);
            chunk.push(opt);
            state.texts.push({ source: 'ocr', text: opt.text });
          }),
        );
      }
      page.destroy();
    }
    await Promise.all(ocrJobs);
    chunk.sort((a, b) => a.page - b.page || (a.source === b.source ? 0 : a.source === 'text' ? -1 : 1));
    suggestions.push(...detectOnPages(chunk, deps.context, deps.detector));
  }
  return { pages, suggestions };
}
