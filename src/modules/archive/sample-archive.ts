// Generated building-case documents for the demo archive, the tests and the benchmark: letters and permits
// as text PDFs (pdf-lib), and scans (the same page rendered to pixels by MuPDF, as PNG or wrapped in a PDF
// without a text layer). Each document carries the personal data a real archive holds (CPR number, phone
// numbers, e-mail addresses, a bank account) so screening has something to remove.
import * as mupdf from 'mupdf';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export type TSampleDoc = { lines: string[] };

const STREETS = [
  'Møllevej',
  'Skolegade',
  'Kirkebakken',
  'Strandvejen',
  'Engvej',
  'Bøgeallé',
  'Lærkevej',
  'Østergade',
  'Præstevænget',
  'Havnegade',
];
const TOWNS: [string, string, string][] = [
  ['8410', 'Rønde', 'Rønde By, Rønde'],
  ['8400', 'Ebeltoft', 'Ebeltoft Købstad'],
  ['8550', 'Ryomgård', 'Ryomgård By, Marie Magdalene'],
  ['8560', 'Kolind', 'Kolind By, Kolind'],
];
const FIRST = [
  'Jens',
  'Mette',
  'Lars',
  'Anne',
  'Søren',
  'Karen',
  'Peter',
  'Hanne',
  'Mads',
  'Lone',
  'Ole',
  'Birgit',
];
const LAST = [
  'Hansen',
  'Nielsen',
  'Jensen',
  'Madsen',
  'Kristensen',
  'Thomsen',
  'Poulsen',
  'Dahl',
  'Lund',
  'Holm',
];
export const SAMPLE_STAFF = ['Per Damgaard', 'Inge Bach'];
export const CASE_TYPES = [
  'byggetilladelse',
  'dispensation',
  'påbud',
  'ibrugtagning',
  'olietank',
  'kloak',
] as const;
const TITLES: Record<(typeof CASE_TYPES)[number], string[]> = {
  byggetilladelse: [
    'Tilbygning til enfamiliehus',
    'Opførelse af carport',
    'Nyt udhus',
    'Ombygning af tagetage',
  ],
  dispensation: ['Dispensation fra bebyggelsesprocent', 'Dispensation fra afstandskrav'],
  påbud: ['Påbud om fjernelse af ulovligt skur', 'Påbud om udbedring af facade'],
  ibrugtagning: ['Ibrugtagningstilladelse, enfamiliehus', 'Færdigmelding af tilbygning'],
  olietank: ['Sløjfning af olietank', 'Ny olietank 1.200 l'],
  kloak: ['Separatkloakering', 'Tilslutning til offentlig kloak'],
};

/** A small deterministic PRNG so the demo is the same on every machine. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export type TSampleCase = {
  caseNumber: string;
  caseType: (typeof CASE_TYPES)[number];
  title: string;
  year: number;
  closed: boolean;
  address: string;
  street: string;
  ejerlav: string;
  matrikel: string;
  parties: string[];
  staff: string[];
  documents: {
    title: string;
    date: string;
    lines: string[];
    scan: boolean;
    cpr: string;
    phone: string;
    email: string;
  }[];
};

function cprFor(r: () => number): string {
  const d = 1 + Math.floor(r() * 28);
  const m = 1 + Math.floor(r() * 12);
  const y = 40 + Math.floor(r() * 50);
  const seq = 1000 + Math.floor(r() * 8999);
  return `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${y}-${seq}`;
}

/** Case number i of a generated archive (deterministic). */
export function sampleCase(i: number, seed = 42): TSampleCase {
  const r = rng(seed * 100_003 + i);
  const caseType = pick(r, CASE_TYPES);
  const year = 1995 + Math.floor(r() * 30);
  const [postcode, town, ejerlav] = pick(r, TOWNS);
  const street = pick(r, STREETS);
  const number = 1 + Math.floor(r() * 60);
  const address = `${street} ${number}, ${postcode} ${town}`;
  const owner = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const staff = pick(r, SAMPLE_STAFF);
  const title = pick(r, TITLES[caseType]);
  const caseNumber = `BYG-${year}-${String(i + 1).padStart(4, '0')}`;
  const docs = [];
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const cpr = cprFor(r);
    const phone = `${20 + Math.floor(r() * 70)} ${10 + Math.floor(r() * 89)} ${10 + Math.floor(r() * 89)} ${10 + Math.floor(r() * 89)}`;
    const email = `${owner.split(' ')[0]!.toLowerCase()}${Math.floor(r() * 90 + 10)}@gmail.com`;
    const date = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const kind = k === 0 ? 'Ansøgning' : k === 1 ? 'Afgørelse' : 'Tegning og beskrivelse';
    const lines =
      k === 0
        ? [
            `Ansøgning om ${caseType}: ${title}`,
            `Ejendom: ${address}`,
            `Matrikel ${number}a, ${ejerlav}`,
            '',
            `Ansøger: ${owner}, CPR-nr. ${cpr}`,
            `Telefon ${phone}, e-mail ${email}`,
            '',
            `Jeg ansøger hermed om tilladelse til ${title.toLowerCase()}.`,
            'Projektet overholder lokalplanens bestemmelser om højde og afstand til skel.',
            'Tegninger og beregninger er vedlagt.',
            '',
            `Med venlig hilsen`,
            owner,
          ]
        : [
            `${kind} i sag ${caseNumber}`,
            `Ejendom: ${address}`,
            '',
            `Kære ${owner}`,
            '',
            `Kommunen har behandlet sagen om ${title.toLowerCase()} på ejendommen.`,
            k === 1
              ? 'Der meddeles hermed tilladelse efter byggeloven.'
              : 'Beskrivelse af konstruktion og materialer.',
            'Afgørelsen kan påklages til Byggeklagenævnet inden fire uger.',
            `Refusion af gebyr udbetales til reg.nr. 1551 konto ${String(3000000000 + Math.floor(r() * 999999999))}.`,
            '',
            'Med venlig hilsen',
            staff,
            'Byggesagsbehandler, tlf. 87 53 50 00, byg@demo-kommune.dk',
          ];
    docs.push({ title: kind, date, lines, scan: r() < 0.12, cpr, phone, email });
  }
  return {
    caseNumber,
    caseType,
    title,
    year,
    closed: r() > 0.08,
    address,
    street: `${street} ${number}`,
    ejerlav,
    matrikel: `${number}a`,
    parties: [owner],
    staff: [staff],
    documents: docs,
  };
}

/** A one-page A4 text PDF. */
export async function textPdf(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 60, y: 770 - i * 20, size: 12, font }));
  return doc.save({ useObjectStreams: false });
}

/** The page rendered to grey pixels (a scan without any text layer), as PNG. */
export function renderToPng(pdf: Uint8Array, dpi = 150): Uint8Array {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
  try {
    const page = doc.loadPage(0);
    const pix = page.toPixmap(mupdf.Matrix.scale(dpi / 72, dpi / 72), mupdf.ColorSpace.DeviceGray, false);
    const png = pix.asPNG();
    pix.destroy();
    page.destroy();
    return png;
  } finally {
    doc.destroy();
  }
}

/** A scanned PDF: the rendered page as the only content (no text layer). */
export async function scannedPdf(lines: string[]): Promise<Uint8Array> {
  const png = renderToPng(await textPdf(lines));
  const doc = await PDFDocument.create();
  const img = await doc.embedPng(png);
  const page = doc.addPage([595, 842]);
  page.drawImage(img, { x: 0, y: 0, width: 595, height: 842 });
  return doc.save();
}
