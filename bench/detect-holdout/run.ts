// Held-out benchmark for `rodtrad detect`: runs the CLI on test/corpus/pii-holdout.jsonl (entities stripped),
// scores the output with the shared scorer (../shared/tools/pii-score.mjs) and prints
//   1. a table per label: recall of what must be redacted, wrongly redacted readable items, span precision;
//   2. every miss and every wrong redaction with the document id and the surrounding text;
//   3. predicted spans that touch no labelled item at all (over-redaction of ordinary text).
// Usage: npx tsx bench/detect-holdout/run.ts [--corpus test/corpus/pii-holdout.jsonl] [--pred PRED.jsonl]
//        [--details OUT.json]
// With --pred an existing prediction file is scored instead of running the CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Redact = boolean | 'optional';
interface Entity {
  start: number;
  end: number;
  label: string;
  redact: Redact;
}
interface GoldDoc {
  id: string;
  case_type: 'citizen' | 'building';
  text: string;
  parties: string[];
  staff: string[];
  keep: string[];
  entities: Entity[];
}
interface Span {
  start: number;
  end: number;
  label?: string;
}
interface ScoreResult {
  documents: number;
  missingDocs: number;
  recall: Record<string, { total: number; caught: number; pct: number }>;
  wronglyRedacted: Record<string, { total: number; redacted: number; pct: number }>;
  spanPrecisionPct: number;
  spans: number;
  overRedactedCharsPct: number;
}
interface Finding {
  kind: 'miss' | 'wrong' | 'spurious';
  id: string;
  caseType: string;
  label: string;
  text: string;
  coveredPct: number;
  context: string;
  predicted: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, '../shared');
const args = process.argv.slice(2);
const opt = (k: string, d: string): string => {
  const i = args.indexOf(k);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : d;
};

const corpusPath = resolve(root, opt('--corpus', 'test/corpus/pii-holdout.jsonl'));
const gold: GoldDoc[] = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as GoldDoc);

let predPath = opt('--pred', '');
let seconds = 0;
if (!predPath) {
  const dir = mkdtempSync(join(tmpdir(), 'detect-holdout-'));
  const inPath = join(dir, 'input.jsonl');
  predPath = join(dir, 'pred.jsonl');
  writeFileSync(
    inPath,
    gold
      .map((d) =>
        JSON.stringify({
          id: d.id,
          text: d.text,
          case_type: d.case_type,
          parties: d.parties,
          staff: d.staff,
          keep: d.keep,
        }),
      )
      .join('\n') + '\n',
  );
  const t0 = Date.now();
  const run = spawnSync('npx', ['rodtrad', 'detect', '--input', inPath, '--output', predPath], {
    cwd: root,
    encoding: 'utf8',
  });
  seconds = (Date.now() - t0) / 1000;
  if (run.status !== 0) {
    console.error(
      `rodtrad detect failed (exit ${String(run.status)}): ${run.stderr.trim().split('\n').pop() ?? ''}`,
    );
    process.exit(1);
  }
}

const scorer = spawnSync('node', [join(shared, 'tools/pii-score.mjs'), corpusPath, predPath], {
  encoding: 'utf8',
});
if (scorer.status !== 0) {
  console.error(`pii-score failed: ${scorer.stderr.trim()}`);
  process.exit(1);
}
const score = JSON.parse(scorer.stdout) as ScoreResult;

