// Runs the detector over the text of a group of pages and maps every span back to boxes on the page:
// one box per line segment, so an item split across two lines gets two boxes.
import type { TPageText } from './page-text.js';
import type { TDetector, TRedactContext, TRect, TSuggestion } from './types.js';

const PAGE_JOIN = '\n\n';

/** Padding (points) around OCR word boxes so that anti-aliased edge pixels are covered too. */
const OCR_PAD = 1.5;

export function boxesFor(pt: TPageText, start: number, end: number): TRect[] {
  const byLine = new Map<number, TRect>();
  for (let i = start; i < end; i++) {
    const x0 = pt.rects[i * 4]!;
    if (Number.isNaN(x0) || /\s/.test(pt.text[i]!)) continue;
    const r: TRect = [x0, pt.rects[i * 4 + 1]!, pt.rects[i * 4 + 2]!, pt.rects[i * 4 + 3]!];
    const line = pt.lines[i]!;
    const cur = byLine.get(line);
    if (!cur) byLine.set(line, r);
    else
      byLine.set(line, [
        Math.min(cur[0], r[0]),
        Math.min(cur[1], r[1]),
        Math.max(cur[2], r[2]),
        Math.max(cur[3], r[3]),
      ]);
  }
  const pad = pt.source === 'ocr' ? OCR_PAD : 0;
  return [...byLine.values()].map((r) => [r[0] - pad, r[1] - pad, r[2] + pad, r[3] + pad]);
}

/** Detects on the pages together (the detector sees context across page breaks) and returns suggestions. */
export function detectOnPages(
  pages: TPageText[],
  context: TRedactContext,
  detector: TDetector,
): TSuggestion[] {
  const offsets: number[] = [];
  let text = '';
  for (const pt of pages) {
    if (text.length > 0) text += PAGE_JOIN;
    offsets.push(text.length);
    text += pt.text;
  }
  if (text.trim().length === 0) return [];
  const { spans } = detector({ text, ...context });
  const out: TSuggestion[] = [];
  for (const span of spans) {
    pages.forEach((pt, k) => {
      const base = offsets[k]!;
      const s = Math.max(span.start - base, 0);
      const e = Math.min(span.end - base, pt.text.length);
      if (e <= s) return;
      const boxes = boxesFor(pt, s, e);
      if (boxes.length === 0) return;
      out.push({
        id: `p${pt.page + 1}-${pt.source}-${s}-${e}`,
        page: pt.page + 1,
        boxes,
        label: span.label,
        legalBasis: span.legalBasis,
        text: pt.text.slice(s, e),
        confidence: span.confidence,
        source: pt.source,
      });
    });
  }
  return out;
}
