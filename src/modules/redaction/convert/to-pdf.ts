// Any supported input → one PDFDocument. The type comes from the content (sniffFormat), never the name.
import { RedactionError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { mupdf, type PDFDocument } from '../mupdf.js';
import { sniffFormat } from '../sniff.js';
import type { TInputFormat } from '../types.js';
import { decryptAes256 } from './decrypt.js';
import { docxToPdf } from './docx.js';
import { imageToPdf } from './image.js';
import { emlToPdf, msgToPdf, takePart, type TMailBudget } from './mail.js';
import { sniffText, textFileToPdf } from './text.js';
import { openPdfBytes, tooManyPages } from './writer.js';

export interface TOpened {
  doc: PDFDocument;
  format: TInputFormat;
  skipped: { name: string; reason: string }[];
  notes: string[];
}

async function openPdf(
  bytes: Uint8Array,
  name: string,
  notes: string[],
  password?: string,
): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    doc = openPdfBytes(bytes, name);
  } catch (e) {
    if (e instanceof RedactionError) throw e;
    throw new RedactionError(
      'CORRUPT_FILE',
      'damaged PDF that cannot be opened',
      'beskadiget PDF, der ikke kan åbnes',
      name,
    );
  }
  // `--password ""` is a password too (the empty one), not a missing one
  if (doc.needsPassword() && !(password !== undefined && doc.authenticatePassword(password))) {
    // AES-256 files MuPDF will not open although readers do (an empty owner password with a mismatching
    // permissions block; only an attached file encrypted): decrypted here, attachments dropped
    const plain = await decryptAes256(bytes, password ?? '');
    if (plain && plain !== 'wrong-password') {
      doc.destroy();
      doc = openPdfBytes(plain.bytes, name);
      if (plain.droppedAttachments)
        notes.push(`${name}: ${plain.droppedAttachments} encrypted attachment(s) removed`);
    }
    if (doc.needsPassword()) {
      if (password === undefined)
        throw new RedactionError(
          'ENCRYPTED',
          'the PDF is encrypted; give its password with --password',
          'PDF-filen er krypteret; angiv adgangskoden med --password',
          name,
        );
      throw new RedactionError(
        'WRONG_PASSWORD',
        'the password does not open the PDF',
        'adgangskoden åbner ikke PDF-filen',
        name,
      );
    }
  }
  let count: number;
  try {
    count = doc.countPages();
  } catch {
    throw new RedactionError(
      'CORRUPT_FILE',
      'damaged PDF: the page tree cannot be read',
      'beskadiget PDF: sidetræet kan ikke læses',
      name,
    );
  }
  if (count === 0)
    throw new RedactionError('CORRUPT_FILE', 'the PDF has no pages', 'PDF-filen har ingen sider', name);
  if (count > LIMITS.maxPages) throw tooManyPages(count, name);
  return doc;
}

async function convert(
  bytes: Uint8Array,
  name: string,
  depth: number,
  budget: TMailBudget,
  notes: string[],
  password?: string,
): Promise<{ doc: PDFDocument; format: TInputFormat }> {
  if (bytes.length === 0)
    throw new RedactionError('EMPTY_FILE', 'the file is empty (0 bytes)', 'filen er tom (0 byte)', name);
  if (bytes.length > LIMITS.maxInputBytes)
    throw new RedactionError(
      'UNSUPPORTED_FORMAT',
      `larger than ${LIMITS.maxInputBytes / 2 ** 20} MB`,
      `større end ${LIMITS.maxInputBytes / 2 ** 20} MB`,
      name,
    );
  const kind = sniffFormat(bytes);
  const part: (b: Uint8Array, n: string, d: number, bud: TMailBudget) => Promise<PDFDocument | null> = async (
    b,
    n,
    d,
    bud,
  ) => {
    if (!takePart(bud, n, d)) return null;
    try {
      return (await convert(b, n, d, bud, notes)).doc;
    } catch (e) {
      // an attachment that cannot be converted is listed, not fatal; a zip bomb or too many pages is fatal
      if (
        e instanceof RedactionError &&
        (e.code === 'UNSUPPORTED_FORMAT' ||
          e.code === 'CORRUPT_FILE' ||
          e.code === 'ENCRYPTED' ||
          e.code === 'EMPTY_FILE')
      ) {
        bud.skipped.push({ name: n, reason: e.message });
        return null;
      }
      throw e;
    }
  };
  switch (kind) {
    case 'pdf':
      return { doc: await openPdf(bytes, name, notes, password), format: 'pdf' };
    case 'zip':
      return { doc: await docxToPdf(bytes, name), format: 'docx' };
    case 'png':
    case 'jpeg':
    case 'tiff': {
      const r = imageToPdf(bytes, kind, name);
      notes.push(...r.notes.map((n) => `${name}: ${n}`));
      return { doc: r.doc, format: kind };
    }
    case 'eml':
      return { doc: await emlToPdf(bytes, name, depth, budget, part), format: 'eml' };
    case 'msg':
      return { doc: await msgToPdf(bytes, name, depth, budget, part), format: 'msg' };
    default: {
      // text last: a file is text only when no binary signature and no e-mail header block matched
      const text = sniffText(bytes);
      if (text) return { doc: textFileToPdf(bytes, text, name), format: text };
      throw new RedactionError(
        'UNSUPPORTED_FORMAT',
        'unsupported or unrecognised file type (expected PDF, DOCX, EML, MSG, PNG, JPEG, TIFF, text or HTML)',
        'filtypen understøttes ikke eller kan ikke genkendes (forventet PDF, DOCX, EML, MSG, PNG, JPEG, TIFF, tekst eller HTML)',
        name,
      );
    }
  }
}

export async function openAsPdf(bytes: Uint8Array, name: string, password?: string): Promise<TOpened> {
  const budget: TMailBudget = { parts: 0, skipped: [] };
  const notes: string[] = [];
  try {
    const { doc, format } = await convert(bytes, name, 0, budget, notes, password);
    if (doc.countPages() > LIMITS.maxPages) throw tooManyPages(doc.countPages(), name);
    return { doc, format, skipped: budget.skipped, notes };
  } catch (e) {
    if (e instanceof RedactionError) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    throw new RedactionError('CORRUPT_FILE', `cannot be read (${msg})`, `kan ikke læses (${msg})`, name);
  }
}

export { mupdf };
