// Benchmark: run `rodtrad roster nrp` on Curtois & Qu instances, check every solution with the independent
// evaluator (../shared/tools/nrp-eval.mjs) and print a Markdown table.
// Usage: npx tsx bench/roster-nrp/run.ts [--instances 1-12] [--time-limit 60] [--threads 2 | --threads 1,2]
//        [--seed 1] [--out bench/results/nrp.md]
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Real path: the evaluator only runs as a script when its argv path equals its module URL (no symlinks).
const shared = realpathSync(resolve(root, '../shared'));
const args = process.argv.slice(2);
const opt = (k: string, d: string): string => {
  const i = args.indexOf(k);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : d;
};

function parseRange(spec: string): number[] {
  const out: number[] = [];
  for (const part of spec.split(',')) {
    const [a, b] = part.split('-').map(Number);
    if (a === undefined || !Number.isInteger(a)) throw new Error(`bad instance list ${spec}`);
    for (let i = a; i <= (b ?? a); i++) out.push(i);
  }
  return out;
}

const instances = parseRange(opt('--instances', '1-12'));
const limit = Number(opt('--time-limit', '60'));
const threadList = opt('--threads', '2').split(',').map(Number);
const seed = opt('--seed', '1');
const out = resolve(root, opt('--out', 'bench/results/roster-nrp.md'));
const solDir = join(root, 'bench/results/solutions');
mkdirSync(solDir, { recursive: true });
mkdirSync(dirname(out), { recursive: true });

const best = new Map<string, number>();
for (const line of readFileSync(join(shared, 'bench/nrp/best-known.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)) {
  const [name, , , , bk] = line.split('\t');
  if (name && bk) best.set(name, Number(bk));
}

const header = `| instance | best known | yours | gap % | seconds | feasible | peak RSS MB | threads |\n|---|---|---|---|---|---|---|---|`;
console.log(header);
writeFileSync(out, `Time limit ${limit} s, seed ${seed}, ${new Date().toISOString()}\n\n${header}\n`);
for (const i of instances) {
  for (const threads of threadList) {
    const name = `Instance${i}`;
    const inst = join(shared, `bench/nrp/${name}.txt`);
    const sol = join(solDir, `${name}-t${threads}.txt`);
    const t0 = Date.now();
    const run = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        'RSSKB=%M',
        process.execPath,
        join(root, 'bin/rodtrad.mjs'),
        'roster',
        'nrp',
        inst,
        '--time-limit',
        String(limit),
        '--output',
        sol,
        '--seed',
        seed,
        '--threads',
        String(threads),
      ],
      { encoding: 'utf8' },
    );
    const seconds = (Date.now() - t0) / 1000;
    const rss = Number(/RSSKB=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
    let objective = NaN;
    let feasible = false;
    try {
      const ev = JSON.parse(
        execFileSync(process.execPath, [join(shared, 'tools/nrp-eval.mjs'), inst, sol], { encoding: 'utf8' }),
      ) as { objective: number; feasible: boolean };
      objective = ev.objective;
      feasible = ev.feasible;
    } catch {
      feasible = false;
    }
    const bk = best.get(name) ?? NaN;
    const gap = ((objective - bk) / bk) * 100;
    const row = `| ${i} | ${bk} | ${objective} | ${gap.toFixed(2)} | ${seconds.toFixed(1)} | ${feasible ? 'yes' : 'NO'} | ${rss.toFixed(0)} | ${threads} |`;
    console.log(row);
    appendFileSync(out, row + '\n');
  }
}
