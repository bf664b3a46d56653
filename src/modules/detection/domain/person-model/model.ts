// A linear-chain sequence model for person names (BIO tags), trained as an averaged structured perceptron
// (bench/detect-ner/train.ts) and decoded with Viterbi. Pure: the weights are a constant in weights.ts, decoded
// once on first use; nothing is downloaded or read from disk.
import {
  B,
  FEATURES_PER_TOKEN,
  I,
  MASK,
  modelTokens,
  neighbourFeature,
  NONE,
  O,
  PAIR_FEATURES,
  pairFeatures,
  POSITIONS,
  SELF_FEATURES,
  selfFeatures,
  shapeOfToken,
  TAGS,
  cachedInfo,
  tokenKey,
  positions,
  type TModelTokens,
  type TWordInfo,
} from './features.js';

export interface TModelWeights {
  /** (MASK + 1) * TAGS emission weights: bucket * TAGS + tag. */
  emit: Float32Array;
  /** Score of the first tag of a sequence. */
  start: Float32Array;
  /** trans[prev * TAGS + tag]. */
  trans: Float32Array;
}

export function emptyWeights(): TModelWeights {
  return {
    emit: new Float32Array((MASK + 1) * TAGS),
    start: new Float32Array(TAGS),
    trans: new Float32Array(TAGS * TAGS),
  };
}

/** Emission scores of every token: n * TAGS. */
export function emissions(w: TModelWeights, feats: Int32Array, n: number): Float32Array {
  const e = new Float32Array(n * TAGS);
  const emit = w.emit;
  for (let i = 0; i < n; i++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    const base = i * FEATURES_PER_TOKEN;
    for (let k = base; k < base + FEATURES_PER_TOKEN; k++) {
      const f = feats[k] as number;
      if (f < 0) continue;
      const o = f * TAGS;
      s0 += emit[o] as number;
      s1 += emit[o + 1] as number;
      s2 += emit[o + 2] as number;
    }
    e[i * TAGS] = s0;
    e[i * TAGS + 1] = s1;
    e[i * TAGS + 2] = s2;
  }
  return e;
}

/** Per-word sums of the features that depend on one word only: as the token itself and as a neighbour. */
interface TWordScores {
  info: TWordInfo;
  shape: number;
  /** POSITIONS * TAGS: the token's own features per sentence position. */
  self: Float32Array;
  /** 4 * TAGS: as the word at offset -2, -1, +1, +2 of another token. */
  nb: Float32Array;
}

const OFFSETS = [-2, -1, 1, 2] as const;

function sumBuckets(
  w: TModelWeights,
  buf: Int32Array,
  from: number,
  to: number,
  out: Float32Array,
  at: number,
): void {
  for (let k = from; k < to; k++) {
    const f = buf[k] as number;
    if (f < 0) continue;
    const o = f * TAGS;
    out[at] = (out[at] as number) + (w.emit[o] as number);
    out[at + 1] = (out[at + 1] as number) + (w.emit[o + 1] as number);
    out[at + 2] = (out[at + 2] as number) + (w.emit[o + 2] as number);
  }
}

function wordScores(w: TModelWeights, info: TWordInfo, sh: number): TWordScores {
  const buf = new Int32Array(SELF_FEATURES);
  const self = new Float32Array(POSITIONS * TAGS);
  for (let p = 0; p < POSITIONS; p++) {
    buf.fill(-1);
    selfFeatures(buf, 0, info, sh, p, info.gaz);
    sumBuckets(w, buf, 0, SELF_FEATURES, self, p * TAGS);
  }
  const nb = new Float32Array(4 * TAGS);
  OFFSETS.forEach((off, k) => {
    const o = neighbourFeature(off, info) * TAGS;
    nb[k * TAGS] = w.emit[o] as number;
    nb[k * TAGS + 1] = w.emit[o + 1] as number;
    nb[k * TAGS + 2] = w.emit[o + 2] as number;
  });
  return { info, shape: sh, self, nb };
}

/**
 * The same emission scores as emissions(tokenFeatures(…)), computed through per-word caches: only the 13
 * features that combine a token with its neighbours are looked up per token.
 */
export class Scorer {
  private readonly cache = new Map<string, TWordScores>();
  private readonly none: TWordScores;
  constructor(readonly weights: TModelWeights) {
    this.none = wordScores(weights, NONE, 15);
  }

  emissions(text: string, toks: TModelTokens): Float32Array {
    const n = toks.count;
    const w = this.weights;
    const ws: TWordScores[] = new Array<TWordScores>(n);
    const infos: TWordInfo[] = new Array<TWordInfo>(n);
    const shapes = new Uint8Array(n);
    if (this.cache.size > 100_000) this.cache.clear();
    for (let i = 0; i < n; i++) {
      const raw = tokenKey(toks.raws[i] as string);
      let s = this.cache.get(raw);
      if (!s) {
        s = wordScores(w, cachedInfo(raw.toLowerCase()), shapeOfToken(raw));
        this.cache.set(raw, s);
      }
      ws[i] = s;
      infos[i] = s.info;
      shapes[i] = s.shape;
    }
    const ti = { infos, shapes, pos: positions(text, toks) };
    const e = new Float32Array(n * TAGS);
    const buf = new Int32Array(PAIR_FEATURES);
    const gazAt = (i: number): number => (ti.infos[i] as TWordInfo).gaz;
    for (let i = 0; i < n; i++) {
      const at = i * TAGS;
      const self = (ws[i] as TWordScores).self;
      const p = (ti.pos[i] as number) * TAGS;
      const m2 = (i > 1 ? ws[i - 2] : this.none) as TWordScores;
      const m1 = (i > 0 ? ws[i - 1] : this.none) as TWordScores;
      const p1 = (i + 1 < n ? ws[i + 1] : this.none) as TWordScores;
      const p2 = (i + 2 < n ? ws[i + 2] : this.none) as TWordScores;
      for (let t = 0; t < TAGS; t++) {
        e[at + t] =
          (self[p + t] as number) +
          (m2.nb[t] as number) +
          (m1.nb[TAGS + t] as number) +
          (p1.nb[2 * TAGS + t] as number) +
          (p2.nb[3 * TAGS + t] as number);
      }
      pairFeatures(buf, 0, ti, i, gazAt);
      sumBuckets(w, buf, 0, PAIR_FEATURES, e, at);
    }
    return e;
  }
}