const pred = new Map<string, Span[]>();
for (const line of readFileSync(predPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const o = JSON.parse(line) as { id: string; spans?: Span[] };
  pred.set(o.id, o.spans ?? []);
}

// ---------------------------------------------------------------------------------------------------------
// Per-label analysis (same coverage rules as the scorer) and the list of findings
// ---------------------------------------------------------------------------------------------------------

const oneLine = (s: string): string => s.replace(/\n/g, '⏎');
function context(text: string, start: number, end: number, width = 45): string {
  const a = Math.max(0, start - width);
  const b = Math.min(text.length, end + width);
  return `${a > 0 ? '…' : ''}${oneLine(text.slice(a, start))}[[${oneLine(text.slice(start, end))}]]${oneLine(text.slice(end, b))}${b < text.length ? '…' : ''}`;
}

interface Row {
  mustTotal: number;
  caught: number;
  readTotal: number;
  wrong: number;
  optional: number;
}
const rows = new Map<string, Row>();
const row = (label: string): Row => {
  let r = rows.get(label);
  if (!r) {
    r = { mustTotal: 0, caught: 0, readTotal: 0, wrong: 0, optional: 0 };
    rows.set(label, r);
  }
  return r;
};
const predByLabel = new Map<string, { spans: number; good: number }>();
const findings: Finding[] = [];
const byCase = { citizen: { total: 0, caught: 0 }, building: { total: 0, caught: 0 } };

for (const d of gold) {
  const spans = pred.get(d.id) ?? [];
  const cover = new Uint8Array(d.text.length);
  for (const s of spans)
    for (let i = Math.max(0, s.start); i < Math.min(d.text.length, s.end); i++) cover[i] = 1;
  const frac = (e: { start: number; end: number }): number => {
    let n = 0;
    let c = 0;
    for (let i = e.start; i < e.end; i++)
      if (!/\s/.test(d.text[i] ?? '')) {
        n++;
        c += cover[i] ?? 0;
      }
    return n ? c / n : 1;
  };
  const overlapping = (e: { start: number; end: number }): string =>
    spans
      .filter((s) => s.start < e.end && s.end > e.start)
      .map((s) => `${s.label ?? '?'}:"${oneLine(d.text.slice(s.start, s.end))}"`)
      .join(', ') || '—';
  for (const e of d.entities) {
    const r = row(e.label);
    const f = frac(e);
    const base = {
      id: d.id,
      caseType: d.case_type,
      label: e.label,
      text: oneLine(d.text.slice(e.start, e.end)),
      coveredPct: Math.round(f * 100),
      context: context(d.text, e.start, e.end),
      predicted: overlapping(e),
    };
    if (e.redact === true) {
      r.mustTotal++;
      byCase[d.case_type].total++;
      if (f >= 0.99) {
        r.caught++;
        byCase[d.case_type].caught++;
      } else findings.push({ kind: 'miss', ...base });
    } else if (e.redact === false) {
      r.readTotal++;
      if (f > 0.5) {
        r.wrong++;
        findings.push({ kind: 'wrong', ...base });
      }
    } else r.optional++;
  }
  for (const s of spans) {
    const label = s.label ?? '?';
    const p = predByLabel.get(label) ?? { spans: 0, good: 0 };
    p.spans++;
    const hitsRedactable = d.entities.some((e) => e.redact !== false && e.start < s.end && e.end > s.start);
    if (hitsRedactable) p.good++;
    predByLabel.set(label, p);
    const hitsAny = d.entities.some((e) => e.start < s.end && e.end > s.start);
    if (!hitsAny)
      findings.push({
        kind: 'spurious',
        id: d.id,
        caseType: d.case_type,
        label,
        text: oneLine(d.text.slice(s.start, s.end)),
        coveredPct: 100,
        context: context(d.text, s.start, s.end),
        predicted: label,
      });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------------

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
const out: string[] = [];
out.push(`# rodtrad detect on the held-out corpus`);
out.push('');
out.push(
  `Corpus: ${corpusPath} — ${gold.length} documents (${gold.filter((d) => d.case_type === 'building').length} building cases)` +
    (seconds ? `; detect took ${seconds.toFixed(1)} s` : ''),
);
out.push('');
out.push(
  '| label | must redact | caught | recall | readable | wrongly redacted | optional | pred. spans | span precision |',
);
out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
const labels = [...new Set([...rows.keys(), ...predByLabel.keys()])].sort();
let mt = 0;
let mc = 0;
let rt = 0;
let rw = 0;
for (const l of labels) {
  const r = rows.get(l) ?? { mustTotal: 0, caught: 0, readTotal: 0, wrong: 0, optional: 0 };
  const p = predByLabel.get(l) ?? { spans: 0, good: 0 };
  mt += r.mustTotal;
  mc += r.caught;
  rt += r.readTotal;
  rw += r.wrong;
  out.push(
    `| ${l} | ${r.mustTotal || ''} | ${r.mustTotal ? r.caught : ''} | ${r.mustTotal ? pct(r.caught, r.mustTotal) : ''} | ` +
      `${r.readTotal || ''} | ${r.readTotal ? `${r.wrong} (${pct(r.wrong, r.readTotal)})` : ''} | ${r.optional || ''} | ` +
      `${p.spans || ''} | ${p.spans ? pct(p.good, p.spans) : ''} |`,
  );
}
out.push(
  `| **all** | ${mt} | ${mc} | **${pct(mc, mt)}** | ${rt} | **${rw} (${pct(rw, rt)})** | | ${score.spans} | **${score.spanPrecisionPct} %** |`,
);
out.push('');
out.push(
  `Recall by case type: citizen ${pct(byCase.citizen.caught, byCase.citizen.total)} of ${byCase.citizen.total}, ` +
    `building ${pct(byCase.building.caught, byCase.building.total)} of ${byCase.building.total}.`,
);
out.push('');
out.push('Shared scorer (pii-score.mjs):');
out.push(
  `- documents ${score.documents}, missing in output ${score.missingDocs}; span precision ${score.spanPrecisionPct} % of ${score.spans} spans; ` +
    `over-redacted ordinary characters ${score.overRedactedCharsPct} %`,
);
out.push(
  `- recall: ${Object.entries(score.recall)
    .map(([k, v]) => `${k} ${v.caught}/${v.total} (${v.pct} %)`)
    .join(', ')}`,
);
out.push(
  `- wrongly redacted: ${Object.entries(score.wronglyRedacted)
    .map(([k, v]) => `${k} ${v.redacted}/${v.total} (${v.pct} %)`)
    .join(', ')}`,
);

const section = (kind: Finding['kind'], title: string): void => {
  const fs = findings.filter((f) => f.kind === kind);
  out.push('');
  out.push(`## ${title} (${fs.length})`);
  const byLabel = new Map<string, Finding[]>();
  for (const f of fs) byLabel.set(f.label, [...(byLabel.get(f.label) ?? []), f]);
  for (const [label, list] of [...byLabel.entries()].sort((a, b) => b[1].length - a[1].length)) {
    out.push('');
    out.push(`### ${label} (${list.length})`);
    for (const f of list) {
      const cov = kind === 'spurious' ? '' : ` covered ${f.coveredPct} %; predicted ${f.predicted};`;
      out.push(`- ${f.id} (${f.caseType}) "${f.text}" —${cov} ${f.context}`);
    }
  }
};
section('miss', 'Misses: must be redacted, not (fully) covered');
section('wrong', 'Wrong redactions: must stay readable, more than half covered');
section('spurious', 'Spans on unlabelled text (touch no labelled item)');

console.log(out.join('\n'));
const detailsPath = opt('--details', '');
if (detailsPath) writeFileSync(resolve(detailsPath), JSON.stringify({ score, findings }, null, 1));
