// Fidelity benchmark on real-world PDFs: runs the engine of `rodtrad redact` on every PDF of a folder, each
// file in its own process with a time and memory limit, and checks every output written with the fidelity
// check (fidelity.ts: pixels outside the boxes, page count, images drawn, image data).
// Usage: npx tsx bench/redact-wild/run.ts [--dir DIR] [--jobs N] [--seconds S] [--mb MB] [--json OUT.json] [FILE…]
// DIR defaults to ../shared/pdf-wild next to the repository. PASSWORDS below: files whose readers need one.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const argv = process.argv.slice(2);
const opt = (k: string, d: string): string => (argv.includes(k) ? argv[argv.indexOf(k) + 1]! : d);
const dir = resolve(opt('--dir', join(root, '../shared/pdf-wild')));
const jobs = Number(opt('--jobs', '2'));
const seconds = Number(opt('--seconds', '180'));
const limitMb = Number(opt('--mb', '1536'));
const jsonOut = argv.includes('--json') ? opt('--json', '') : '';
const valued = new Set(['--dir', '--jobs', '--seconds', '--mb', '--json']);
const only = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1] ?? ''));
/** The empty password a reader uses silently; given explicitly as `--password ""` would be. */
const PASSWORDS: Record<string, string> = { 'pr6531_2.pdf': '' };

interface TResult {
  file: string;
  status: 'ok' | 'refused' | 'crash' | 'hang' | 'memory';
  faithful?: boolean;
  problems?: { kind: string; page?: number; detail: string }[];
  code?: string;
  message?: string;
  seconds: number;
  peakMb: number;
  detail?: string;
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

const out = mkdtempSync(join(tmpdir(), 'redact-wild-'));
function runOne(file: string): Promise<TResult> {
  return new Promise((done) => {
    const args = [join(root, 'bench/redact-wild/one.mjs'), join(dir, file), join(out, file)];
    if (file in PASSWORDS) args.push(PASSWORDS[file]!);
    const t0 = performance.now();
    const child = spawn('node', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    let killed: 'hang' | 'memory' | null = null;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      peak = Math.max(peak, rssMb(child.pid!));
      if (peak > limitMb) killed = 'memory';
      else if (performance.now() - t0 > seconds * 1000) killed = 'hang';
      if (killed) child.kill('SIGKILL');
    }, 200);
    child.on('exit', (code) => {
      clearInterval(poll);
      const secs = Math.round(performance.now() - t0) / 1000;
      const line = stdout.trim().split('\n').at(-1) ?? '';
      if (killed) return done({ file, status: killed, seconds: secs, peakMb: Math.round(peak) });
      try {
        const r = JSON.parse(line) as TResult & { maxRssMb: number };
        done({ ...r, file, seconds: secs, peakMb: Math.max(Math.round(peak), r.maxRssMb) });
      } catch {
        const why = stderr.trim().split('\n').filter(Boolean).slice(-1)[0] ?? `exit ${code}`;
        done({ file, status: 'crash', seconds: secs, peakMb: Math.round(peak), detail: why.slice(0, 160) });
      }
    });
  });
}

const files = (only.length ? only : readdirSync(dir).filter((f) => f.endsWith('.pdf'))).sort();
const results: TResult[] = [];
const loads: number[] = [loadavg()[0]!];
const queue = [...files];
await Promise.all(
  Array.from({ length: jobs }, async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const r = await runOne(f);
      loads.push(loadavg()[0]!);
      results.push(r);
      const what =
        r.status === 'ok'
          ? r.faithful
            ? 'faithful'
            : `UNFAITHFUL: ${r.problems!.map((p) => `${p.kind}${p.page ? ` p${p.page}` : ''} ${p.detail}`).join('; ')}`
          : r.status === 'refused'
            ? `refused ${r.code}: ${r.message}`
            : `${r.status.toUpperCase()} ${r.detail ?? ''}`;
      console.log(
        `${f.padEnd(48)} ${String(r.seconds).padStart(6)} s ${String(r.peakMb).padStart(5)} MB  ${what}`,
      );
    }
  }),
);
results.sort((a, b) => a.file.localeCompare(b.file));
const ok = results.filter((r) => r.status === 'ok');
const refusals = new Map<string, string[]>();
for (const r of results.filter((x) => x.status === 'refused')) {
  const reason = `${r.code}: ${(r.message ?? '').replace(/^[^:]*: /, '').replace(/\(.*\)$/, '(…)')}`;
  refusals.set(reason, [...(refusals.get(reason) ?? []), r.file]);
}
const count = (s: TResult['status']): number => results.filter((r) => r.status === s).length;
console.log('\n| | count | files |\n|---|---:|---|');
console.log(`| files | ${results.length} | |`);
console.log(`| faithful outputs | ${ok.filter((r) => r.faithful).length} | |`);
const bad = ok.filter((r) => !r.faithful);
console.log(
  `| unfaithful outputs | ${bad.length} | ${bad.map((r) => `${r.file} (${[...new Set(r.problems!.map((p) => p.kind))].join(', ')})`).join('; ')} |`,
);
for (const [reason, fs] of [...refusals].sort((a, b) => b[1].length - a[1].length))
  console.log(`| refused — ${reason} | ${fs.length} | ${fs.join(', ')} |`);
for (const s of ['crash', 'hang', 'memory'] as const)
  console.log(
    `| ${s} | ${count(s)} | ${results
      .filter((r) => r.status === s)
      .map((r) => r.file)
      .join(', ')} |`,
  );
console.log(`| peak memory | ${Math.max(...results.map((r) => r.peakMb))} MB | |`);
console.log(
  `\nload average during the run: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (${jobs} jobs, limits ${seconds} s and ${limitMb} MB per file); outputs in ${out}`,
);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 1));