/** Best tag sequence (O→I and a leading I are not allowed). */
export function viterbi(w: TModelWeights, e: Float32Array, n: number): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const back = new Uint8Array(n * TAGS);
  let prev = [
    (w.start[O] as number) + (e[O] as number),
    (w.start[B] as number) + (e[B] as number),
    Number.NEGATIVE_INFINITY,
  ];
  for (let i = 1; i < n; i++) {
    const cur = [0, 0, 0];
    for (let t = 0; t < TAGS; t++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < TAGS; p++) {
        if (t === I && p === O) continue;
        const s = (prev[p] as number) + (w.trans[p * TAGS + t] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[t] = best + (e[i * TAGS + t] as number);
      back[i * TAGS + t] = arg;
    }
    prev = cur;
  }
  let t = 0;
  for (let k = 1; k < TAGS; k++) if ((prev[k] as number) > (prev[t] as number)) t = k;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = t;
    t = back[i * TAGS + t] as number;
  }
  return tags;
}

// Serialisation: version byte, scale (float32), start + trans (float32), entry count (uint32), then per
// non-zero weight the distance to the previous index (LEB128) and the weight as int16 (scaled). base64.
export function serialiseWeights(w: TModelWeights, prune: number): string {
  let max = 0;
  for (const v of w.emit) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  const bytes: number[] = [1];
  const f32 = (v: number) => bytes.push(...new Uint8Array(Float32Array.of(v).buffer));
  f32(scale);
  for (const v of w.start) f32(v);
  for (const v of w.trans) f32(v);
  const entries: Array<[number, number]> = [];
  w.emit.forEach((v, i) => {
    const q = Math.round(v / scale);
    if (Math.abs(v) >= prune && q !== 0) entries.push([i, q]);
  });
  bytes.push(...new Uint8Array(Uint32Array.of(entries.length).buffer));
  let last = -1;
  for (const [i, q] of entries) {
    let d = i - last;
    last = i;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    bytes.push(d);
    bytes.push(q & 0xff, (q >> 8) & 0xff);
  }
  return Buffer.from(Uint8Array.from(bytes)).toString('base64');
}

export function deserialiseWeights(b64: string): TModelWeights {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const view = new DataView(bytes.buffer);
  if (bytes[0] !== 1) throw new Error('unknown person-model weights version');
  let p = 1;
  const scale = view.getFloat32(p, true);
  p += 4;
  const w = emptyWeights();
  for (let t = 0; t < TAGS; t++, p += 4) w.start[t] = view.getFloat32(p, true);
  for (let t = 0; t < TAGS * TAGS; t++, p += 4) w.trans[t] = view.getFloat32(p, true);
  const count = view.getUint32(p, true);
  p += 4;
  let idx = -1;
  for (let k = 0; k < count; k++) {
    let d = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[p++] as number;
      d |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    idx += d;
    w.emit[idx] = view.getInt16(p, true) * scale;
    p += 2;
  }
  return w;
}

export interface TModelSpan {
  start: number;
  end: number;
  /** Token range [first, last] in the model's tokens. */
  first: number;
  last: number;
  /** Score of the name over "no name" on the same tokens (how sure the model is). */
  margin: number;
}

/** Person spans the model finds in `text`. */
export function tagPersons(
  scorer: Scorer,
  text: string,
  toks: TModelTokens = modelTokens(text),
): TModelSpan[] {
  const n = toks.count;
  const e = scorer.emissions(text, toks);
  const tags = viterbi(scorer.weights, e, n);
  const out: TModelSpan[] = [];
  for (let i = 0; i < n; i++) {
    if (tags[i] !== B) continue;
    let j = i;
    while (j + 1 < n && tags[j + 1] === I) j++;
    // Score of the name path over the span against "not a name" (all O), transitions in and out included.
    const tr = scorer.weights.trans;
    const before = i > 0 ? (tags[i - 1] as number) : -1;
    const after = j + 1 < n ? (tags[j + 1] as number) : -1;
    let name = before < 0 ? (scorer.weights.start[B] as number) : (tr[before * TAGS + B] as number);
    let none = before < 0 ? (scorer.weights.start[O] as number) : (tr[before * TAGS + O] as number);
    for (let k = i; k <= j; k++) {
      const t = k === i ? B : I;
      name += e[k * TAGS + t] as number;
      none += e[k * TAGS + O] as number;
      if (k > i) {
        name += tr[(k === i + 1 ? B : I) * TAGS + I] as number;
        none += tr[O * TAGS + O] as number;
      }
    }
    if (after >= 0) {
      name += tr[(j === i ? B : I) * TAGS + after] as number;
      none += tr[O * TAGS + after] as number;
    }
    const margin = name - none;
    out.push({ start: toks.starts[i] as number, end: toks.ends[j] as number, first: i, last: j, margin });
    i = j;
  }
  return out;
}
