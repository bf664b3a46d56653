// Throughput and memory figures for the redaction bench: in-process runs of redactDocument on larger
// inputs built from the development PDFs, and a child process on a generated 1,000-page PDF for peak RSS.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import * as mupdf from 'mupdf';
import { redactDocument } from '../../src/modules/redaction/index.js';

/** A PDF made of the given PDFs' pages, repeated until `pages` pages. */
export function bundle(files: string[], pages: number): Uint8Array {
  const out = new mupdf.PDFDocument();
  const srcs = files.map((f) => mupdf.Document.openDocument(readFileSync(f), 'application/pdf').asPDF()!);
  let k = 0;
  while (out.countPages() < pages) {
    const src = srcs[k++ % srcs.length]!;
    out.graftPage(-1, src, 0);
  }
  return out.saveToBuffer('compress').asUint8Array().slice();
}

async function rate(label: string, bytes: Uint8Array, context: object, threads: number): Promise<void> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { report } = await redactDocument(bytes, { context });
  const s = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  // CPU time of the whole process (all threads); on an idle machine with `threads` busy cores the wall time
  // is about cpu / threads, which is what the "idle estimate" shows when the machine is shared
  console.log(
    `${label.padEnd(30)} ${String(report.pages).padStart(5)} pages  wall ${s.toFixed(2).padStart(6)} s = ${(report.pages / s).toFixed(2).padStart(6)} pages/s` +
      `  cpu ${cpu.toFixed(2).padStart(6)} s → idle ${threads}-core estimate ${(report.pages / (cpu / threads)).toFixed(2)} pages/s  items ${report.itemsTotal}`,
  );
}

export async function throughput(devDir: string, outDir: string, root: string): Promise<void> {
  const ctx = JSON.parse(readFileSync(join(devDir, 'dev-bundle.context.json'), 'utf8')) as object;
  const textFiles = Array.from({ length: 20 }, (_, i) =>
    join(devDir, `dev-${String(i + 1).padStart(4, '0')}.pdf`),
  );
  const scanFiles = Array.from({ length: 5 }, (_, i) =>
    join(devDir, `dev-${String(i + 21).padStart(4, '0')}.pdf`),
  );
  console.log(
    `\nload average now: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
  console.log('\nthroughput (in process, end to end incl. scrub, save and verification; 2 OCR workers):');
  await rate('text PDF, 200 pages', bundle(textFiles, 200), ctx, 1);
  await rate('scanned PDF, 10 pages (OCR)', bundle(scanFiles, 10), ctx, 2);

  const big = join(outDir, 'big-1000.pdf');
  writeFileSync(big, bundle(textFiles, 1000));
  const r = spawnSync(
    '/usr/bin/time',
    ['-v', 'node', join(root, 'bin/rodtrad.mjs'), 'redact', big, join(outDir, 'big-1000.out.pdf')],
    { encoding: 'utf8' },
  );
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  const wall = /Elapsed \(wall clock\) time.*: (.+)/.exec(r.stderr)?.[1];
  const report = r.status === 0 ? (JSON.parse(r.stdout) as { pages: number; seconds: number }) : null;
  console.log(
    `1,000-page text PDF via CLI: exit ${r.status}, wall ${wall}, peak RSS ${rss ? Math.round(Number(rss) / 1024) : '?'} MB` +
      (report
        ? `, ${(report.pages / report.seconds).toFixed(1)} pages/s in pipeline`
        : `, ${r.stderr.split('\n')[0]}`),
  );
}

// Run on its own: `npx tsx bench/redact/throughput.ts` (the dev-set run in run.ts calls it at the end too).
if (process.argv[1] && import.meta.filename === (await import('node:path')).resolve(process.argv[1])) {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { resolve } = await import('node:path');
  const root = resolve(import.meta.dirname, '../..');
  await throughput(resolve(root, '../shared/pii-dev/pdf'), mkdtempSync(join(tmpdir(), 'redact-tp-')), root);
}
