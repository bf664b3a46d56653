// Turns any MuPDF document (DOCX layout, images, HTML) into a PDF by running its pages into MuPDF's PDF
// writer, which keeps text as text and images as images.
import { RedactionError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { mupdf, type PDFDocument } from '../mupdf.js';

export function documentToPdf(src: mupdf.Document, name: string): PDFDocument {
  const count = src.countPages();
  if (count > LIMITS.maxPages) throw tooManyPages(count, name);
  const buf = new mupdf.Buffer();
  const writer = new mupdf.DocumentWriter(buf, 'pdf', '');
  for (let i = 0; i < count; i++) {
    const page = src.loadPage(i);
    const dev = writer.beginPage(page.getBounds());
    page.run(dev, mupdf.Matrix.identity);
    writer.endPage();
    page.destroy();
  }
  writer.close();
  // copy out of the WebAssembly heap: a view would be detached when the heap grows while it is read
  const bytes = buf.asUint8Array().slice();
  buf.destroy();
  return openPdfBytes(bytes, name);
}

export function openPdfBytes(bytes: Uint8Array, name: string): PDFDocument {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf').asPDF();
  if (!doc) throw new RedactionError('CORRUPT_FILE', 'not a readable PDF', 'ikke en læsbar PDF', name);
  return doc;
}

export function tooManyPages(count: number, name: string): RedactionError {
  return new RedactionError(
    'TOO_MANY_PAGES',
    `${count} pages is more than the limit of ${LIMITS.maxPages}; split the document`,
    `${count} sider er mere end grænsen på ${LIMITS.maxPages}; del dokumentet op`,
    name,
  );
}

/** Appends every page of `src` to `dst` (a bundle of mail body and attachments). */
export function appendPages(dst: PDFDocument, src: PDFDocument): void {
  const map = dst.newGraftMap();
  const count = src.countPages();
  for (let i = 0; i < count; i++) map.graftPage(-1, src, i);
}
