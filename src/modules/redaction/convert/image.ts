// PNG, JPEG and TIFF (also multi-page) into PDF pages. Very large images are downscaled while decoding;
// images beyond LIMITS.maxImagePixels are refused before any pixel is decoded.
import { RedactionError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { mupdf, type PDFDocument } from '../mupdf.js';
import { documentToPdf, tooManyPages } from './writer.js';

const MIME = { png: 'image/png', jpeg: 'image/jpeg', tiff: 'image/tiff' } as const;

export interface TImageResult {
  doc: PDFDocument;
  notes: string[];
}

function largestImage(page: mupdf.Page): { w: number; h: number; gray: boolean } {
  let best = { w: 0, h: 0, gray: false };
  const dev = new mupdf.Device({
    fillImage(image: mupdf.Image) {
      const w = image.getWidth();
      const h = image.getHeight();
      if (w * h > best.w * best.h)
        best = { w, h, gray: image.getColorSpace()?.isGray() ?? image.getImageMask() };
    },
  });
  page.run(dev, mupdf.Matrix.identity);
  dev.close();
  return best;
}

export function imageToPdf(bytes: Uint8Array, kind: keyof typeof MIME, name: string): TImageResult {
  let src: mupdf.Document;
  try {
    src = mupdf.Document.openDocument(bytes, MIME[kind]);
  } catch {
    throw new RedactionError(
      'CORRUPT_FILE',
      `the ${kind.toUpperCase()} image cannot be read`,
      `billedet (${kind.toUpperCase()}) kan ikke læses`,
      name,
    );
  }
  const count = src.countPages();
  if (count > LIMITS.maxPages) throw tooManyPages(count, name);
  const notes: string[] = [];
  let needsDownscale = false;
  for (let i = 0; i < count; i++) {
    const { w, h } = largestImage(src.loadPage(i));
    const px = w * h;
    if (px > LIMITS.maxImagePixels)
      throw new RedactionError(
        'IMAGE_TOO_LARGE',
        `image of ${w}×${h} pixels (${Math.round(px / 1e6)} MP) is above the limit of ${LIMITS.maxImagePixels / 1e6} MP`,
        `billedet på ${w}×${h} pixel (${Math.round(px / 1e6)} MP) er over grænsen på ${LIMITS.maxImagePixels / 1e6} MP`,
        name,
      );
    if (px > LIMITS.downscaleImagePixels) {
      needsDownscale = true;
      notes.push(
        `page ${i + 1}: ${w}×${h} pixels downscaled to at most ${LIMITS.downscaleImagePixels / 1e6} MP`,
      );
    }
  }
  if (!needsDownscale) return { doc: documentToPdf(src, name), notes };
  return { doc: downscaledPdf(src), notes };
}

/** Renders each page into a pixmap of bounded size (MuPDF subsamples while decoding) and builds a PDF. */
function downscaledPdf(src: mupdf.Document): PDFDocument {
  const doc = new mupdf.PDFDocument();
  for (let i = 0; i < src.countPages(); i++) {
    const page = src.loadPage(i);
    const b = page.getBounds();
    const { w, h, gray } = largestImage(page);
    const f = Math.sqrt(LIMITS.downscaleImagePixels / Math.max(w * h, 1));
    const pxW = Math.max(1, Math.floor(w * f));
    const pxH = Math.max(1, Math.floor(h * f));
    const scale = pxW / (b[2] - b[0]);
    const pix = page.toPixmap(
      mupdf.Matrix.scale(scale, pxH / (b[3] - b[1])),
      gray ? mupdf.ColorSpace.DeviceGray : mupdf.ColorSpace.DeviceRGB,
      false,
      true,
    );
    const image = new mupdf.Image(pix);
    const res = doc.addObject({ XObject: { Im0: doc.addImage(image) } });
    const pw = b[2] - b[0];
    const ph = b[3] - b[1];
    const pageObj = doc.addPage([0, 0, pw, ph], 0, res, `q ${pw} 0 0 ${ph} 0 0 cm /Im0 Do Q`);
    doc.insertPage(-1, pageObj);
    pix.destroy();
    page.destroy();
  }
  return doc;
}
