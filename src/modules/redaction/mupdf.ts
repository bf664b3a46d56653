// The one place that loads MuPDF.js (WebAssembly, loaded once per process).
import * as mupdf from 'mupdf';

mupdf.setLog({ warning: () => undefined, error: () => undefined });

export { mupdf };
export type PDFDocument = mupdf.PDFDocument;
export type PDFPage = mupdf.PDFPage;
export type Matrix = mupdf.Matrix;
