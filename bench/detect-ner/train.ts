// Retrains the person-name sequence model of the detection module and writes its weights to
// src/modules/detection/domain/person-model/weights.ts.
//
//   npx tsx bench/detect-ner/train.ts [--ner DIR] [--epochs 12] [--prune 0.02]
//
// Training data (every sentence also lower-cased, so the model finds names in lower-case text too):
//  - UD Danish-DDT with the NER tags of Plank (2019): the train file and dev sentences 0–281 (dev-a). The dev
//    sentences 282–563 (dev-b) are never trained on; bench/detect-ner/run.ts reports them separately.
//    The data stays where it is (CC BY-SA 4.0, see data.ts); only the derived weights are committed.
//  - the project's own generated documents (test/corpus/pii-holdout.jsonl, pii-blind.jsonl): every PERSON
//    entity, private or staff — the model tags names; the rules decide who is staff.
// Averaged structured perceptron (Collins 2002) with Viterbi decoding; gazetteer features are hidden at random
// (dropout) so the model also learns names that are on no list.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  B,
  FEATURES_PER_TOKEN,
  I,
  modelTokens,
  O,
  TAGS,
  tokenFeatures,
} from '../../src/modules/detection/domain/person-model/features.js';
import {
  emissions,
  emptyWeights,
  serialiseWeights,
  viterbi,
  type TModelWeights,
} from '../../src/modules/detection/domain/person-model/model.js';
import { FIRST_NAMES } from '../../src/modules/detection/domain/gazetteer/first-names.js';
import { SURNAMES } from '../../src/modules/detection/domain/gazetteer/surnames.js';
import { loadSplit } from './data.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const arg = (k: string, d: string): string => {
  const i = args.indexOf(k);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : d;
};
const EPOCHS = Number(arg('--epochs', '12'));
const PRUNE = Number(arg('--prune', '0.02'));
const DROPOUT = Number(arg('--dropout', '0.3'));

let seed = 7;
const rnd = (): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};

interface TSeq {
  text: string;
  gold: Uint8Array;
  feats: Int32Array;
  n: number;
}

function sequence(text: string, persons: ReadonlyArray<{ start: number; end: number }>): TSeq {
  const toks = modelTokens(text);
  const gold = new Uint8Array(toks.count);
  const sorted = [...persons].sort((a, b) => a.start - b.start);
  let p = 0;
  for (let i = 0; i < toks.count; i++) {
    const s = toks.starts[i] as number;
    while (p < sorted.length && (sorted[p] as { end: number }).end <= s) p++;
    const span = sorted[p];
    if (span && span.start <= s && s < span.end) {
      const prevInside = i > 0 && (toks.starts[i - 1] as number) >= span.start;
      gold[i] = prevInside ? I : B;
    }
  }
  return { text, gold, feats: tokenFeatures(text, toks), n: toks.count };
}

function both(text: string, persons: ReadonlyArray<{ start: number; end: number }>): TSeq[] {
  const lower = text.toLowerCase();
  return lower.length === text.length
    ? [sequence(text, persons), sequence(lower, persons)]
    : [sequence(text, persons)];
}

// Name substitution: copies of every sentence with persons, each name replaced by another of the same length —
// from the gazetteers or made up from syllables (names on no list) — so the model learns the context and the shape
// of a name rather than the names of the training data.
const SYLLABLES =
  'ka ri mo ta sha ng uy ev ko ov ra li ah med sa ni dra go mi la zo yu ki an el ar is to be na du fa ha ja ke lu ro se vi we xa zh ch th ou ai ei ia io'.split(
    ' ',
  );
const ENDINGS = [
  '',
  '',
  '',
  'enko',
  'ić',
  'yan',
  'ski',
  'ova',
  'son',
  'ez',
  'i',
  'a',
  'o',
  'ur',
  'lu',
  'oğlu',
  'ani',
];
const firsts = [...FIRST_NAMES];
const lasts = [...SURNAMES];
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
function madeUp(): string {
  let w = '';
  const n = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < n; k++) w += pick(SYLLABLES);
  w += pick(ENDINGS);
  return w.charAt(0).toUpperCase() + w.slice(1);
}
function randomName(tokens: number): string {
  const unlisted = rnd() < 0.5;
  const first = unlisted ? madeUp() : pick(firsts);
  const last = rnd() < 0.5 ? madeUp() : pick(lasts);
  if (tokens <= 1) return rnd() < 0.3 ? first : last;
  const middle = tokens >= 3 ? `${rnd() < 0.5 ? madeUp() : pick(lasts)} ` : '';
  return `${first} ${middle}${last}`;
}
type TEntity = { start: number; end: number; firstTok: number; lastTok: number };
/**
 * Every person replaced by a random name; half of the places and organisations replaced by a made-up word that
 * stays "not a person" — so a word on no list is judged by its context, not by being unknown.
 */
function substituted(text: string, persons: readonly TEntity[], others: readonly TEntity[]) {
  const all = [
    ...persons.map((p) => ({ ...p, person: true })),
    ...others.map((p) => ({ ...p, person: false })),
  ].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  const spans: Array<{ start: number; end: number }> = [];
  for (const p of all) {
    if (!p.person && rnd() < 0.5) continue;
    out += text.slice(at, p.start);
    const name = p.person ? randomName(p.lastTok - p.firstTok + 1) : madeUp();
    if (p.person) spans.push({ start: out.length, end: out.length + name.length });
    out += name;
    at = p.end;
  }
  return { text: out + text.slice(at), persons: spans };
}

