// Quality benchmark: runs `rodtrad detect` (the real CLI) on the labelled development corpus
// ../shared/pii-dev/dev.jsonl and scores it with the independent scorer ../shared/tools/pii-score.mjs.
// Prints recall per label, wrongly redacted (staff, property, staff contact) per label, span precision and the
// leaks. Usage: npx tsx bench/detect/quality.ts [--gold PATH] [--json]
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, '../shared');
const args = process.argv.slice(2);
const goldIdx = args.indexOf('--gold');
const gold =
  goldIdx >= 0 && args[goldIdx + 1]
    ? resolve(args[goldIdx + 1] as string)
    : join(shared, 'pii-dev/dev.jsonl');
const outDir = join(root, 'bench/results');
mkdirSync(outDir, { recursive: true });
const pred = join(outDir, 'detect-dev-pred.jsonl');

const t0 = performance.now();
execFileSync(process.execPath, [join(root, 'bin/rodtrad.mjs'), 'detect', '--input', gold, '--output', pred], {
  stdio: 'inherit',
});
const seconds = (performance.now() - t0) / 1000;
const raw = execFileSync(process.execPath, [join(shared, 'tools/pii-score.mjs'), gold, pred], {
  encoding: 'utf8',
});
if (args.includes('--json')) {
  console.log(raw);
  process.exit(0);
}

interface TScore {
  documents: number;
  missingDocs: number;
  recall: Record<string, { total: number; caught: number; pct: number }>;
  wronglyRedacted: Record<string, { total: number; redacted: number; pct: number }>;
  spanPrecisionPct: number;
  spans: number;
  overRedactedCharsPct: number;
  leaks: Array<{ id: string; label: string; text: string }>;
}
const score = JSON.parse(raw) as TScore;
const TARGET: Record<string, number> = {
  CPR: 100,
  EMAIL: 100,
  PHONE: 99,
  ACCOUNT: 99,
  PERSON: 97,
  ADDRESS: 97,
  HEALTH: 90,
};
const mark = (ok: boolean) => (ok ? 'ok' : 'BELOW TARGET');

console.log(
  `\n## rodtrad detect on ${gold} (${score.documents} documents, ${seconds.toFixed(1)} s incl. start-up)\n`,
);
console.log('| label | caught / total | recall % | target % | |');
console.log('|---|---|---|---|---|');
for (const [label, r] of Object.entries(score.recall).sort()) {
  const target = TARGET[label] ?? 0;
  console.log(`| ${label} | ${r.caught} / ${r.total} | ${r.pct} | ${target} | ${mark(r.pct >= target)} |`);
}
console.log('\n| must stay readable | wrongly redacted / total | % (target ≤ 2) |');
console.log('|---|---|---|');
for (const [label, k] of Object.entries(score.wronglyRedacted).sort()) {
  console.log(`| ${label} | ${k.redacted} / ${k.total} | ${k.pct} |`);
}
console.log(
  `\nspan precision: ${score.spanPrecisionPct} % of ${score.spans} spans (target ≥ 95) — ${mark(score.spanPrecisionPct >= 95)}`,
);
console.log(`over-redacted characters outside entities: ${score.overRedactedCharsPct} %`);
console.log(`missing documents: ${score.missingDocs}`);
if (score.leaks.length) {
  console.log('\nleaks (first 25):');
  for (const l of score.leaks) console.log(`  ${l.id} ${l.label} ${JSON.stringify(l.text)}`);
}
