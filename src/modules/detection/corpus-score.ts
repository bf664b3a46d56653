// Scores detect() on a labelled corpus (JSON lines) with the rules of the shared scorer: an entity that must be
// redacted is caught when ≥ 99 % of its non-space characters are covered; a readable entity is wrongly redacted
// when > 50 % of them are covered; a span is good when it touches an item that may be redacted. Used by the
// corpus floor tests (corpus-floors.test.ts).
import { readFileSync } from 'node:fs';
import { detect } from './index.js';

interface TEntity {
  start: number;
  end: number;
  label: string;
  redact: boolean | 'optional';
}
export interface TGoldDoc {
  id: string;
  case_type: 'citizen' | 'building';
  text: string;
  parties: string[];
  staff: string[];
  keep: string[];
  entities: TEntity[];
}

/** Share of the entity's non-space characters covered by the predicted spans. */
function coverage(text: string, e: TEntity, covered: Uint8Array): number {
  let total = 0;
  let hit = 0;
  for (let i = e.start; i < e.end; i++) {
    if (/\s/u.test(text[i] ?? ' ')) continue;
    total++;
    if (covered[i]) hit++;
  }
  return total === 0 ? 0 : hit / total;
}

export function score(docs: readonly TGoldDoc[]) {
  const recall = new Map<string, { total: number; caught: number }>();
  let readable = 0;
  let wrong = 0;
  let spanCount = 0;
  let goodSpans = 0;
  for (const doc of docs) {
    const { spans } = detect({
      text: doc.text,
      case_type: doc.case_type,
      parties: doc.parties,
      staff: doc.staff,
      keep: doc.keep,
    });
    const covered = new Uint8Array(doc.text.length);
    for (const s of spans) covered.fill(1, s.start, s.end);
    // Span precision as the scorer counts it: a span is good when it touches an item that may be redacted.
    for (const s of spans) {
      spanCount++;
      if (doc.entities.some((e) => e.redact !== false && e.start < s.end && s.start < e.end)) goodSpans++;
    }
    for (const e of doc.entities) {
      if (e.redact === 'optional') continue;
      const c = coverage(doc.text, e, covered);
      if (e.redact) {
        const r = recall.get(e.label) ?? { total: 0, caught: 0 };
        r.total++;
        if (c >= 0.99) r.caught++;
        recall.set(e.label, r);
      } else {
        readable++;
        if (c > 0.5) wrong++;
      }
    }
  }
  const pct = (n: number, d: number) => (d === 0 ? 100 : (100 * n) / d);
  const perLabel = Object.fromEntries([...recall].map(([k, v]) => [k, pct(v.caught, v.total)]));
  let total = 0;
  let caught = 0;
  for (const v of recall.values()) {
    total += v.total;
    caught += v.caught;
  }
  return {
    perLabel,
    overall: pct(caught, total),
    wrongPct: pct(wrong, readable),
    precision: pct(goodSpans, spanCount),
  };
}

export function loadCorpus(path: string): TGoldDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as TGoldDoc);
}
