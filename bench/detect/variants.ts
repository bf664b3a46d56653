// Format stress test for the detection engine: runs detect() on the development corpus and on our held-out
// corpus rewritten as other documents would look — ALL CAPS, all lower case, and every blank doubled (OCR) —
// with the entity offsets carried over, and prints recall per label, wrongly redacted readable items and span
// precision per variant (the scorer's rules: ≥ 99 % of non-space characters covered; > 50 % is wrongly redacted).
// Usage: npx tsx bench/detect/variants.ts [--show N]   (N misses per variant are printed)
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detect } from '../../src/modules/detection/index.js';

interface TEntity {
  start: number;
  end: number;
  label: string;
  redact: boolean | 'optional';
}
interface TDoc {
  id: string;
  case_type: 'citizen' | 'building';
  text: string;
  parties: string[];
  staff: string[];
  keep: string[];
  entities: TEntity[];
}
type TVariant = 'as written' | 'capitals' | 'lower case' | 'doubled blanks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpora: Array<[string, string]> = [
  ['dev', resolve(root, '../shared/pii-dev/dev.jsonl')],
  ['held-out', resolve(root, 'test/corpus/pii-holdout.jsonl')],
  ['blind', resolve(root, 'test/corpus/pii-blind.jsonl')],
];
const showIdx = process.argv.indexOf('--show');
const show = showIdx >= 0 ? Number(process.argv[showIdx + 1] ?? 5) : 0;

/** The rewritten text and a map from old to new offsets (identity unless blanks are doubled). */
function rewrite(text: string, variant: TVariant): { text: string; at: (i: number) => number } | null {
  if (variant === 'as written') return { text, at: (i) => i };
  if (variant === 'capitals' || variant === 'lower case') {
    const t = variant === 'capitals' ? text.toUpperCase() : text.toLowerCase();
    return t.length === text.length ? { text: t, at: (i) => i } : null;
  }
  const offsets = new Array<number>(text.length + 1);
  let t = '';
  for (let i = 0; i < text.length; i++) {
    offsets[i] = t.length;
    t += text[i] === ' ' ? '  ' : text[i];
  }
  offsets[text.length] = t.length;
  return { text: t, at: (i) => offsets[i] as number };
}

function run(docs: readonly TDoc[], variant: TVariant) {
  const recall = new Map<string, { total: number; caught: number }>();
  let readable = 0;
  let wrong = 0;
  let spans = 0;
  let good = 0;
  let skipped = 0;
  const misses: string[] = [];
  for (const d of docs) {
    const r = rewrite(d.text, variant);
    if (!r) {
      skipped++;
      continue;
    }
    const text = r.text;
    const ents = d.entities.map((e) => ({ ...e, start: r.at(e.start), end: r.at(e.end - 1) + 1 }));
    const result = detect({ text, case_type: d.case_type, parties: d.parties, staff: d.staff, keep: d.keep });
    const cover = new Uint8Array(text.length);
    for (const s of result.spans) {
      cover.fill(1, s.start, s.end);
      spans++;
      if (ents.some((e) => e.redact !== false && e.start < s.end && s.start < e.end)) good++;
    }
    for (const e of ents) {
      let n = 0;
      let c = 0;
      for (let i = e.start; i < e.end; i++) {
        if (/\s/u.test(text[i] ?? ' ')) continue;
        n++;
        c += cover[i] ?? 0;
      }
      const f = n ? c / n : 1;
      if (e.redact === true) {
        const row = recall.get(e.label) ?? { total: 0, caught: 0 };
        row.total++;
        if (f >= 0.99) row.caught++;
        else misses.push(`miss ${e.label} "${text.slice(e.start, e.end).replace(/\n/g, '⏎')}" (${d.id})`);
        recall.set(e.label, row);
      } else if (e.redact === false) {
        readable++;
        if (f > 0.5) {
          wrong++;
          misses.push(`wrong ${e.label} "${text.slice(e.start, e.end).replace(/\n/g, '⏎')}" (${d.id})`);
        }
      }
    }
  }
  return { recall, readable, wrong, spans, good, skipped, misses };
}

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '—');
const labels = ['CPR', 'EMAIL', 'PHONE', 'ACCOUNT', 'PERSON', 'ADDRESS', 'HEALTH'];
const out: string[] = [];
out.push(`| corpus | variant | ${labels.join(' | ')} | wrongly redacted | span precision |`);
out.push(`|---|---|${labels.map(() => '---:').join('|')}|---:|---:|`);
const notes: string[] = [];
for (const [name, path] of corpora) {
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as TDoc);
  for (const variant of ['as written', 'capitals', 'lower case', 'doubled blanks'] as TVariant[]) {
    const r = run(docs, variant);
    const cells = labels.map((l) => {
      const row = r.recall.get(l);
      return row ? `${pct(row.caught, row.total)} %` : '—';
    });
    out.push(
      `| ${name} | ${variant} | ${cells.join(' | ')} | ${r.wrong}/${r.readable} | ${pct(r.good, r.spans)} % |`,
    );
    if (r.skipped)
      notes.push(`${name}, ${variant}: ${r.skipped} documents skipped (case change alters length)`);
    if (show) for (const m of r.misses.slice(0, show)) notes.push(`${name}, ${variant}: ${m}`);
  }
}
console.log(out.join('\n'));
if (notes.length) console.log(`\n${notes.join('\n')}`);
