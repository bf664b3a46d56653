// Fixture builders for the redaction tests: small PDFs, images, DOCX and e-mails made on the fly, and a
// detector that finds given strings, so the PDF mechanics are tested independently of the detection engine.
import { execFileSync } from 'node:child_process';
import { deflateRawSync, deflateSync, crc32 } from 'node:zlib';
import { PDFDocument as LibDocument, StandardFonts } from 'pdf-lib';
import { mupdf } from '../mupdf.js';
import type { TDetector, TDetectSpanLike } from '../types.js';

/** A detector that marks every occurrence of the given strings (label and legal basis per string). */
export function fixedDetector(items: { text: string; label?: string; legalBasis?: string }[]): TDetector {
  return ({ text }) => {
    const spans: TDetectSpanLike[] = [];
    for (const it of items) {
      let i = -1;
      while ((i = text.indexOf(it.text, i + 1)) >= 0)
        spans.push({
          start: i,
          end: i + it.text.length,
          label: it.label ?? 'PERSON',
          confidence: 0.99,
          legalBasis: it.legalBasis ?? 'OFL § 30, nr. 1',
          text: it.text,
        });
    }
    return { spans: spans.sort((a, b) => a.start - b.start) };
  };
}

/** A text PDF (pdf-lib, Helvetica 11 pt) with one line per string; `pages` lists the lines of each page. */
export async function textPdf(
  pages: string[][],
  meta: { title?: string; author?: string } = {},
): Promise<Uint8Array> {
  const doc = await LibDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((l, i) => page.drawText(l, { x: 60, y: 780 - i * 16, size: 11, font }));
  }
  if (meta.title) doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  return doc.save();
}

/** Adds what leaks in real life to a PDF: XMP, a comment, an attachment, JavaScript, an outline, a form field. */
export async function withHiddenCarriers(pdf: Uint8Array, secret: string): Promise<Uint8Array> {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf').asPDF()!;
  const root = doc.getTrailer().get('Root');
  root.put(
    'Metadata',
    doc.addStream(
      `<?xpacket begin=""?><x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>${secret}</dc:creator></x:xmpmeta>`,
      { Type: 'Metadata', Subtype: 'XML' },
    ),
  );
  const page = doc.loadPage(0) as mupdf.PDFPage;
  const note = page.createAnnotation('Text');
  note.setContents(`Husk ${secret}`);
  note.setRect([500, 20, 520, 40]);
  note.update();
  doc.addEmbeddedFile('bilag.txt', 'text/plain', `Bilag om ${secret}`, new Date(), new Date());
  const js = doc.addObject({ S: 'JavaScript', JS: doc.newString(`app.alert("${secret}")`) });
  root.put('OpenAction', js);
  const outline = doc.addObject({ Title: doc.newString(`Notat om ${secret}`) });
  const outlines = doc.addObject({ Type: 'Outlines', First: outline, Last: outline, Count: 1 });
  outline.put('Parent', outlines);
  root.put('Outlines', outlines);
  const field = doc.addObject({
    FT: 'Tx',
    T: doc.newString('navn'),
    V: doc.newString(secret),
    Rect: [60, 60, 300, 80],
    Subtype: 'Widget',
    Type: 'Annot',
    P: page.getObject(),
  });
  let annots = page.getObject().get('Annots');
  if (!annots.isArray()) {
    annots = doc.newArray();
    page.getObject().put('Annots', annots);
  }
  annots.push(field);
  root.put('AcroForm', doc.addObject({ Fields: [field] }));
  doc.setMetaData('info:Keywords', secret);
  return doc.saveToBuffer('').asUint8Array().slice();
}

/** Renders lines of text into a PNG (a "scan") at the given dpi. */
export function scanPng(lines: string[], dpi = 150): Uint8Array {
  const doc = new mupdf.PDFDocument();
  const font = doc.addSimpleFont(new mupdf.Font('Helvetica'), 'Latin');
  const esc = (s: string): string => s.replace(/[()\\]/g, (c) => `\\${c}`);
  const ops = lines.map((l, i) => `BT /F 12 Tf 50 ${380 - i * 22} Td (${esc(l)}) Tj ET`).join('\n');
  doc.insertPage(-1, doc.addPage([0, 0, 420, 420], 0, doc.addObject({ Font: { F: font } }), latin1(ops)));
  const s = dpi / 72;
  const pix = doc.loadPage(0).toPixmap(mupdf.Matrix.scale(s, s), mupdf.ColorSpace.DeviceGray, false, true);
  return pix.asPNG();
}

