// Health information: a Danish lexicon of diagnoses, conditions, addictions and treatments (with definite and
// plural endings and compounds such as "hashmisbrug", "lungekræft"), plus the words after triggers such as
// "lider af", "diagnosticeret med", "sygemeldt med", "i behandling for", "misbrug af". One pass over the words.
import { writtenInLowerCase } from './person-lower.js';
import { candidate, type TCandidate } from './candidate.js';
import {
  HEALTH_HEADS,
  HEALTH_TERMS,
  HEALTH_TRIGGERS,
  NOT_HEALTH,
  SUBSTANCES,
  WEAK_HEALTH_TERMS,
} from './gazetteer/health-terms.js';

const ACRONYMS = new Set(['adhd', 'add', 'damp', 'ocd', 'ptsd', 'kol', 'hiv', 'aids']);
const ENDINGS = [
  '',
  'en',
  'et',
  'ens',
  'ets',
  'er',
  'erne',
  'ernes',
  'e',
  's',
  'n',
  'ne',
  'ns',
  'r',
  'men',
  'mens',
  'me',
  'ne',
];
const WEAK = new Set(WEAK_HEALTH_TERMS);
/** Health words that also end the name of an institution. */
const INSTITUTION_WORDS = new Set(['hospice', 'psykiatrien', 'distriktspsykiatrien']);
const NOT = new Set(NOT_HEALTH);
const HEADS = [...HEALTH_HEADS].sort((a, b) => b.length - a.length);
const STOP_AFTER_TRIGGER = new Set(
  'og men samt som der hvilket derfor siden i efter fra til hos på fordi da så at det den han hun er har var blev bliver og eller med for af kan skal vil ikke nu igen'.split(
    ' ',
  ),
);
const WEAK_CONTEXT_RE =
  /(?:fortæller om|fortalte om|klager over|bekymret for|bekymret over|bekymring for|oplever|døjer med|plaget af|\bhar\b|\bhavde\b|\bfik\b|\bpga\.?|på grund af|grundet|\bmed\b|\bhans\b|\bhendes\b|\bsin\b|\bsit\b|\bsine\b|\bmin\b|\bmit\b|\bmine\b|\bdin\b|\bdit\b|barnets|borgerens|lider|diagnos|behandl|sygemeld)[^.!?\n]{0,30}$/iu;

interface TWord {
  start: number;
  end: number;
  lower: string;
}

