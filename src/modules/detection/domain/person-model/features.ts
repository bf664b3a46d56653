// Tokens and hashed features of the person-name sequence model (see model.ts). Shared by the runtime and the
// training script (bench/detect-ner/train.ts), so both see exactly the same features.
//
// Features of a token: its lower-cased word, capitalisation shape (alone and with the sentence position),
// prefixes and suffixes, gazetteer membership (the module's own name lists) crossed with the shape, and the same
// for the words two to the left and right. Every feature is hashed into a fixed table (no strings at run time
// beyond one cached record per distinct word), so the model is a flat Float32Array.
import { PLACES } from '../gazetteer/places.js';
import { isContextWord, INSTITUTION_RE } from '../name-context.js';
import {
  hasSurnameEnding,
  isAmbiguousFirstName,
  isFirstName,
  isListedSurname,
  isStopword,
} from '../name-lexicon.js';

/** log2 of the number of hash buckets; each bucket holds one weight per tag. */
export const HASH_BITS = 19;
export const MASK = (1 << HASH_BITS) - 1;
/** Tags: outside, begin of a person name, inside a person name. */
export const TAGS = 3;
export const O = 0;
export const B = 1;
export const I = 2;

const TOKEN_RE =
  /(?:\p{L}\.){2,}|\p{L}\.(?=[ \t\u00a0]{0,2}\p{L})|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*['’]?|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

export interface TModelTokens {
  starts: Int32Array;
  ends: Int32Array;
  raws: string[];
  count: number;
}

export function modelTokens(text: string): TModelTokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const raws: string[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    raws.push(m[0]);
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), raws, count: raws.length };
}

// Shapes.
const S_LOWER = 0;
const S_CAP = 1; // Xxxx
const S_UPPER = 2; // all capitals
const S_INITIAL = 3; // X. or X.Y.
const S_DIGIT = 4;
const S_PUNCT = 5;
const S_MIXED = 6; // McDonald, DeLuca, Xxx-Xxx
const S_SINGLE = 7; // a lone capital letter
const S_LOWER_INITIAL = 8; // x. (lower-cased text)

export function shapeOfToken(raw: string): number {
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return S_DIGIT;
  const first = raw[0] as string;
  const isLetter = first.toLowerCase() !== first.toUpperCase();
  if (!isLetter) return /\p{L}/u.test(raw) ? S_MIXED : S_PUNCT;
  if (raw.length >= 2 && raw[raw.length - 1] === '.')
    return first === first.toUpperCase() ? S_INITIAL : S_LOWER_INITIAL;
  const lower = raw.toLowerCase();
  if (first === first.toLowerCase()) return S_LOWER;
  if (raw.length === 1) return S_SINGLE;
  if (raw === raw.toUpperCase()) return S_UPPER;
  const rest = raw.slice(1);
  if (rest === rest.toLowerCase()) return S_CAP;
  return lower === raw ? S_LOWER : S_MIXED;
}