function latin1(s: string): Uint8Array {
  return Uint8Array.from([...s].map((c) => Math.min(c.charCodeAt(0), 255)));
}

/** A zip archive (deflated entries) of the given files. */
export function zip(files: Record<string, Uint8Array | string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/** A minimal Word document with one paragraph per string. */
export function docx(paragraphs: string[]): Uint8Array {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`)
    .join('');
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });
}

/** An e-mail (RFC 5322, MIME) with optional attachments. */
export function eml(opts: {
  from: string;
  to: string;
  subject: string;
  body: string;
  attachments?: { name: string; type: string; bytes: Uint8Array }[];
}): Uint8Array {
  const boundary = `b${Math.random().toString(36).slice(2)}`;
  const head = [
    `From: ${opts.from}`,
    `To: ${opts.to}`,
    `Subject: ${opts.subject}`,
    'Date: Mon, 4 Nov 2024 10:00:00 +0100',
    'MIME-Version: 1.0',
  ];
  const parts = [
    `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${opts.body}\r\n`,
  ];
  for (const a of opts.attachments ?? [])
    parts.push(
      `--${boundary}\r\nContent-Type: ${a.type}; name="${a.name}"\r\nContent-Disposition: attachment; filename="${a.name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(a.bytes).toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n`,
    );
  return new TextEncoder().encode(
    `${head.join('\r\n')}\r\nContent-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n${parts.join('')}--${boundary}--\r\n`,
  );
}

/** Text of a PDF as read by an independent tool (poppler's pdftotext), or null if it is not installed. */
export function pdftotext(path: string): string | null {
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  } catch {
    return null;
  }
}

/** Every object of a PDF decompressed by qpdf, or null if qpdf is not installed. */
export function qpdfRaw(path: string): string | null {
  try {
    return execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, '-'], {
      encoding: 'latin1',
      maxBuffer: 1 << 28,
    });
  } catch {
    return null;
  }
}

/** Text of a PDF as MuPDF extracts it. */
export function mupdfText(pdf: Uint8Array): string {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
  const out: string[] = [];
  for (let i = 0; i < doc.countPages(); i++)
    out.push(doc.loadPage(i).toStructuredText('preserve-whitespace').asText());
  return out.join('\n');
}

/** A PDF of `n` short pages made directly with MuPDF (fast enough for thousands of pages). */
export function manyPagesPdf(n: number, line = 'borger cpr 120345-6789 har skrevet.'): Uint8Array {
  const doc = new mupdf.PDFDocument();
  const font = doc.addSimpleFont(new mupdf.Font('Helvetica'), 'Latin');
  const res = doc.addObject({ Font: { F: font } });
  for (let i = 0; i < n; i++)
    doc.insertPage(
      -1,
      doc.addPage(
        [0, 0, 595, 842],
        0,
        res,
        `BT /F 11 Tf 60 780 Td (Side ${i + 1}: ${line}) Tj 0 -16 Td (Almindelig tekst om sagen.) Tj ET`,
      ),
    );
  return doc.saveToBuffer('compress').asUint8Array().slice();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(width: number, height: number, bitDepth: number, idat: Buffer): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = bitDepth;
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([sig, pngChunk('IHDR', ihdr), pngChunk('IDAT', idat), pngChunk('IEND', Buffer.alloc(0))]),
  );
}

/** A PNG that declares width × height but carries almost no pixel data (for size checks before decoding). */
export function pngHeaderOnly(width: number, height: number): Uint8Array {
  return png(width, height, 8, deflateSync(Buffer.alloc(16)));
}

/** A white 1-bit PNG of width × height pixels (cheap to make even at 100 megapixels). */
export function blankPng(width: number, height: number): Uint8Array {
  const row = Buffer.alloc(1 + Math.ceil(width / 8), 0xff);
  row[0] = 0;
  const raw = Buffer.alloc(row.length * height);
  for (let y = 0; y < height; y++) row.copy(raw, y * row.length);
  return png(width, height, 1, deflateSync(raw, { level: 1 }));
}