/** Terms keyed by their first word; each entry is the list of words (last word may carry an ending). */
const BY_FIRST = new Map<string, string[][]>();
for (const term of HEALTH_TERMS) {
  const ws = term.split(' ');
  const key = ws.length === 1 ? '' : (ws[0] ?? '');
  if (ws.length === 1) continue;
  const list = BY_FIRST.get(key) ?? [];
  list.push(ws);
  BY_FIRST.set(key, list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.length - a.length);
const SINGLE = new Set(HEALTH_TERMS.filter((t) => !t.includes(' ')));
const TRIGGERS = HEALTH_TRIGGERS.map((t) => t.split(' ')).sort((a, b) => b.length - a.length);
const TRIGGER_FIRST = new Set(TRIGGERS.map((t) => t[0] ?? ''));

const SUBSTANCE = new Set(SUBSTANCES);
/** Adjectives that belong to the condition after them ("kroniske rygsmerter", "svær depression"). */
const MODIFIERS = new Set(
  'kronisk kroniske svær svære alvorlig alvorlige akut akutte langvarig langvarige tilbagevendende moderat moderate paranoid paranoide let lettere behandlingskrævende medicinkrævende insulinkrævende'.split(
    ' ',
  ),
);
/** Heads that take "af <substance>" ("misbrug af kokain"). */
const OF_HEADS = /(?:misbrug|afhængighed|forbrug|misbruger)$/u;
/** ICD-10 code of the Danish SKS classification ("DF90.0", "DM54.5", "F32.1"). */
const ICD_RE = /^D?[A-Z]\d{2}(?:\.\d{1,2})?$/u;

const WORD_RE = /[\p{L}\d]+(?:-[\p{L}\d]+)*/gu;

/** Words of the lower-cased text; `lower` must have the same length as the text (checked by the caller). */
function tokenize(lower: string): TWord[] {
  const out: TWord[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(lower); m; m = WORD_RE.exec(lower)) {
    let end = m.index + m[0].length;
    let word = m[0];
    // "pga." keeps its dot (it is part of a trigger); other dots end sentences.
    if (word === 'pga' && lower[end] === '.') {
      end++;
      word = 'pga.';
    }
    out.push({ start: m.index, end, lower: ocrLetters(word) });
  }
  return out;
}

/**
 * OCR confuses l/1 and o/0 inside words ("metadonbehand1ing", "sk0ler"); a 1 or 0 glued to a letter is read as
 * the letter for the lexicon look-up. Digits next to a hyphen or other digits ("type 1-diabetes") stay digits.
 */
function ocrLetters(word: string): string {
  if (!/\p{L}[01]|[01]\p{L}/u.test(word)) return word;
  const asL = word.replace(/(?<=\p{L})[01]|[01](?=\p{L})/gu, (d) => (d === '1' ? 'l' : 'o'));
  // A 1 may also stand for an i ("depress1on"): take that reading when only it is a lexicon word.
  const asI = word.replace(/(?<=\p{L})[01]|[01](?=\p{L})/gu, (d) => (d === '1' ? 'i' : 'o'));
  const known = (w: string) => FORMS.has(w) || compoundHead(w) !== null;
  return !known(asL) && known(asI) ? asI : asL;
}

/** Every inflected form of every single-word term → its base ("depressionen" → "depression"). */
const FORMS = new Map<string, string>();
for (const t of SINGLE) for (const e of ENDINGS) if (!FORMS.has(t + e)) FORMS.set(t + e, t);

// "kræfter" is the plural of "kraft" (strength, staff: "arbejdskræfter", "hestekræfter"), never of "kræft".
for (const f of ['kræfter', 'kræfterne', 'kræfternes']) FORMS.delete(f);
const KRAFT_RE = /kræfter(?:ne|nes)?$/u;
/** Compounds with "forstyrrelse" that are about machines and services ("driftsforstyrrelser på fjernvarmen"). */
const NOT_HEALTH_DISTURBANCE_RE =
  /^(?:drifts?|trafik|signal|strøm|forsynings|leverings|produktions|netværks|it|systems?|tv|radio|vejr|markeds|støj|forbindelses|tog|bus)forstyrrelse/u;
/** Idioms with a health word: "vende det døve øre til", "tale for døve ører", "den blinde vinkel". */
const IDIOM_AFTER: Record<string, RegExp> = {
  døv: /^[ \t]+(?:øre|ører|ørerne)(?![\p{L}])/u,
  blind: /^[ \t]+(?:vinkel|vinkler|vinkels|passager|passagerer|makker|gyde|spor|tillid)(?![\p{L}])/u,
};
/**
 * A statement about people in general ("mange ældre har sygdomme og smerter", "generelt oplever mennesker …")
 * is no health information about a person in the case — unless the sentence also points at a person.
 */
const GENERIC_RE =
  /(?:^|[^\p{L}])(?:ældre|borgere|mennesker|folk|personer|patienter|danskere|befolkningen|generelt|statistisk|gennemsnitligt|man)(?![\p{L}])/iu;
const PERSONAL_RE =
  /(?:^|[^\p{L}])(?:hans|hendes|sin|sit|sine|min|mit|mine|din|dit|dine|han|hun|jeg|du|borgeren|barnet|ansøgeren|klageren|parten|patienten|eleven|sønnen|datteren|moren|faren)(?![\p{L}])/iu;

/** The sentence up to `pos` (at most 120 characters back). */
function sentenceBefore(text: string, pos: number): string {
  const from = Math.max(0, pos - 120);
  const chunk = text.slice(from, pos);
  const cut = Math.max(
    chunk.lastIndexOf('. '),
    chunk.lastIndexOf('\n'),
    chunk.lastIndexOf('! '),
    chunk.lastIndexOf('? '),
  );
  return cut >= 0 ? chunk.slice(cut + 1) : chunk;
}

function generalStatement(text: string, lower: string, pos: number): boolean {
  const before = sentenceBefore(lower, pos);
  if (!GENERIC_RE.test(before) || PERSONAL_RE.test(before)) return false;
  // A name in the sentence ("Ahmed og andre ældre har smerter") points at a person.
  return !/\p{L}[ \t]+\p{Lu}/u.test(text.slice(pos - before.length, pos));
}

function baseOf(word: string): string | null {
  return FORMS.get(word) ?? null;
}

function wordMatches(word: string, termWord: string, last: boolean): boolean {
  if (word === termWord) return true;
  if (!last || !word.startsWith(termWord)) return false;
  return ENDINGS.includes(word.slice(termWord.length));
}

/** Head + ending combinations and their lengths, for an O(lengths) suffix check of compounds. */
const HEAD_FORMS = new Map<string, string>();
for (const h of HEADS) for (const e of ENDINGS) if (!HEAD_FORMS.has(h + e)) HEAD_FORMS.set(h + e, h);
const HEAD_LENGTHS = [...new Set([...HEAD_FORMS.keys()].map((k) => k.length))].sort((a, b) => b - a);

function compoundHead(word: string): string | null {
  if (word.length < 7 || NOT.has(word) || KRAFT_RE.test(word) || NOT_HEALTH_DISTURBANCE_RE.test(word))
    return null;
  for (const len of HEAD_LENGTHS) {
    if (word.length < len + 3) continue;
    const head = HEAD_FORMS.get(word.slice(word.length - len));
    if (head) return head;
  }
  return null;
}

export function findHealth(text: string): TCandidate[] {
  let lowerMail: boolean | undefined;
  let lower = text.toLowerCase();
  // Lower-casing can change the length for a few characters (e.g. "İ"); fall back to a per-character map.
  if (lower.length !== text.length)
    lower = Array.from(text, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join(
      '',
    );
  const words = tokenize(lower);
  const out: TCandidate[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as TWord;
    // 1. Trigger phrase: the words after it name the condition.
    if (TRIGGER_FIRST.has(w.lower)) {
      let matched: string[] | null = null;
      for (const t of TRIGGERS) {
        if (t.every((tw, k) => words[i + k]?.lower === tw)) {
          matched = t;
          break;
        }
      }
      if (
        matched &&
        matched.join(' ') === 'afhængig af' &&
        !SUBSTANCE.has(words[i + 2]?.lower ?? '') &&
        !baseOf(words[i + 2]?.lower ?? '')
      )
        matched = null;
      if (matched) {
        const s = i + matched.length;
        let e = s;
        while (e < words.length && e - s < 4) {
          const cur = words[e] as TWord;
          if (STOP_AFTER_TRIGGER.has(cur.lower)) break;
          if (e > s && /[,.;:()!?\n]/u.test(text.slice((words[e - 1] as TWord).end, cur.start))) break;
          e++;
        }
        if (e > s) {
          // "misbrug af kokain": the head word is part of the condition.
          const own = matched.length === 2 && matched[1] === 'af' && OF_HEADS.test(matched[0] ?? '');
          const first = (own ? w : words[s]) as TWord;
          const lastW = words[e - 1] as TWord;
          out.push(
            candidate(first.start, lastW.end, 'HEALTH', 0.8, `health condition after "${matched.join(' ')}"`),
          );
          i = e;
          continue;
        }
      }
    }
    // 2. Multi-word lexicon terms ("kræft i tyktarmen", "bipolar lidelse").
    const multi = BY_FIRST.get(w.lower);
    let done = false;
    if (multi) {
      for (const t of multi) {
        if (
          t.every(
            (tw, k) =>
              words[i + k] !== undefined &&
              wordMatches((words[i + k] as TWord).lower, tw, k === t.length - 1),
          )
        ) {
          const lastW = words[i + t.length - 1] as TWord;
          out.push(candidate(w.start, lastW.end, 'HEALTH', 0.9, `health term "${t.join(' ')}"`));
          i += t.length;
          done = true;
          break;
        }
      }
    }
    if (done) continue;
    // 3. Single-word terms and compounds.
    const base = baseOf(w.lower);
    if (base) {
      const original = text.slice(w.start, w.end);
      // Acronyms only in capitals ("ADHD", not "add"), except in mail written entirely in lower case.
      if (
        ACRONYMS.has(base) &&
        original !== original.toUpperCase() &&
        !(lowerMail ??= writtenInLowerCase(text))
      ) {
        i++;
        continue;
      }
      // "Sankt Lukas Hospice", "Arresødal Hospice": a capitalised place word after a name is an institution.
      if (
        INSTITUTION_WORDS.has(base) &&
        /^\p{Lu}/u.test(original) &&
        /\p{Lu}[\p{L}.]*[ \t]$/u.test(text.slice(Math.max(0, w.start - 30), w.start))
      ) {
        i++;
        continue;
      }
      const idiom = IDIOM_AFTER[base];
      if (idiom?.test(text.slice(w.end, w.end + 16))) {
        i++;
        continue;
      }
      if (WEAK.has(base)) {
        if (
          WEAK_CONTEXT_RE.test(text.slice(Math.max(0, w.start - 40), w.start)) &&
          !generalStatement(text, lower, w.start)
        ) {
          out.push(candidate(w.start, w.end, 'HEALTH', 0.65, `health word "${base}" in a personal context`));
        }
      } else {
        out.push(candidate(w.start, w.end, 'HEALTH', 0.9, `health term "${base}"`));
      }
    } else {
      const head = compoundHead(w.lower);
      if (head)
        out.push(candidate(w.start, w.end, 'HEALTH', 0.75, `compound with the health word "${head}"`));
    }
    i++;
  }
  return [...out.map((c) => extend(text, words, c)), ...findIcdCodes(text)];
}

const SKS_CODE_RE = /(?<![\p{L}\d.])D[A-Z]\d{2}(?:\.\d{1,2})?(?![\p{L}\d]|\.\d)/gu;

/** SKS/ICD-10 diagnosis codes ("DF32.1"); on a diagnosis line the text after the code names the diagnosis. */
function findIcdCodes(text: string): TCandidate[] {
  const out: TCandidate[] = [];
  SKS_CODE_RE.lastIndex = 0;
  for (let m = SKS_CODE_RE.exec(text); m; m = SKS_CODE_RE.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    const nl = text.indexOf('\n', end);
    const lineEnd = nl < 0 ? text.length : nl;
    const rest = text.slice(end, lineEnd);
    if (/^[ \t:–-]+\p{L}/u.test(rest) && rest.length <= 60 && !/[.;]\s/u.test(rest)) end = lineEnd;
    out.push(candidate(start, end, 'HEALTH', 0.85, 'SKS/ICD-10 diagnosis code'));
  }
  return out;
}

function gapOk(text: string, a: TWord, b: TWord): boolean {
  return /^[ \t]{1,2}$/u.test(text.slice(a.end, b.start));
}

/**
 * Widens a health span to the whole phrase: a modifier before it ("kroniske"), an ICD-10 code before it at the
 * start of a diagnosis line (then the rest of the line), "i <organ>" ("kræft i bugspytkirtlen") and
 * "af <substance>" ("misbrug af kokain") after it. Binary search over the words: O(log n) per span.
 */
function extend(text: string, words: readonly TWord[], c: TCandidate): TCandidate {
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as TWord).start < c.start) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  let last = first;
  while (last + 1 < words.length && (words[last + 1] as TWord).end <= c.end) last++;
  let start = c.start;
  let end = c.end;
  // Up to two modifiers before the term ("lettere paranoid psykose").
  let mod = first;
  while (
    mod > 0 &&
    first - mod < 2 &&
    MODIFIERS.has((words[mod - 1] as TWord).lower) &&
    gapOk(text, words[mod - 1] as TWord, words[mod] as TWord)
  )
    mod--;
  start = (words[mod] as TWord).start;
  const codeWord = words[first - 1];
  const code = codeWord ? text.slice(codeWord.start, codeWord.end) : '';
  const dotted = codeWord ? text.slice(codeWord.start, (words[first] as TWord).start).trim() : '';
  if (codeWord && (ICD_RE.test(dotted) || ICD_RE.test(code))) start = Math.min(start, codeWord.start);
  const pre = words[first - 2];
  if (pre && /^D?[A-Z]\d{2}\.\d{1,2}$/u.test(text.slice(pre.start, (words[first] as TWord).start).trim()))
    start = Math.min(start, pre.start);
  if (start < c.start && /^D?[A-Z]\d{2}/u.test(text.slice(start, start + 4))) {
    const nl = text.indexOf('\n', end);
    const lineEnd = nl < 0 ? text.length : nl;
    if (lineEnd - end <= 40) end = lineEnd;
  }
  const lastW = words[last] as TWord;
  const prep = words[last + 1];
  const obj = words[last + 2];
  if (prep && obj && end === c.end && gapOk(text, lastW, prep) && gapOk(text, prep, obj)) {
    if (prep.lower === 'i' && /(?:en|et|ne|n)$/u.test(obj.lower) && obj.lower.length >= 4) end = obj.end;
    else if (
      prep.lower === 'af' &&
      OF_HEADS.test(lastW.lower) &&
      (SUBSTANCE.has(obj.lower) || obj.lower.length >= 4)
    )
      end = obj.end;
  }
  // "misbrug af hash og alkohol": a list of substances after the head belongs to the phrase.
  let k = last;
  while (words[k] && (words[k] as TWord).end < end) k++;
  while (
    SUBSTANCE.has(words[k]?.lower ?? '') &&
    (words[k + 1]?.lower === 'og' || words[k + 1]?.lower === 'eller') &&
    SUBSTANCE.has(words[k + 2]?.lower ?? '') &&
    gapOk(text, words[k] as TWord, words[k + 1] as TWord) &&
    gapOk(text, words[k + 1] as TWord, words[k + 2] as TWord)
  ) {
    k += 2;
    end = (words[k] as TWord).end;
  }
  if (start === c.start && end === c.end) return c;
  return { ...c, start, end, explanation: `${c.explanation}, with the rest of the phrase` };
}
