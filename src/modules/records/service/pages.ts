// Page images for the review viewer: the server renders a document's pages to PNG with MuPDF, so the
// browser needs no PDF engine. Every call reads the document through readDocumentContent, which writes the
// `records.document.read` audit entry (every view of a document is audited).
import * as mupdf from 'mupdf';
import type { Db } from '../../../platform/db/database.js';
import type { Actor } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { openAsPdf } from '../../redaction/index.js';
import { readDocumentContent } from './documents.js';
import { recordsError } from './shared.js';

/** Page size in PDF points, top-left origin: the coordinate system of suggestion and manual boxes. */
export type PageSize = { page: number; width: number; height: number };

const MAX_PIXELS = 40_000_000;

/**
 * Plain text and HTML are laid out by the redaction module (its suggestion boxes are in that layout), so the
 * viewer shows the same pages; other formats are opened by MuPDF directly.
 */
async function open(bytes: Uint8Array, mediaType: string): Promise<mupdf.Document> {
  try {
    if (mediaType === 'text/plain' || mediaType === 'text/html')
      return (await openAsPdf(bytes, 'document')).doc;
    return mupdf.Document.openDocument(bytes, mediaType);
  } catch {
    throw recordsError('preview', `cannot open ${mediaType} page by page`);
  }
}

export async function documentPages(db: Db, actor: Actor, documentId: string): Promise<PageSize[]> {
  const file = await readDocumentContent(db, actor, documentId);
  const doc = await open(file.bytes, file.mediaType);
  try {
    const pages: PageSize[] = [];
    for (let i = 0; i < doc.countPages(); i += 1) {
      const [x0, y0, x1, y1] = doc.loadPage(i).getBounds();
      pages.push({ page: i + 1, width: x1 - x0, height: y1 - y0 });
    }
    return pages;
  } finally {
    doc.destroy();
  }
}

/** One page (1-based) as PNG at the given resolution. */
export async function renderPage(
  db: Db,
  actor: Actor,
  documentId: string,
  page: number,
  dpi: number,
): Promise<Uint8Array> {
  const file = await readDocumentContent(db, actor, documentId);
  const doc = await open(file.bytes, file.mediaType);
  try {
    if (page > doc.countPages()) throw notFound(`page ${page} does not exist`);
    const p = doc.loadPage(page - 1);
    const [x0, y0, x1, y1] = p.getBounds();
    const scale = dpi / 72;
    if ((x1 - x0) * scale * (y1 - y0) * scale > MAX_PIXELS)
      throw recordsError('preview', 'page too large at this resolution');
    const pixmap = p.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
    try {
      return new Uint8Array(pixmap.asPNG());
    } finally {
      pixmap.destroy();
    }
  } finally {
    doc.destroy();
  }
}
