// Person recall and wrong PERSON spans of the detection engine (the same detect() that `rodtrad detect` runs)
// on real, human-annotated Danish text: UD Danish-DDT sentences with Plank's (2019) person tags. Each sentence
// is one citizen-case document with no parties, staff or keep list — no case context at all.
//
//   npx tsx bench/detect-ner/run.ts [--ner DIR] [--split train|dev-a|dev-b|dev] [--docs N] [--misses]
//
// dev-b is never trained on (see data.ts); report it as the honest figure. --docs N joins N consecutive
// sentences into one document (so a name found in one sentence is also looked for in the next ones).
// A person is caught when ≥ 99 % of its non-space characters are inside redacted PERSON spans (the rule of the
// project's scorer); a PERSON span is wrong when it touches no annotated person.
import { detect } from '../../src/modules/detection/index.js';
import { isFirstName, normaliseToken } from '../../src/modules/detection/domain/name-lexicon.js';
import { loadSplit, type TNerSentence } from './data.js';

const args = process.argv.slice(2);
const arg = (k: string): string | undefined => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};

type TCategory = 'listed full name' | 'unlisted full name' | 'lone first name' | 'lone surname/other';
const CATEGORIES: TCategory[] = [
  'listed full name',
  'unlisted full name',
  'lone first name',
  'lone surname/other',
];

function category(s: TNerSentence, p: TNerSentence['persons'][number], lowerCased: boolean): TCategory {
  const words = s.tokens.slice(p.firstTok, p.lastTok + 1).map((t) => s.text.slice(t.start, t.end));
  // Initials ("H.", "H.C.") are not the first name; the first written-out word is.
  const named = words.filter((w) => !/^(?:\p{L}\.)+$/u.test(w));
  const first = normaliseToken(named[0] ?? words[0] ?? '');
  const cap = lowerCased ? first : first;
  if (words.length >= 2) return isFirstName(cap) ? 'listed full name' : 'unlisted full name';
  return isFirstName(cap) ? 'lone first name' : 'lone surname/other';
}

interface TDoc {
  text: string;
  persons: Array<{ start: number; end: number; cat: TCategory; words: string }>;
}

function docs(sentences: readonly TNerSentence[], perDoc: number): TDoc[] {
  const out: TDoc[] = [];
  for (let i = 0; i < sentences.length; i += perDoc) {
    let text = '';
    const persons: TDoc['persons'] = [];
    for (const s of sentences.slice(i, i + perDoc)) {
      if (text) text += ' ';
      const off = text.length;
      text += s.text;
      for (const p of s.persons)
        persons.push({
          start: off + p.start,
          end: off + p.end,
          cat: category(s, p, false),
          words: s.text.slice(p.start, p.end),
        });
    }
    out.push({ text, persons });
  }
  return out;
}

export interface TNerScore {
  persons: number;
  caught: number;
  byCat: Record<TCategory, { total: number; caught: number }>;
  spans: number;
  wrongSpans: number;
  misses: string[];
  wrong: string[];
}

export function scoreNer(documents: readonly TDoc[], lower: boolean): TNerScore {
  const byCat = Object.fromEntries(CATEGORIES.map((c) => [c, { total: 0, caught: 0 }])) as TNerScore['byCat'];
  let persons = 0;
  let caught = 0;
  let spans = 0;
  let wrongSpans = 0;
  const misses: string[] = [];
  const wrong: string[] = [];
  for (const d of documents) {
    const text = lower ? d.text.toLowerCase() : d.text;
    if (text.length !== d.text.length) throw new Error('lower-casing changed the length');
    const res = detect({ text, case_type: 'citizen' });
    const covered = new Uint8Array(text.length);
    for (const sp of res.spans) {
      if (sp.label !== 'PERSON') continue;
      covered.fill(1, sp.start, sp.end);
      spans++;
      if (!d.persons.some((p) => p.start < sp.end && sp.start < p.end)) {
        wrongSpans++;
        wrong.push(`${sp.text}  «${text.slice(Math.max(0, sp.start - 40), sp.end + 40)}»`);
      }
    }
    for (const p of d.persons) {
      let total = 0;
      let hit = 0;
      for (let i = p.start; i < p.end; i++) {
        if (/\s/u.test(text[i] ?? ' ')) continue;
        total++;
        if (covered[i]) hit++;
      }
      const ok = total > 0 && hit / total >= 0.99;
      persons++;
      byCat[p.cat].total++;
      if (ok) {
        caught++;
        byCat[p.cat].caught++;
      } else
        misses.push(
          `[${p.cat}] ${text.slice(p.start, p.end)}  «${text.slice(Math.max(0, p.start - 40), p.end + 40)}»`,
        );
    }
  }
  return { persons, caught, byCat, spans, wrongSpans, misses, wrong };
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);

export function formatRow(name: string, variant: string, s: TNerScore): string {
  const cats = CATEGORIES.map((c) => `${pct(s.byCat[c].caught, s.byCat[c].total)} (${s.byCat[c].total})`);
  return `| ${name} | ${variant} | ${s.caught}/${s.persons} = ${pct(s.caught, s.persons)} | ${cats.join(' | ')} | ${s.wrongSpans}/${s.spans} = ${pct(s.wrongSpans, s.spans)} |`;
}

if (process.argv[1]?.endsWith('run.ts')) {
  const splitArg = arg('--split');
  const splits = splitArg ? [splitArg] : ['train', 'dev-a', 'dev-b'];
  const perDoc = Number(arg('--docs') ?? 1);
  console.log(
    `| split | text | persons caught | ${CATEGORIES.join(' | ')} | wrong PERSON spans |\n|---|---|---:|---:|---:|---:|---:|---:|`,
  );
  const t0 = process.cpuUsage();
  for (const split of splits) {
    const d = docs(loadSplit(split as 'train' | 'dev-a' | 'dev-b' | 'dev'), perDoc);
    for (const lower of [false, true]) {
      const s = scoreNer(d, lower);
      console.log(formatRow(split, lower ? 'lower-cased' : 'as written', s));
      if (args.includes('--misses')) {
        for (const m of s.misses) console.log(`  miss ${m}`);
        for (const w of s.wrong) console.log(`  wrong ${w}`);
      }
    }
  }
  const cpu = process.cpuUsage(t0);
  console.log(`\n${perDoc} sentence(s) per document; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
}
