// Content-stream normalisation before MuPDF's content filter (the one `applyRedactions` runs) rewrites a page.
// That filter mishandles two text operators of real-world files: it turns a `Td` before `'` into `TD`,
// which also sets the leading, so the next-line move of `'` jumps by the wrong amount and whole lines move
// (even off the page, where a name the box should have covered would stay in the file unseen). Spelled out
// as their definitions — `'` is `T* string Tj`, `"` is `aw Tw ac Tc T* string Tj` (PDF 32000-1, 9.4.3) —
// the filter handles them correctly. Malformed marked-content operators (`123 /oc1 BDC`), which the filter
// writes back as broken syntax, become a plain `/Span BMC`. Everything else is copied byte for byte.
import type { PDFDocument } from './mupdf.js';
import type { mupdf } from './mupdf.js';

const WHITE = new Set([0, 9, 10, 12, 13, 32]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

interface TToken {
  start: number;
  end: number;
  /** Operand (number, string, name, array, dictionary…) or operator. */
  operator: boolean;
}

const isRegular = (c: number): boolean => !WHITE.has(c) && !DELIM.has(c);
const OPERAND_WORDS = new Set(['true', 'false', 'null']);

/** End of a literal string starting at `i` (the opening parenthesis), after its closing parenthesis. */
function stringEnd(s: string, i: number): number {
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    const c = s[k];
    if (c === '\\') k++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return s.length;
}

/** End of inline image data: after `EI` that stands between white space (or the end). */
function inlineImageEnd(s: string, i: number): number {
  let k = i;
  for (;;) {
    k = s.indexOf('EI', k);
    if (k < 0) return s.length;
    const before = s.charCodeAt(k - 1);
    const after = k + 2 >= s.length ? 32 : s.charCodeAt(k + 2);
    if (WHITE.has(before) && (WHITE.has(after) || DELIM.has(after))) return k + 2;
    k += 2;
  }
}

/** Top-level tokens of a content stream: operands (composite objects as one token) and operators. */
export function* tokens(s: string): Generator<TToken> {
  let i = 0;
  let depth = 0;
  let compositeStart = 0;
  const emit = (start: number, end: number, operator: boolean): TToken | null =>
    depth === 0 ? { start, end, operator } : null;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    let t: TToken | null = null;
    if (WHITE.has(c)) {
      i++;
      continue;
    }
    const ch = s[i]!;
    if (ch === '%') {
      const nl = s.slice(i).search(/[\r\n]/);
      i = nl < 0 ? s.length : i + nl;
      continue;
    }
    if (ch === '(') {
      const e = stringEnd(s, i);
      t = emit(i, e, false);
      i = e;
    } else if (ch === '<' && s[i + 1] === '<') {
      if (depth++ === 0) compositeStart = i;
      i += 2;
    } else if (ch === '>' && s[i + 1] === '>') {
      i += 2;
      if (depth > 0 && --depth === 0) t = { start: compositeStart, end: i, operator: false };
    } else if (ch === '<') {
      const e = s.indexOf('>', i);
      const end = e < 0 ? s.length : e + 1;
      t = emit(i, end, false);
      i = end;
    } else if (ch === '[' || ch === '{') {
      if (depth++ === 0) compositeStart = i;
      i++;
    } else if (ch === ']' || ch === '}') {
      i++;
      if (depth > 0 && --depth === 0) t = { start: compositeStart, end: i, operator: false };
    } else if (ch === '/') {
      let e = i + 1;
      while (e < s.length && isRegular(s.charCodeAt(e))) e++;
      t = emit(i, e, false);
      i = e;
    } else if (!isRegular(c)) {
      i++; // a stray delimiter (")" or ">"): skipped, as readers do
      continue;
    } else {
      let e = i;
      while (e < s.length && isRegular(s.charCodeAt(e))) e++;
      const word = s.slice(i, e);
      const operand = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) || OPERAND_WORDS.has(word);
      t = emit(i, e, !operand);
      i = e;
      if (word === 'ID' && depth === 0) {
        // inline image: binary data up to EI, never tokenised
        const end = inlineImageEnd(s, i + 1);
        if (t) yield t;
        t = { start: i, end, operator: false };
        i = end;
      }
    }
    if (t) yield t;
  }
}

