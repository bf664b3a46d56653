// Benchmark (not a test): time to screen and redact the documents of one aktindsigt request.
// Usage: npx tsx bench/records/screening.ts [documents=200] [pagesPerDocument=5] [workers=default]
// Generates text PDFs with Danish case text (names, CPR numbers, e-mail addresses), runs the redaction
// module's analysis (screening) and then produces the verified redacted PDFs with every suggestion applied,
// through the redaction worker pool (workers=0: in this thread, one document after the other, as before the
// pool). Prints seconds per phase, pages per second and the load average. The target: 200 documents
// (~1,000 pages) screened and redacted in under 2 minutes on 2 cores.
import { availableParallelism, loadavg } from 'node:os';
import {
  analyseDocument,
  createRedactionPool,
  defaultPoolSize,
  redactDocument,
} from '../../src/modules/redaction/index.js';
import { makeCasePdf } from './fixtures.js';

const documents = Number(process.argv[2] ?? 200);
const pages = Number(process.argv[3] ?? 5);
const workers = process.argv[4] === undefined ? defaultPoolSize() : Number(process.argv[4]);
const context = { case_type: 'citizen' as const };

const inputs = await Promise.all(Array.from({ length: documents }, (_, i) => makeCasePdf(i, pages)));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(
  `documents: ${documents}, pages: ${documents * pages}, cpus: ${availableParallelism()}, workers: ${workers || 'none (in-thread)'}, load before: ${load()}`,
);

const pool = workers > 0 ? createRedactionPool(workers) : null;
const analyse = (pdf: Uint8Array) =>
  pool ? pool.analyse(pdf, { context }) : analyseDocument(pdf, { context });
const redact = (pdf: Uint8Array) => (pool ? pool.redact(pdf, { context }) : redactDocument(pdf, { context }));

// Warm-up outside the measurement: worker start-up (tsx, MuPDF WebAssembly, detection tables) is paid once
// per process, not per request.
await Promise.all(Array.from({ length: Math.max(workers, 1) }, () => analyse(inputs[0]!)));

let t0 = performance.now();
let suggestions = 0;
for (const a of pool ? await Promise.all(inputs.map(analyse)) : await sequential(inputs, analyse))
  suggestions += a.suggestions.length;
const screening = (performance.now() - t0) / 1000;
const loadScreening = load();

t0 = performance.now();
let items = 0;
for (const r of pool ? await Promise.all(inputs.map(redact)) : await sequential(inputs, redact))
  items += r.report.itemsTotal;
const redaction = (performance.now() - t0) / 1000;
await pool?.close();

async function sequential<T>(all: Uint8Array[], fn: (pdf: Uint8Array) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (const pdf of all) out.push(await fn(pdf));
  return out;
}

const total = screening + redaction;
const n = documents * pages;
console.log(`| phase | seconds | pages/s | load average after |`);
console.log(`|---|---:|---:|---|`);
console.log(
  `| screening (analyse, ${suggestions} suggestions) | ${screening.toFixed(1)} | ${(n / screening).toFixed(1)} | ${loadScreening} |`,
);
console.log(
  `| redaction (apply + verify, ${items} items) | ${redaction.toFixed(1)} | ${(n / redaction).toFixed(1)} | ${load()} |`,
);
console.log(`| total | ${total.toFixed(1)} | ${(n / total).toFixed(1)} | |`);
console.log(`extrapolated to 1,000 pages: ${((total / n) * 1000).toFixed(0)} s`);
