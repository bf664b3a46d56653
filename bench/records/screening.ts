// Benchmark (not a test): time to screen and redact the documents of one aktindsigt request.
// Usage: npx tsx bench/records/screening.ts [documents=200] [pagesPerDocument=5]
// Generates text PDFs with Danish case text (names, CPR numbers, e-mail addresses), runs the redaction
// module's analysis (screening) and then produces the redacted PDFs with every suggestion applied, and
// prints seconds per phase and pages per second. The target: 200 documents (~1,000 pages) < 2 min.
import { availableParallelism } from 'node:os';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { analyseDocument, redactDocument } from '../../src/modules/redaction/index.js';

const documents = Number(process.argv[2] ?? 200);
const pages = Number(process.argv[3] ?? 5);

const PEOPLE = ['Anne Jensen', 'Lars Nielsen', 'Mette Hansen', 'Peter Sørensen', 'Karen Rasmussen'];
const CPRS = ['070761-4285', '150384-1234', '010190-2345', '240772-3456', '311299-4567'];

async function makePdf(i: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p += 1) {
    const page = doc.addPage([595, 842]);
    const person = PEOPLE[(i + p) % PEOPLE.length]!;
    const lines = [
      `Sag BYG-${1000 + i} · side ${p + 1}`,
      `Ansøgning om byggetilladelse til carport på Skovvej ${i + 1}, 8600 Silkeborg.`,
      `Ansøger: ${person}, CPR-nummer ${CPRS[(i + p) % CPRS.length]}, e-mail ${person.split(' ')[0]!.toLowerCase()}@example.dk.`,
      'Kommunen har modtaget ansøgningen og vurderer den efter bygningsreglementet.',
      ...Array.from(
        { length: 30 },
        (_, k) => `Afsnit ${k + 1}: Byggeriet overholder højdegrænsen og afstanden til skel på 2,5 meter.`,
      ),
    ];
    lines.forEach((line, k) => page.drawText(line, { x: 40, y: 800 - k * 22, size: 10, font }));
  }
  return doc.save();
}

const inputs = await Promise.all(Array.from({ length: documents }, (_, i) => makePdf(i)));
console.log(`documents: ${documents}, pages: ${documents * pages}, cpus: ${availableParallelism()}`);

let t0 = performance.now();
let suggestions = 0;
for (const pdf of inputs)
  suggestions += (await analyseDocument(pdf, { context: { case_type: 'citizen' } })).suggestions.length;
const screening = (performance.now() - t0) / 1000;

t0 = performance.now();
for (const pdf of inputs) await redactDocument(pdf, { context: { case_type: 'citizen' } });
const redaction = (performance.now() - t0) / 1000;

const total = screening + redaction;
console.log(`| phase | seconds | pages/s |`);
console.log(`|---|---:|---:|`);
console.log(
  `| screening (analyse, ${suggestions} suggestions) | ${screening.toFixed(1)} | ${((documents * pages) / screening).toFixed(1)} |`,
);
console.log(
  `| redaction (apply + verify) | ${redaction.toFixed(1)} | ${((documents * pages) / redaction).toFixed(1)} |`,
);
console.log(`| total | ${total.toFixed(1)} | ${((documents * pages) / total).toFixed(1)} |`);
console.log(`extrapolated to 1,000 pages: ${((total / (documents * pages)) * 1000).toFixed(0)} s`);
