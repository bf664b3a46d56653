// Case documents for the aktindsigt journey, built in the test: a text PDF, a Word file and a photographed
// note (a PNG rendered by the browser), each with its labelled text (the "gold" that
// ../shared/tools/pdf-check.mjs reads: which strings must not be readable in the redacted PDF).
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { createZip } from '../../src/modules/records/output/zip-writer.js';

export type Gold = {
  id: string;
  text: string;
  entities: { start: number; end: number; label: string; redact: boolean }[];
};

function gold(id: string, lines: string[], secrets: [string, string][]): Gold {
  const text = lines.join('\n');
  return {
    id,
    text,
    entities: secrets.map(([label, s]) => {
      const start = text.indexOf(s);
      if (start < 0) throw new Error(`${s} is not in ${id}`);
      return { start, end: start + s.length, label, redact: true };
    }),
  };
}

/** The neighbour's objection: one A4 page, one line every 20 pt from y = 780 (PDF points, bottom-left). */
export const PDF_LINES = [
  'Indsigelse mod byggetilladelse',
  'Fra: Mette Sørensen, Skovvej 14, 8600 Silkeborg',
  'CPR-nummer: 070761-4285',
  'E-mail: mette.sorensen@example.dk',
  'Telefon: 22 33 44 55',
  'Jeg er bekymret for skyggen fra carporten.',
  'Min søn har astma og har brug for lys i haven.',
];
export const PHONE_LINE = 4;

export async function objectionPdf(): Promise<{ bytes: Uint8Array; gold: Gold }> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  PDF_LINES.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font }));
  return {
    bytes: await doc.save(),
    gold: gold('indsigelse', PDF_LINES, [
      ['PERSON', 'Mette Sørensen'],
      ['ADDRESS', 'Skovvej 14'],
      ['CPR', '070761-4285'],
      ['EMAIL', 'mette.sorensen@example.dk'],
      ['PHONE', '22 33 44 55'],
      ['HEALTH', 'astma'],
    ]),
  };
}

const DOCX_LINES = [
  'Notat om telefonsamtale',
  'Borgeren Karen Holm ringede den 3. november 2026 om sagen.',
  'Hun gav sit CPR-nummer 150384-1232 og e-mail karen.holm@example.dk.',
  'Sagsbehandleren lovede at svare inden for en uge.',
];

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function phoneNoteDocx(): { bytes: Uint8Array; gold: Gold } {
  const enc = (s: string) => new TextEncoder().encode(s);
  const body = DOCX_LINES.map((l) => `<w:p><w:r><w:t xml:space="preserve">${xml(l)}</w:t></w:r></w:p>`).join(
    '',
  );
  const bytes = createZip([
    {
      name: '[Content_Types].xml',
      bytes: enc(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      bytes: enc(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    {
      name: 'word/_rels/document.xml.rels',
      bytes: enc(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
      ),
    },
    {
      name: 'word/document.xml',
      bytes: enc(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      ),
    },
  ]);
  return {
    bytes,
    gold: gold('notat', DOCX_LINES, [
      ['PERSON', 'Karen Holm'],
      ['CPR', '150384-1232'],
      ['EMAIL', 'karen.holm@example.dk'],
    ]),
  };
}

const PHOTO_LINES = ['Foto af skel', 'Taget af nabo Lars Nielsen', 'CPR 070761-4285'];

/** A photographed note: large dark text on white, rendered by the browser as a PNG (no text layer). */
export async function photoPng(page: Page): Promise<{ bytes: Uint8Array; gold: Gold }> {
  await page.setViewportSize({ width: 900, height: 360 });
  await page.setContent(
    `<body style="margin:0;background:#fff"><div style="padding:40px;font:40px/1.5 Arial,sans-serif;color:#111">${PHOTO_LINES.map((l) => `<div>${xml(l)}</div>`).join('')}</div></body>`,
  );
  const bytes = new Uint8Array(await page.screenshot({ type: 'png' }));
  return {
    bytes,
    gold: gold('foto', PHOTO_LINES, [
      ['PERSON', 'Lars Nielsen'],
      ['CPR', '070761-4285'],
    ]),
  };
}

export function caseZip(files: { name: string; bytes: Uint8Array }[]): Buffer {
  return Buffer.from(createZip(files));
}
