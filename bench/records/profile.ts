// Profile (not a test): where the time of screening and redaction goes, phase by phase, on generated text PDFs.
// Usage: npx tsx bench/records/profile.ts [documents=40] [pagesPerDocument=5]
import { defaultDetector, redactDocument, type TDetector } from '../../src/modules/redaction/index.js';
import { mupdf } from '../../src/modules/redaction/mupdf.js';
import { SAVE_OPTIONS } from '../../src/modules/redaction/scrub.js';
import { extractPageText } from '../../src/modules/redaction/page-text.js';
import { makeCasePdf } from './fixtures.js';

const documents = Number(process.argv[2] ?? 40);
const pages = Number(process.argv[3] ?? 5);
const inputs = await Promise.all(Array.from({ length: documents }, (_, i) => makeCasePdf(i, pages)));

const time = async (label: string, fn: () => unknown | Promise<unknown>) => {
  const t0 = performance.now();
  await fn();
  const s = (performance.now() - t0) / 1000;
  console.log(`${label.padEnd(40)} ${s.toFixed(2)} s  ${((documents * pages) / s).toFixed(0)} pages/s`);
};

let detectMs = 0;
const timedDetector: TDetector = (input) => {
  const t0 = performance.now();
  const out = defaultDetector(input);
  detectMs += performance.now() - t0;
  return out;
};

await time('open + text extraction', () => {
  for (const b of inputs) {
    const doc = mupdf.Document.openDocument(b, 'application/pdf');
    for (let i = 0; i < doc.countPages(); i++) {
      const p = doc.loadPage(i);
      extractPageText(p as mupdf.PDFPage, i);
      p.destroy();
    }
    doc.destroy();
  }
});
await time('save garbage=4 (no changes)', () => {
  for (const b of inputs) {
    const doc = mupdf.Document.openDocument(b, 'application/pdf').asPDF()!;
    doc.saveToBuffer(SAVE_OPTIONS);
    doc.destroy();
  }
});
await time('save compress,sanitize (no garbage)', () => {
  for (const b of inputs) {
    const doc = mupdf.Document.openDocument(b, 'application/pdf').asPDF()!;
    doc.saveToBuffer('garbage=1,compress,sanitize,decrypt');
    doc.destroy();
  }
});
detectMs = 0;
await time('redactDocument (all suggestions)', async () => {
  for (const b of inputs)
    await redactDocument(b, { context: { case_type: 'citizen' }, detector: timedDetector });
});
console.log(`  of which detection ${(detectMs / 1000).toFixed(2)} s`);
