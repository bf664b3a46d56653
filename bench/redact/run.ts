// Benchmark of `rodtrad redact` on the development PDFs (../shared/pii-dev/pdf): runs the CLI on every file,
// checks the output with the independent checker (pdf-check.mjs: pdftotext, OCR, pdfinfo, qpdf) and prints
// leaks, retention and time per file; then throughput per format and memory on a 1,000-page input.
// Usage: npx tsx bench/redact/run.ts [--dev DIR] [--skip-throughput] [--rotate 90|180|270]
// --rotate: every input is first given /Rotate with unchanged appearance (rotate.ts), so the same checker
// figures show whether boxes, labels and the OCR layer land right on rotated pages.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rotatedCopy } from './rotate.js';
import { throughput } from './throughput.js';

const root = resolve(import.meta.dirname, '../..');
const argv = process.argv.slice(2);
const devDir = resolve(
  argv.includes('--dev') ? argv[argv.indexOf('--dev') + 1]! : join(root, '../shared/pii-dev/pdf'),
);
const checker = resolve(root, '../shared/tools/pdf-check.mjs');
const out = mkdtempSync(join(tmpdir(), 'redact-bench-'));
const rotate = argv.includes('--rotate') ? Number(argv[argv.indexOf('--rotate') + 1]) : 0;
if (![0, 90, 180, 270].includes(rotate)) throw new Error('--rotate takes 90, 180 or 270');

const modes = new Map<string, string>();
for (const line of readFileSync(join(devDir, 'MANIFEST'), 'utf8').split('\n').slice(1)) {
  const [id, mode] = line.trim().split(/\s+/);
  if (id && mode) modes.set(id, mode);
}

interface TRow {
  file: string;
  mode: string;
  leaks: number;
  retention: number;
  kept: string;
  seconds: number;
  pages: number;
  detail: string;
  /** Scans: the checker in text mode (pdftotext only), i.e. the invisible OCR layer on its own. */
  layer?: { leaks: number; retention: number };
}
const rows: TRow[] = [];
for (const f of readdirSync(devDir)
  .filter((n) => n.endsWith('.pdf'))
  .sort()) {
  const id = f.replace(/\.pdf$/, '');
  const mode = modes.get(id) ?? 'text';
  const ctx = join(devDir, `${id}.context.json`);
  const outPdf = join(out, f);
  let input = join(devDir, f);
  if (rotate) {
    input = join(out, `rotated-${f}`);
    writeFileSync(input, rotatedCopy(readFileSync(join(devDir, f)), rotate as 90 | 180 | 270));
  }
  const t0 = performance.now();
  const r = spawnSync(
    'node',
    [join(root, 'bin/rodtrad.mjs'), 'redact', input, outPdf, ...(existsSync(ctx) ? ['--context', ctx] : [])],
    { encoding: 'utf8' },
  );
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    rows.push({
      file: f,
      mode,
      leaks: -1,
      retention: 0,
      kept: '-',
      seconds,
      pages: 0,
      detail: r.stderr.trim().split('\n')[0] ?? '',
    });
    continue;
  }
  const report = JSON.parse(r.stdout) as { pages: number };
  const runCheck = (m: string) =>
    JSON.parse(
      execFileSync('node', [checker, join(devDir, `${id}.gold.json`), outPdf, m], { encoding: 'utf8' }),
    ) as {
      leakCount: number;
      retentionPct: number;
      kept: string;
      leaks: { where: string; label: string; text: string }[];
    };
  const check = runCheck(mode);
  const layer = mode === 'scan' ? runCheck('text') : null;
  rows.push({
    file: f,
    mode,
    leaks: check.leakCount,
    retention: check.retentionPct,
    kept: check.kept,
    seconds,
    pages: report.pages,
    detail: check.leaks.map((l) => `${l.where}:${l.label}:${l.text}`).join('; '),
    ...(layer ? { layer: { leaks: layer.leakCount, retention: layer.retentionPct } } : {}),
  });
}

const pad = (s: string | number, n: number): string => String(s).padEnd(n);
console.log(
  `${pad('file', 18)}${pad('mode', 6)}${pad('leaks', 7)}${pad('retention%', 12)}${pad('kept', 7)}${pad('seconds', 9)}leaked items`,
);
for (const r of rows)
  console.log(
    `${pad(r.file, 18)}${pad(r.mode, 6)}${pad(r.leaks < 0 ? 'FAIL' : r.leaks, 7)}${pad(r.retention.toFixed(1), 12)}${pad(r.kept, 7)}${pad(r.seconds.toFixed(2), 9)}${r.detail.slice(0, 160)}`,
  );
const text = rows.filter((r) => r.mode === 'text');
const scan = rows.filter((r) => r.mode === 'scan');
const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
console.log(
  `\ntotal leaks: ${rows.reduce((a, r) => a + Math.max(r.leaks, 0), 0)}, failed runs: ${rows.filter((r) => r.leaks < 0).length}, ` +
    `files with leaks: ${rows.filter((r) => r.leaks > 0).length}/${rows.length}`,
);
console.log(
  `retention text PDFs: mean ${avg(text.map((r) => r.retention)).toFixed(1)} %, min ${Math.min(...text.map((r) => r.retention)).toFixed(1)} %`,
);
console.log(`retention scans: mean ${avg(scan.map((r) => r.retention)).toFixed(1)} %`);
// the invisible OCR layer alone (pdftotext, no OCR of the rendered page): what a search or copy finds
const layers = scan.flatMap((r) => (r.layer ? [r.layer] : []));
console.log(
  `scans, searchable text layer only: leaks ${layers.reduce((a, l) => a + l.leaks, 0)}, retention mean ${avg(layers.map((l) => l.retention)).toFixed(1)} %, min ${Math.min(...layers.map((l) => l.retention)).toFixed(1)} %`,
);
console.log(
  `CLI wall time per file (incl. process start): text ${avg(text.map((r) => r.seconds)).toFixed(2)} s, scan ${avg(scan.map((r) => r.seconds)).toFixed(2)} s`,
);

if (!argv.includes('--skip-throughput') && !rotate) await throughput(devDir, out, root);