const isName = (s: string, t: TToken | undefined): boolean => !!t && s[t.start] === '/';
const isDict = (s: string, t: TToken | undefined): boolean => !!t && s.startsWith('<<', t.start);

/** `/Tag BMC` or `/Tag /Props BDC` / `/Tag <<…>> BDC`, nothing else. */
function wellFormedMarkedContent(s: string, op: string, operands: TToken[]): boolean {
  if (op === 'BMC') return operands.length === 1 && isName(s, operands[0]);
  return (
    operands.length === 2 && isName(s, operands[0]) && (isName(s, operands[1]) || isDict(s, operands[1]))
  );
}

/**
 * `'` and `"` spelled out as their definitions and malformed marked-content tags made plain; null when the
 * stream has nothing to change.
 * The input and output are Latin-1 strings (one character per byte).
 */
export function normaliseContent(s: string): string | null {
  if (!s.includes("'") && !s.includes('"') && !s.includes('BDC') && !s.includes('BMC')) return null;
  let out = '';
  let copied = 0;
  let operands: TToken[] = [];
  let changed = false;
  for (const t of tokens(s)) {
    if (!t.operator) {
      operands.push(t);
      continue;
    }
    const op = s.slice(t.start, t.end);
    const text = (k: TToken | undefined): string => (k ? s.slice(k.start, k.end) : '()');
    if (op === "'" && operands.length >= 1) {
      const str = operands.at(-1)!;
      out += s.slice(copied, str.start) + `T* ${text(str)} Tj`;
      copied = t.end;
      changed = true;
    } else if (op === '"' && operands.length >= 3) {
      const [aw, ac, str] = operands.slice(-3) as [TToken, TToken, TToken];
      out += s.slice(copied, aw.start) + `${text(aw)} Tw ${text(ac)} Tc T* ${text(str)} Tj`;
      copied = t.end;
      changed = true;
    } else if ((op === 'BDC' || op === 'BMC') && !wellFormedMarkedContent(s, op, operands)) {
      // e.g. `123 /oc1 BDC`: written back by the filter as `/oc1null BDC`, which other readers reject
      // (pdf.js then drops the drawing that follows); the same content without its broken tag
      out += s.slice(copied, operands[0]?.start ?? t.start) + '/Span BMC';
      copied = t.end;
      changed = true;
    }
    operands = [];
  }
  return changed ? out + s.slice(copied) : null;
}

const latin1 = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
};
const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

function normaliseStream(ref: mupdf.PDFObject, seen: Set<number>): void {
  if (!ref.isIndirect() || !ref.isStream()) return;
  const num = ref.asIndirect();
  if (seen.has(num)) return;
  seen.add(num);
  let src: string;
  try {
    src = latin1(ref.readStream().asUint8Array());
  } catch {
    return; // an unreadable stream is left to MuPDF, which renders and filters it as it can
  }
  const fixed = normaliseContent(src);
  if (fixed !== null) ref.writeStream(bytes(fixed));
}

function normaliseResources(res: mupdf.PDFObject, seen: Set<number>, depth: number): void {
  if (depth > 8 || !res.isDictionary()) return;
  const xobjects = res.get('XObject');
  if (!xobjects.isDictionary()) return;
  xobjects.forEach((ref) => {
    const sub = ref.get('Subtype');
    if (!sub.isName() || sub.asName() !== 'Form') return;
    const known = ref.isIndirect() && seen.has(ref.asIndirect());
    normaliseStream(ref, seen);
    if (!known) normaliseResources(ref.get('Resources'), seen, depth + 1);
  });
}

/** Normalises the content streams of a page and of the form XObjects it draws, before it is redacted. */
export function normalisePageContent(_doc: PDFDocument, pageObj: mupdf.PDFObject): void {
  const seen = new Set<number>();
  const contents = pageObj.get('Contents');
  if (contents.isArray()) contents.forEach((c) => normaliseStream(c, seen));
  else normaliseStream(contents, seen);
  normaliseResources(pageObj.getInheritable('Resources'), seen, 0);
}
