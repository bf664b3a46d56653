// Scanned-page throughput (not a test): a scanned PDF built from the development scans, redacted in process
// (OCR, detection, redaction, OCR verification); the review flow (analyse, then redact the same bytes: the
// page cache saves the second OCR); and a batch of the scanned files through the worker pool, which keeps its
// OCR workers started between documents. Usage: npx tsx bench/redact/scans.ts [pages=10]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pageCache } from '../../src/modules/redaction/cache.js';
import { mupdf } from '../../src/modules/redaction/mupdf.js';
import { analyseDocument, createRedactionPool, redactDocument } from '../../src/modules/redaction/index.js';
import { bundle } from './throughput.js';

const pages = Number(process.argv[2] ?? 10);
const devDir = resolve(import.meta.dirname, '../../../shared/pii-dev/pdf');
const context = JSON.parse(readFileSync(join(devDir, 'dev-bundle.context.json'), 'utf8')) as object;
const scans = Array.from({ length: 5 }, (_, i) => join(devDir, `dev-${String(i + 21).padStart(4, '0')}.pdf`));
const input = bundle(scans, pages);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

async function measure(label: string, fn: () => Promise<unknown>, n = pages): Promise<void> {
  pageCache.clear();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const s = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  console.log(
    `${label.padEnd(44)} wall ${s.toFixed(1).padStart(5)} s = ${(n / s).toFixed(2)} pages/s, cpu ${cpu.toFixed(1)} s` +
      ` (idle 2-core estimate ${(n / (cpu / 2)).toFixed(2)} pages/s), load ${load()}`,
  );
}

console.log(`scanned PDF, ${pages} pages, load before ${load()}`);
await measure('redact only', () => redactDocument(input, { context }));
await measure('analyse, then redact (review)', async () => {
  const a = await analyseDocument(input, { context });
  await redactDocument(input, { context, accept: a.suggestions.map((s) => s.id) });
});

// A batch: every scanned file `pages / 5` times over as separate documents, analysed and then redacted.
const files = Array.from({ length: Math.max(1, Math.round(pages / 5)) }, () =>
  scans.map((f) => new Uint8Array(readFileSync(f))),
).flat();
const filePages = files.reduce(
  (n, f) => n + mupdf.Document.openDocument(f, 'application/pdf').countPages(),
  0,
);
const pool = createRedactionPool(2);
await Promise.all([pool.analyse(files[0]!, { context }), pool.analyse(files[1]!, { context })]);
await measure(
  `pool of 2, ${files.length} scanned files (analyse, redact)`,
  async () => {
    const analyses = await Promise.all(files.map((f) => pool.analyse(f, { context })));
    await Promise.all(
      files.map((f, i) => pool.redact(f, { context, accept: analyses[i]!.suggestions.map((s) => s.id) })),
    );
  },
  filePages,
);
await pool.close();