/** 32-bit FNV-1a of a string. */
export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Bucket of a (template, value) pair. */
function mix(template: number, value: number): number {
  let h = Math.imul(value ^ Math.imul(template, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & MASK;
}

// Gazetteer bits.
const G_FIRST = 1;
const G_AMBIGUOUS = 2;
const G_SURNAME = 4;
const G_SURNAME_ENDING = 8;
const G_STOP = 16;
const G_CONTEXT = 32;
const G_INSTITUTION = 64;
const G_PLACE = 128;
const GAZ_BITS = [
  G_FIRST,
  G_AMBIGUOUS,
  G_SURNAME,
  G_SURNAME_ENDING,
  G_STOP,
  G_CONTEXT,
  G_INSTITUTION,
  G_PLACE,
];

export interface TWordInfo {
  word: number;
  pre2: number;
  pre3: number;
  suf2: number;
  suf3: number;
  suf4: number;
  gaz: number;
  len: number;
}

const cap = (w: string): string =>
  w.replace(/(^|-)(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());

function wordInfo(lower: string): TWordInfo {
  const c = cap(lower.replace(/['’]$/u, ''));
  let gaz = 0;
  if (/\p{L}{2}/u.test(c)) {
    if (isFirstName(c)) gaz |= G_FIRST;
    if (isAmbiguousFirstName(c)) gaz |= G_AMBIGUOUS;
    if (isListedSurname(c)) gaz |= G_SURNAME;
    if (hasSurnameEnding(c)) gaz |= G_SURNAME_ENDING;
    if (isStopword(c)) gaz |= G_STOP;
    if (isContextWord(c)) gaz |= G_CONTEXT;
    if (INSTITUTION_RE.test(c)) gaz |= G_INSTITUTION;
    if (PLACES.has(c) || PLACES.has(c.replace(/s$/u, ''))) gaz |= G_PLACE;
  }
  return {
    word: fnv(lower),
    pre2: fnv(lower.slice(0, 2)),
    pre3: fnv(lower.slice(0, 3)),
    suf2: fnv(lower.slice(-2)),
    suf3: fnv(lower.slice(-3)),
    suf4: fnv(lower.slice(-4)),
    gaz,
    len: Math.min(lower.length, 12),
  };
}

/** Cache of word records; bounded so a huge document cannot grow it without limit. */
const CACHE = new Map<string, TWordInfo>();
export function cachedInfo(lower: string): TWordInfo {
  let info = CACHE.get(lower);
  if (!info) {
    if (CACHE.size > 200_000) CACHE.clear();
    info = wordInfo(lower);
    CACHE.set(lower, info);
  }
  return info;
}

const SENTENCE_END = new Set(['.', '!', '?']);
const SOFT_START = new Set([':', '"', '-', '–', '(', '»', '«', '„', '“', '”', '|', '*', '•']);
export const NONE: TWordInfo = { word: 1, pre2: 1, pre3: 1, suf2: 1, suf3: 1, suf4: 1, gaz: 0, len: 0 };

export const FEATURES_PER_TOKEN = 40;
/** Features of the token alone (its word, shape and position in the sentence): 21 slots. */
export const SELF_FEATURES = 21;
/** Position of a token in its sentence: 0 inside, 1 first word, 2 after a colon, quote or dash. */
export const POSITIONS = 3;

/** Writes the features of a token alone at out[k…k+SELF_FEATURES). */
export function selfFeatures(
  out: Int32Array,
  k: number,
  w: TWordInfo,
  sh: number,
  p: number,
  g: number,
): void {
  out[k++] = mix(1, 0);
  out[k++] = mix(2, w.word);
  out[k++] = mix(3, sh);
  out[k++] = mix(4, sh * 4 + p);
  out[k++] = mix(5, w.pre2);
  out[k++] = mix(6, w.pre3);
  out[k++] = mix(7, w.suf2);
  out[k++] = mix(8, w.suf3);
  out[k++] = mix(9, w.suf4);
  out[k++] = mix(10, w.suf3 ^ (sh * 7919));
  out[k++] = mix(11, w.len * 16 + sh);
  out[k++] = mix(12, w.word ^ (sh * 104729));
  // Gazetteer bits, each crossed with the shape and with the sentence position.
  for (const bit of GAZ_BITS) out[k++] = g & bit ? mix(20 + bit, sh * 4 + p) : -1;
  out[k++] = mix(30, g * 16 + sh);
}

/** Bucket of a neighbouring word's identity at offset -2, -1, +1 or +2 (templates 31–34). */
export function neighbourFeature(offset: -2 | -1 | 1 | 2, w: TWordInfo): number {
  return mix(offset === -1 ? 31 : offset === -2 ? 32 : offset === 1 ? 33 : 34, w.word);
}

export interface TTokenInfo {
  infos: TWordInfo[];
  shapes: Uint8Array;
  pos: Uint8Array;
}

/** Position of every token in its sentence (see POSITIONS). */
export function positions(text: string, toks: TModelTokens): Uint8Array {
  const n = toks.count;
  const pos = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (i === 0) pos[i] = 1;
    else {
      const prev = toks.raws[i - 1] as string;
      if (SENTENCE_END.has(prev)) pos[i] = 1;
      else if (SOFT_START.has(prev)) pos[i] = 2;
      else {
        const a = toks.ends[i - 1] as number;
        const b = toks.starts[i] as number;
        for (let c = a; c < b; c++)
          if (text.charCodeAt(c) === 10) {
            pos[i] = 1;
            break;
          }
      }
    }
  }
  return pos;
}

/** Numbers are told apart only by their form ("0000 0000"), so they share features and cache entries. */
export function tokenKey(raw: string): string {
  const c = raw.charCodeAt(0);
  return c >= 48 && c <= 57 ? raw.replace(/\d/gu, '0') : raw;
}

export function tokenInfo(text: string, toks: TModelTokens): TTokenInfo {
  const n = toks.count;
  const infos: TWordInfo[] = new Array<TWordInfo>(n);
  const shapes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const raw = tokenKey(toks.raws[i] as string);
    infos[i] = cachedInfo(raw.toLowerCase());
    shapes[i] = shapeOfToken(raw);
  }
  return { infos, shapes, pos: positions(text, toks) };
}

/** Writes the features that combine a token with its neighbours (templates 35–47, 13 slots) at out[k…]. */
export function pairFeatures(
  out: Int32Array,
  k: number,
  ti: TTokenInfo,
  i: number,
  gazAt: (i: number) => number,
): void {
  const { infos, shapes } = ti;
  const n = shapes.length;
  const sh = shapes[i] as number;
  const pw = i > 0 ? (infos[i - 1] as TWordInfo) : NONE;
  const pw2 = i > 1 ? (infos[i - 2] as TWordInfo) : NONE;
  const nw = i + 1 < n ? (infos[i + 1] as TWordInfo) : NONE;
  const nw2 = i + 2 < n ? (infos[i + 2] as TWordInfo) : NONE;
  const psh = i > 0 ? (shapes[i - 1] as number) : 15;
  const nsh = i + 1 < n ? (shapes[i + 1] as number) : 15;
  const g = gazAt(i);
  const pg = i > 0 ? gazAt(i - 1) : 0;
  const ng = i + 1 < n ? gazAt(i + 1) : 0;
  out[k++] = mix(35, pw.word ^ (sh * 7919));
  out[k++] = mix(36, nw.word ^ (sh * 7919));
  out[k++] = mix(37, psh * 256 + sh * 16 + nsh);
  out[k++] = mix(38, pg * 16 + sh);
  out[k++] = mix(39, ng * 16 + sh);
  out[k++] = mix(40, pg * 4096 + g * 8 + (ng & 7));
  out[k++] = mix(41, psh * 16 + sh);
  out[k++] = mix(42, nsh * 16 + sh);
  out[k++] = mix(43, pw.suf3 ^ (sh * 7919));
  out[k++] = mix(44, nw.suf3 ^ (sh * 7919));
  out[k++] = mix(45, pw2.word ^ pw.word);
  out[k++] = mix(46, nw.word ^ (nw2.word * 31));
  out[k++] = mix(47, (i > 1 ? (shapes[i - 2] as number) : 15) * 16 + psh);
}
export const PAIR_FEATURES = 13;

/**
 * Hashed features of every token: a flat Int32Array of `count * FEATURES_PER_TOKEN` bucket numbers (-1 = unused).
 * `dropGazetteer` (training only) hides the name lists so the model also learns names it has no list for.
 * The runtime (model.ts) sums the same features through per-word caches; this explicit form is for training.
 */
export function tokenFeatures(
  text: string,
  toks: TModelTokens,
  dropGazetteer?: (i: number) => boolean,
): Int32Array {
  const n = toks.count;
  const ti = tokenInfo(text, toks);
  const gazAt = (i: number): number => (dropGazetteer?.(i) ? 0 : (ti.infos[i] as TWordInfo).gaz);
  const out = new Int32Array(n * FEATURES_PER_TOKEN).fill(-1);
  for (let i = 0; i < n; i++) {
    let k = i * FEATURES_PER_TOKEN;
    selfFeatures(out, k, ti.infos[i] as TWordInfo, ti.shapes[i] as number, ti.pos[i] as number, gazAt(i));
    k += SELF_FEATURES;
    out[k++] = neighbourFeature(-1, i > 0 ? (ti.infos[i - 1] as TWordInfo) : NONE);
    out[k++] = neighbourFeature(-2, i > 1 ? (ti.infos[i - 2] as TWordInfo) : NONE);
    out[k++] = neighbourFeature(1, i + 1 < n ? (ti.infos[i + 1] as TWordInfo) : NONE);
    out[k++] = neighbourFeature(2, i + 2 < n ? (ti.infos[i + 2] as TWordInfo) : NONE);
    pairFeatures(out, k, ti, i, gazAt);
  }
  return out;
}
