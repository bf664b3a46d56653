// Resource limits. Each has a reason: the pipeline must never exhaust memory or run without end.
export const LIMITS = {
  /** Largest input accepted at all. */
  maxInputBytes: 512 * 1024 * 1024,
  /** Pages in one output PDF (documents plus attachments). */
  maxPages: 5000,
  /** Nesting of e-mail attachments (mail in mail in mail …). */
  maxMailDepth: 4,
  /** Parts (bodies and attachments) in one e-mail, all levels together. */
  maxMailParts: 64,
  /** DOCX: total declared uncompressed size and the largest compression ratio of one entry. */
  maxZipUncompressed: 200 * 1024 * 1024,
  maxZipRatio: 200,
  maxZipEntries: 5000,
  /** Images above this are refused; between the downscale limit and this they are downscaled. */
  maxImagePixels: 150_000_000,
  downscaleImagePixels: 25_000_000,
  /** OCR resolution and the largest rendered side in pixels. */
  ocrDpi: 200,
  ocrMaxSide: 4000,
  /** Pages detected together (bounded text size, bounded memory). */
  detectChunkPages: 50,
  /** Seconds for one OCR job before it is abandoned. */
  ocrTimeoutSeconds: 120,
} as const;