const seqs: TSeq[] = [];
const COPIES = Number(arg('--copies', '6'));
for (const split of ['train', 'dev-a'] as const)
  for (const s of loadSplit(split)) {
    seqs.push(...both(s.text, s.persons));
    if (s.persons.length === 0 && s.others.length === 0) continue;
    for (let k = 0; k < COPIES; k++) {
      const sub = substituted(s.text, s.persons, s.others);
      seqs.push(...both(sub.text, sub.persons));
    }
  }
const nerCount = seqs.length;
for (const file of ['pii-holdout.jsonl', 'pii-blind.jsonl']) {
  for (const line of readFileSync(join(ROOT, 'test/corpus', file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as {
      text: string;
      entities: Array<{ start: number; end: number; label: string }>;
    };
    seqs.push(
      ...both(
        doc.text,
        doc.entities.filter((e) => e.label === 'PERSON'),
      ),
    );
  }
}
const tokens = seqs.reduce((a, s) => a + s.n, 0);
console.log(`${seqs.length} sequences (${nerCount} from the NER data), ${tokens} tokens`);

// Averaged perceptron: w is the running weight, u accumulates c * update so that avg = w - u / c.
const w = emptyWeights();
const uEmit = new Float64Array(w.emit.length);
const uStart = new Float64Array(TAGS);
const uTrans = new Float64Array(TAGS * TAGS);
let c = 1;

function update(feats: Int32Array, i: number, tag: number, delta: number): void {
  const base = i * FEATURES_PER_TOKEN;
  for (let k = base; k < base + FEATURES_PER_TOKEN; k++) {
    const f = feats[k] as number;
    if (f < 0) continue;
    const o = f * TAGS + tag;
    w.emit[o] = (w.emit[o] as number) + delta;
    uEmit[o] = (uEmit[o] as number) + c * delta;
  }
}

for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = seqs.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  let errors = 0;
  for (const idx of order) {
    const s = seqs[idx] as TSeq;
    let feats = s.feats;
    if (rnd() < DROPOUT) {
      const mask = new Uint8Array(s.n);
      for (let i = 0; i < s.n; i++) mask[i] = rnd() < 0.5 ? 1 : 0;
      feats = tokenFeatures(s.text, modelTokens(s.text), (i) => mask[i] === 1);
    }
    const pred = viterbi(w, emissions(w, feats, s.n), s.n);
    for (let i = 0; i < s.n; i++) {
      const g = s.gold[i] as number;
      const p = pred[i] as number;
      if (g !== p) {
        errors++;
        update(feats, i, g, 1);
        update(feats, i, p, -1);
      }
      const gp = i > 0 ? (s.gold[i - 1] as number) : -1;
      const pp = i > 0 ? (pred[i - 1] as number) : -1;
      if (g === p && gp === pp) continue;
      if (i === 0) {
        w.start[g] = (w.start[g] as number) + 1;
        w.start[p] = (w.start[p] as number) - 1;
        uStart[g] = (uStart[g] as number) + c;
        uStart[p] = (uStart[p] as number) - c;
      } else {
        w.trans[gp * TAGS + g] = (w.trans[gp * TAGS + g] as number) + 1;
        w.trans[pp * TAGS + p] = (w.trans[pp * TAGS + p] as number) - 1;
        uTrans[gp * TAGS + g] = (uTrans[gp * TAGS + g] as number) + c;
        uTrans[pp * TAGS + p] = (uTrans[pp * TAGS + p] as number) - c;
      }
    }
    c++;
  }
  console.log(`epoch ${epoch + 1}: ${errors} token errors`);
}

const avg: TModelWeights = emptyWeights();
for (let i = 0; i < w.emit.length; i++) avg.emit[i] = (w.emit[i] as number) - (uEmit[i] as number) / c;
for (let i = 0; i < TAGS; i++) avg.start[i] = (w.start[i] as number) - (uStart[i] as number) / c;
for (let i = 0; i < TAGS * TAGS; i++) avg.trans[i] = (w.trans[i] as number) - (uTrans[i] as number) / c;
void O;
void B;

const b64 = serialiseWeights(avg, PRUNE);
const out = join(ROOT, 'src/modules/detection/domain/person-model/weights.ts');
writeFileSync(
  out,
  `// Generated by bench/detect-ner/train.ts — do not edit; retrain instead.
// Derived from UD Danish-DDT (CC BY-SA 4.0; Johannsen, Martínez Alonso and Plank, TLT14 2015; Buch-Kromann,
// Mikkelsen and Lynge, TLT 2003) with the NER annotation of Plank, NoDaLiDa 2019, and from the project's own
// generated documents (test/corpus). The weights are a derived work under CC BY-SA 4.0.
// ${EPOCHS} epochs, gazetteer dropout ${DROPOUT}, weights below ${PRUNE} pruned.
export const PERSON_MODEL_WEIGHTS =
  '${b64}';
`,
);
console.log(`wrote ${out}: ${(b64.length / 1024).toFixed(0)} KB base64`);
