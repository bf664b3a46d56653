// Loads the Danish NER data (UD Danish-DDT sentences with the person/location/organisation tags of Plank 2019)
// into sentences with text, token offsets and person entities. The data is read from a directory given on the
// command line or in RODTRAD_NER_DIR; it is never copied into the project (licences and attribution: docs/modules/detection.md).
//
// Splits:
//   train     the 10k-token training file (tokens only; the text is rebuilt with Danish spacing rules)
//   dev-a     dev sentences 0–281 (original spacing from the CoNLL-U file) — may be trained on
//   dev-b     dev sentences 282–563 — NEVER trained on; the honest figure
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TNerSentence {
  id: string;
  text: string;
  /** Token offsets into `text`, end exclusive. */
  tokens: Array<{ start: number; end: number; tag: string }>;
  /** Person entities as character ranges (end exclusive) and token ranges. */
  persons: Array<{ start: number; end: number; firstTok: number; lastTok: number }>;
  /** Places, organisations and other names (LOC, ORG, MISC), the same way. */
  others: Array<{ start: number; end: number; firstTok: number; lastTok: number }>;
}

export const DEV_HELD_OUT_FROM = 282;

export function nerDir(): string {
  const i = process.argv.indexOf('--ner');
  const dir = (i >= 0 ? process.argv[i + 1] : undefined) ?? process.env.RODTRAD_NER_DIR ?? '../shared/ner-da';
  if (!existsSync(join(dir, 'da_ddt-ud-ner-dev.conll')))
    throw new Error(`NER data not found in ${dir} (pass --ner DIR or set RODTRAD_NER_DIR)`);
  return dir;
}

function readConll(path: string): Array<Array<[string, string]>> {
  const out: Array<Array<[string, string]>> = [];
  let cur: Array<[string, string]> = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [tok, tag] = line.split('\t');
    if (!tok || !tok.trim()) {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    cur.push([tok, (tag ?? 'O').trim()]);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Spacing flags from the CoNLL-U file: for each sentence, whether a blank follows each token. */
function readSpaceAfter(path: string): boolean[][] {
  const out: boolean[][] = [];
  let cur: boolean[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (!line.trim()) {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    const cols = line.split('\t');
    if (!/^\d+$/u.test(cols[0] ?? '')) continue; // multi-word ranges and empty nodes
    cur.push(!(cols[9] ?? '').includes('SpaceAfter=No'));
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Danish typesetting: no blank before closing punctuation, none after an opening bracket or quote. */
function guessSpaceAfter(toks: readonly string[]): boolean[] {
  let quoteOpen = false;
  return toks.map((t, i) => {
    const next = toks[i + 1];
    if (next === undefined) return false;
    if (t === '"') {
      quoteOpen = !quoteOpen;
      if (quoteOpen) return false;
    }
    if (t === '(' || t === '[') return false;
    if (/^[.,;:!?)\]%]$/u.test(next)) return false;
    if (next === '"' && quoteOpen) return false;
    return true;
  });
}

function build(id: string, toks: Array<[string, string]>, spaceAfter: boolean[]): TNerSentence {
  let text = '';
  const tokens: TNerSentence['tokens'] = [];
  toks.forEach(([tok, tag], i) => {
    const start = text.length;
    text += tok;
    tokens.push({ start, end: text.length, tag });
    if (spaceAfter[i] && i < toks.length - 1) text += ' ';
  });
  const persons: TNerSentence['persons'] = [];
  const others: TNerSentence['others'] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tag = (tokens[i] as { tag: string }).tag;
    if (!tag.startsWith('B-')) continue;
    const type = tag.slice(2);
    let j = i;
    while (j + 1 < tokens.length && (tokens[j + 1] as { tag: string }).tag === `I-${type}`) j++;
    (type === 'PER' ? persons : others).push({
      start: (tokens[i] as { start: number }).start,
      end: (tokens[j] as { end: number }).end,
      firstTok: i,
      lastTok: j,
    });
  }
  return { id, text, tokens, persons, others };
}

export function loadSplit(split: 'train' | 'dev-a' | 'dev-b' | 'dev', dir = nerDir()): TNerSentence[] {
  if (split === 'train') {
    return readConll(join(dir, 'da_ddt-ud-ner-train-10k.conll')).map((s, i) =>
      build(`train-${i}`, s, guessSpaceAfter(s.map(([t]) => t))),
    );
  }
  const tagged = readConll(join(dir, 'da_ddt-ud-ner-dev.conll'));
  const spaces = readSpaceAfter(join(dir, 'da_ddt-ud-dev.conllu'));
  const all = tagged.map((s, i) => {
    const sp = spaces[i];
    const ok = sp !== undefined && sp.length === s.length;
    return build(`dev-${i}`, s, ok ? sp : guessSpaceAfter(s.map(([t]) => t)));
  });
  if (split === 'dev') return all;
  return split === 'dev-a' ? all.slice(0, DEV_HELD_OUT_FROM) : all.slice(DEV_HELD_OUT_FROM);
}
