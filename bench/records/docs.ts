// Case documents for the caseworker journey benchmark (bench/records/journey.ts): a mix of text PDFs
// (citizens' names, addresses, CPR numbers and phone numbers), Word files and photographed notes, each with
// its gold (the strings ../shared/tools/pdf-check.mjs must not find in the redacted PDF). Every document has
// different people and text, so none is set aside as a duplicate.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { createZip } from '../../src/modules/records/output/zip-writer.js';
import { objectionPdf, type Gold } from '../../test/e2e/records-files.js';

export type CaseDoc = { name: string; bytes: Uint8Array; gold: Gold; mode: 'text' | 'scan'; kind: string };

const FIRST = [
  'Anne',
  'Lars',
  'Mette',
  'Peter',
  'Karen',
  'Jens',
  'Sofie',
  'Niels',
  'Birgitte',
  'Henrik',
  'Louise',
];
const LAST = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Rasmussen'];
const STREETS = ['Skovvej', 'Bakkevej', 'Engvej', 'Møllevej', 'Kirkevej', 'Søvej', 'Vestergade'];
// Real calendar dates, so the CPR numbers look like CPR numbers to the detector.
const CPRS = ['070761-4285', '150384-1232', '010190-2345', '240772-3456', '120455-1018', '230698-2214'];
const TEXT = [
  'Kommunen har modtaget henvendelsen og behandler den efter bygningsreglementet.',
  'Carporten placeres 2,5 meter fra skel og overholder højdegrænsen på 2,5 meter.',
  'Naboerne er partshørt, og fristen for bemærkninger var fjorten dage.',
  'Der er ikke fundet forhold, som hindrer, at tilladelsen gives.',
  'Tegningerne viser tagets hældning og materialer i sort træ.',
  'Sagen forventes afgjort, når de sidste bemærkninger er vurderet.',
];

function person(i: number): { name: string; address: string; cpr: string; phone: string } {
  const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`;
  const address = `${STREETS[i % STREETS.length]} ${(i % 40) + 2}`;
  const d = (n: number) => String(20 + ((i * n) % 79)).padStart(2, '0');
  return { name, address, cpr: CPRS[i % CPRS.length]!, phone: `${d(7)} ${d(11)} ${d(13)} ${d(17)}` };
}

/** Gold with every occurrence of every secret marked (a name can recur on later pages). */
function gold(id: string, lines: string[], secrets: [string, string][]): Gold {
  const text = lines.join('\n');
  const entities: Gold['entities'] = [];
  for (const [label, s] of secrets) {
    let at = text.indexOf(s);
    if (at < 0) throw new Error(`${s} is not in ${id}`);
    for (; at >= 0; at = text.indexOf(s, at + s.length))
      entities.push({ start: at, end: at + s.length, label, redact: true });
  }
  return { id, text, entities };
}

/** A citizen's letter of `pages` A4 pages: the sender's details on page 1, the name again on each page. */
async function letterPdf(i: number, pages: number): Promise<CaseDoc> {
  const p = person(i);
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const all: string[] = [];
  for (let n = 0; n < pages; n += 1) {
    const lines = [
      `Henvendelse ${i} i sag BYG-2026-17, side ${n + 1}`,
      ...(n === 0
        ? [`Fra: ${p.name}, ${p.address}, 8600 Silkeborg`, `CPR-nummer: ${p.cpr}`, `Telefon: ${p.phone}`]
        : [`Fortsat fra ${p.name}.`]),
      ...Array.from({ length: 12 }, (_, k) => TEXT[(i + n + k) % TEXT.length]!),
    ];
    const page = doc.addPage([595, 842]);
    lines.forEach((line, k) => page.drawText(line, { x: 50, y: 780 - k * 20, size: 11, font }));
    all.push(...lines);
  }
  const id = `brev-${i}`;
  return {
    name: `sag/${String(i).padStart(2, '0')}-${id}.pdf`,
    bytes: await doc.save(),
    gold: gold(id, all, [
      ['PERSON', p.name],
      ['ADDRESS', p.address],
      ['CPR', p.cpr],
      ['PHONE', p.phone],
    ]),
    mode: 'text',
    kind: 'pdf',
  };
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const enc = (s: string) => new TextEncoder().encode(s);

/** A phone note as a minimal Word file (the four parts Word itself needs). */
function noteDocx(i: number): CaseDoc {
  const p = person(i);
  const lines = [
    `Notat om telefonsamtale nr. ${i}`,
    `Borgeren ${p.name} ringede om sagen fra telefon ${p.phone}.`,
    `Borgeren oplyste CPR-nummer ${p.cpr}.`,
    TEXT[i % TEXT.length]!,
  ];
  const body = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${xml(l)}</w:t></w:r></w:p>`).join('');
  const ns = 'http://schemas.openxmlformats.org';
  const bytes = createZip([
    {
      name: '[Content_Types].xml',
      bytes: enc(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      bytes: enc(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
    },
    {
      name: 'word/_rels/document.xml.rels',
      bytes: enc(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns}/package/2006/relationships"></Relationships>`,
      ),
    },
    {
      name: 'word/document.xml',
      bytes: enc(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${ns}/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      ),
    },
  ]);
  const id = `notat-${i}`;
  return {
    name: `sag/${String(i).padStart(2, '0')}-${id}.docx`,
    bytes,
    gold: gold(id, lines, [
      ['PERSON', p.name],
      ['PHONE', p.phone],
      ['CPR', p.cpr],
    ]),
    mode: 'text',
    kind: 'docx',
  };
}

/** A photographed note: large dark text rendered by the browser as a PNG, no text layer (OCR needed). */
async function photoPng(i: number, page: Page): Promise<CaseDoc> {
  const p = person(i);
  const lines = [`Foto af skel nr. ${i}`, `Taget af nabo ${p.name}`, `CPR ${p.cpr}`];
  await page.setViewportSize({ width: 900, height: 360 });
  await page.setContent(
    `<body style="margin:0;background:#fff"><div style="padding:40px;font:40px/1.5 Arial,sans-serif;color:#111">${lines.map((l) => `<div>${xml(l)}</div>`).join('')}</div></body>`,
  );
  const id = `foto-${i}`;
  return {
    name: `sag/${String(i).padStart(2, '0')}-${id}.png`,
    bytes: new Uint8Array(await page.screenshot({ type: 'png' })),
    gold: gold(id, lines, [
      ['PERSON', p.name],
      ['CPR', p.cpr],
    ]),
    mode: 'scan',
    kind: 'image',
  };
}

/**
 * `count` documents: document 1 is the journey test's objection (its phone box is redrawn by hand), about one
 * in eight is a Word file, one photo (two from 20 documents), the rest letters of 1–3 pages.
 */
export async function caseDocuments(count: number, page: Page): Promise<CaseDoc[]> {
  if (!Number.isInteger(count) || count < 3) throw new Error(`need at least 3 documents, got ${count}`);
  const photos = new Set(count >= 20 ? [count, Math.ceil(count / 2)] : [count]);
  const docs: CaseDoc[] = [];
  const objection = await objectionPdf();
  docs.push({ name: 'sag/01-indsigelse.pdf', ...objection, mode: 'text', kind: 'pdf' });
  for (let i = 2; i <= count; i += 1) {
    if (photos.has(i)) docs.push(await photoPng(i, page));
    else if (i % 8 === 4) docs.push(noteDocx(i));
    else docs.push(await letterPdf(i, (i % 3) + 1));
  }
  return docs;
}
