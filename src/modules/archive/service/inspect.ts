// Checks a file before it enters the archive: a format the screening pipeline reads (PDF, TIFF, JPEG, PNG),
// not empty, not encrypted, readable, and not longer than the archive's page limit. Returns a message per
// problem in English and Danish; the import reports it on the manifest line and goes on.
import * as mupdf from 'mupdf';
import { sniffFormat } from '../../redaction/index.js';

mupdf.setLog({ warning: () => undefined, error: () => undefined });

/** Pages in one archive document; longer files (whole scanned binders) must be split before import. */
export function archiveMaxPages(env: Record<string, string | undefined> = process.env): number {
  const raw = Number(env.RODTRAD_ARCHIVE_MAX_PAGES);
  return Number.isInteger(raw) && raw > 0 ? raw : 500;
}

const MIME = { pdf: 'application/pdf', tiff: 'image/tiff', jpeg: 'image/jpeg', png: 'image/png' } as const;

export type TInspection =
  | { ok: true; format: keyof typeof MIME; mime: string; pages: number }
  | { ok: false; message: string; messageDa: string };

export function inspectFile(bytes: Uint8Array, maxPages = archiveMaxPages()): TInspection {
  if (bytes.length === 0)
    return { ok: false, message: 'the file is empty (0 bytes)', messageDa: 'filen er tom (0 byte)' };
  const format = sniffFormat(bytes);
  if (format !== 'pdf' && format !== 'tiff' && format !== 'jpeg' && format !== 'png')
    return {
      ok: false,
      message: `unsupported file type${format ? ` (${format})` : ''}: the archive takes PDF, TIFF, JPEG and PNG`,
      messageDa: `filtypen understøttes ikke${format ? ` (${format})` : ''}: arkivet modtager PDF, TIFF, JPEG og PNG`,
    };
  let doc: mupdf.Document | undefined;
  try {
    doc = mupdf.Document.openDocument(bytes, MIME[format]);
    if (doc.needsPassword())
      return {
        ok: false,
        message: 'the file is encrypted (password protected); remove the protection and import it again',
        messageDa: 'filen er krypteret (beskyttet med adgangskode); fjern beskyttelsen og importér den igen',
      };
    const pages = doc.countPages();
    if (pages < 1) return { ok: false, message: 'the file has no pages', messageDa: 'filen har ingen sider' };
    if (pages > maxPages)
      return {
        ok: false,
        message: `the file has ${pages} pages; the archive takes at most ${maxPages} per document (split it)`,
        messageDa: `filen har ${pages} sider; arkivet modtager højst ${maxPages} pr. dokument (del den op)`,
      };
    // Loading the first page catches files whose header is fine but whose body is broken.
    doc.loadPage(0).getBounds();
    return { ok: true, format, mime: MIME[format], pages };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      ok: false,
      message: `the file cannot be read (${reason})`,
      messageDa: `filen kan ikke læses (${reason})`,
    };
  } finally {
    doc?.destroy();
  }
}
