// Page previews for the review viewer: page sizes and one page as PNG. Runs in the pool's worker threads
// (pool.ts), never on the HTTP server's event loop: opening a 400-page PDF and rasterising a page at 300 dpi
// take tens to hundreds of milliseconds of CPU. The worker keeps the last few opened documents, so the pages
// of one bundle viewed one after the other are not parsed again.
import { RedactionError } from './errors.js';
import { textFileToPdf } from './convert/text.js';
import { mupdf } from './mupdf.js';

export type TPageSize = { page: number; width: number; height: number };

/** Largest image a render may produce (a 300 dpi A3 page is 17.4 million pixels). */
export const MAX_RENDER_PIXELS = 20_000_000;

type Open = { key: string; doc: mupdf.Document };
const recent: Open[] = [];
const KEEP = 4;

function openDocument(key: string, bytes: Uint8Array, mediaType: string): mupdf.Document {
  const i = recent.findIndex((o) => o.key === key);
  if (i >= 0) {
    const [hit] = recent.splice(i, 1);
    recent.unshift(hit!);
    return hit!.doc;
  }
  let doc: mupdf.Document;
  try {
    // Plain text and HTML are laid out as the redaction module lays them out for screening, so the viewer
    // shows the pages the suggestion boxes refer to.
    doc =
      mediaType === 'text/plain' || mediaType === 'text/html'
        ? textFileToPdf(bytes, mediaType === 'text/html' ? 'html' : 'text', 'document')
        : mupdf.Document.openDocument(bytes, mediaType);
  } catch {
    throw new RedactionError(
      'CORRUPT_FILE',
      `cannot open ${mediaType} page by page`,
      `kan ikke åbnes side for side`,
    );
  }
  recent.unshift({ key, doc });
  for (const old of recent.splice(KEEP)) old.doc.destroy();
  return doc;
}

export function pageSizes(key: string, bytes: Uint8Array, mediaType: string): TPageSize[] {
  const doc = openDocument(key, bytes, mediaType);
  const pages: TPageSize[] = [];
  for (let i = 0; i < doc.countPages(); i += 1) {
    const page = doc.loadPage(i);
    const [x0, y0, x1, y1] = page.getBounds();
    page.destroy();
    pages.push({ page: i + 1, width: x1 - x0, height: y1 - y0 });
  }
  return pages;
}

/** Page `page` (1-based) as PNG at `dpi`; INVALID_REVIEW when the page does not exist or is too large. */
export function renderPagePng(
  key: string,
  bytes: Uint8Array,
  mediaType: string,
  page: number,
  dpi: number,
): Uint8Array {
  const doc = openDocument(key, bytes, mediaType);
  if (page < 1 || page > doc.countPages())
    throw new RedactionError('INVALID_REVIEW', `page ${page} does not exist`, `side ${page} findes ikke`);
  const p = doc.loadPage(page - 1);
  try {
    const [x0, y0, x1, y1] = p.getBounds();
    const scale = dpi / 72;
    if ((x1 - x0) * scale * (y1 - y0) * scale > MAX_RENDER_PIXELS)
      throw new RedactionError(
        'IMAGE_TOO_LARGE',
        'page too large at this resolution',
        'siden er for stor i denne opløsning',
      );
    const pixmap = p.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
    try {
      return new Uint8Array(pixmap.asPNG());
    } finally {
      pixmap.destroy();
    }
  } finally {
    p.destroy();
  }
}

export type TTextBox = { page: number; box: [number, number, number, number]; text: string };

const quadBox = (q: number[]): [number, number, number, number] => [
  Math.min(q[0]!, q[4]!),
  Math.min(q[1]!, q[3]!),
  Math.max(q[2]!, q[6]!),
  Math.max(q[5]!, q[7]!),
];

/** Every occurrence of `needle` (ignoring case) in the text layer, up to `maxHits`. */
export function searchText(
  key: string,
  bytes: Uint8Array,
  mediaType: string,
  needle: string,
  maxHits: number,
): TTextBox[] {
  const doc = openDocument(key, bytes, mediaType);
  const hits: TTextBox[] = [];
  for (let i = 0; i < doc.countPages() && hits.length < maxHits; i += 1) {
    const page = doc.loadPage(i);
    try {
      // MuPDF's option string (not an object): "Jensen" also finds "JENSEN"; at most 500 hits a page.
      for (const hit of page.search(needle, 'ignore-case'))
        for (const q of hit) hits.push({ page: i + 1, box: quadBox(q as unknown as number[]), text: needle });
    } finally {
      page.destroy();
    }
  }
  return hits.slice(0, maxHits);
}

/** The words of one page with their boxes, for selecting text over the page image. */
export function pageWords(key: string, bytes: Uint8Array, mediaType: string, page: number): TTextBox[] {
  const doc = openDocument(key, bytes, mediaType);
  if (page < 1 || page > doc.countPages())
    throw new RedactionError('INVALID_REVIEW', `page ${page} does not exist`, `side ${page} findes ikke`);
  const p = doc.loadPage(page - 1);
  const text = p.toStructuredText('preserve-whitespace');
  const words: TTextBox[] = [];
  let current: TTextBox | null = null;
  const flush = (): void => {
    if (current && current.text.trim()) words.push(current);
    current = null;
  };
  try {
    text.walk({
      onChar(c, _origin, _font, _size, quad) {
        if (/\s/.test(c)) return flush();
        const b = quadBox(quad as unknown as number[]);
        if (!current) current = { page, box: b, text: c };
        else {
          current.text += c;
          current.box = [
            Math.min(current.box[0], b[0]),
            Math.min(current.box[1], b[1]),
            Math.max(current.box[2], b[2]),
            Math.max(current.box[3], b[3]),
          ];
        }
      },
      endLine: flush,
    });
    flush();
    return words;
  } finally {
    text.destroy();
    p.destroy();
  }
}
