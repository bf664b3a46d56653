// Removes everything outside the page content that can carry personal data: document Info and XMP
// metadata, annotations, form fields, embedded files, JavaScript and actions, outlines, the structure tree,
// page-piece data and thumbnails. What a reader needs to see (page tree, content, resources) stays.
import type { PDFDocument, PDFPage } from './mupdf.js';
import type { mupdf } from './mupdf.js';

// OCProperties stays: it says which optional content (layers, radio-button groups of layers) is hidden;
// without it every hidden state is drawn. Its layer names are checked by verification like any object.
const KEEP_ROOT = new Set(['Type', 'Pages', 'OCProperties']);
const KEEP_PAGE = new Set([
  'Type',
  'Parent',
  'MediaBox',
  'CropBox',
  'BleedBox',
  'TrimBox',
  'ArtBox',
  'Rotate',
  'Resources',
  'Contents',
  'UserUnit',
  'Group',
]);
// not OC: an XObject's optional-content membership decides whether it is drawn at all
const DROP_IN_XOBJECT = ['Metadata', 'PieceInfo', 'OPI', 'Name', 'StructParent', 'StructParents'];

function keysOf(obj: mupdf.PDFObject): string[] {
  const keys: string[] = [];
  obj.forEach((_v, k) => keys.push(String(k)));
  return keys;
}

function scrubResources(res: mupdf.PDFObject, depth: number, seen: Set<number>): void {
  if (depth > 8 || !res.isDictionary()) return;
  const xobjects = res.get('XObject');
  if (!xobjects.isDictionary()) return;
  xobjects.forEach((ref) => {
    if (ref.isIndirect()) {
      const num = ref.asIndirect();
      if (seen.has(num)) return;
      seen.add(num);
    }
    // Work through the reference, never `resolve()`: a JavaScript handle on a resolved stream object makes
    // MuPDF's object merging on save (garbage=4) write some image XObjects as bare dictionaries without their
    // data (seen with two images sharing an identical soft mask): the pictures vanished from the output.
    for (const key of DROP_IN_XOBJECT) if (!ref.get(key).isNull()) ref.delete(key);
    scrubResources(ref.get('Resources'), depth + 1, seen);
  });
}

/**
 * Review furniture that is not part of the document as sent: sticky notes and their pop-ups, attachment
 * and sound icons, links. Removed before the visible annotations (stamps, free text, ink, form fields) are
 * baked into the page content.
 */
export const NOT_BAKED = new Set([
  'Text',
  'Popup',
  'FileAttachment',
  'Sound',
  'Link',
  'Movie',
  'Screen',
  'RichMedia',
  '3D',
]);

export function dropReviewAnnotations(page: PDFPage): void {
  for (const annot of page.getAnnotations()) if (NOT_BAKED.has(annot.getType())) page.deleteAnnotation(annot);
}

/** Deletes annotations and form widgets of a page (after their visible appearance has been baked in). */
export function dropAnnotations(pageObj: mupdf.PDFObject): void {
  pageObj.delete('Annots');
}

export function scrubPage(obj: mupdf.PDFObject, seen: Set<number>): void {
  for (const key of keysOf(obj)) if (!KEEP_PAGE.has(key)) obj.delete(key);
  scrubResources(obj.get('Resources'), 0, seen);
}

export function scrubDocument(doc: PDFDocument): void {
  const trailer = doc.getTrailer();
  trailer.delete('Info');
  const root = trailer.get('Root');
  if (!root.isDictionary()) throw new Error('the document has no catalog');
  for (const key of keysOf(root)) if (!KEEP_ROOT.has(key)) root.delete(key);
  root.put('Lang', doc.newString('da'));
  const seen = new Set<number>();
  const count = doc.countPages();
  for (let i = 0; i < count; i++) {
    scrubPage(doc.findPage(i), seen);
  }
  scrubEveryObject(doc);
}

/** Keys that are metadata wherever they stand (an embedded LaTeX figure's `PTEX.InfoDict` names its author). */
const isMetadataKey = (k: string): boolean =>
  k === 'Metadata' || k === 'PieceInfo' || k === 'LastModified' || k.startsWith('PTEX.');

/**
 * Metadata in every object, not only the document's: fonts, images, forms, pages reached any way. Works on
 * the references (never `resolve()`, see scrubResources).
 */
function scrubEveryObject(doc: PDFDocument): void {
  const n = doc.countObjects();
  for (let i = 1; i < n; i++) {
    const ref = doc.newIndirect(i);
    if (!ref.isDictionary()) continue;
    const drop: string[] = [];
    ref.forEach((_v, k) => {
      if (isMetadataKey(String(k))) drop.push(String(k));
    });
    for (const k of drop) ref.delete(k);
    if (ref.isStream()) repairDecodeParms(doc, ref);
  }
}

/**
 * `/Filter [/ASCIIHexDecode /DCTDecode] /DecodeParms []`: readers ignore the missing entries, MuPDF's save
 * fails on them ("index out of bounds" while recompressing images). One entry (or null) per filter.
 */
function repairDecodeParms(doc: PDFDocument, ref: mupdf.PDFObject): void {
  const filter = ref.get('Filter');
  const parms = ref.get('DecodeParms');
  if (!parms.isArray()) return;
  if (!filter.isArray()) {
    if (parms.length === 0) ref.delete('DecodeParms');
    else ref.put('DecodeParms', parms.get(0));
    return;
  }
  if (parms.length === filter.length) return;
  const fixed = doc.newArray();
  for (let i = 0; i < filter.length; i++) fixed.push(i < parms.length ? parms.get(i) : doc.newNull());
  ref.put('DecodeParms', fixed);
}

/** Full rewrite: unreferenced objects dropped and duplicates merged, streams compressed, no encryption, never
 * incremental (earlier revisions would otherwise survive). Content streams are not `sanitize`d: that filter
 * rewrote every page of real-world files unfaithfully (a `Td` followed by `'` became `TD` and moved lines,
 * Type 3 glyph procedures got a `q` before `d0`/`d1`, drawings after a malformed marked-content operator were
 * cut). Pages with redactions are rewritten by the redaction itself (after content.ts has normalised them). */
export const SAVE_OPTIONS = 'garbage=4,compress,encrypt=none';
