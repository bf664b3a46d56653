// Tokens of the capitalised pass: capitalised words with OCR line-break hyphenation joined and possessive
// apostrophes kept in the span; and the adjacency test that lets a name run on (blanks, particles, initials).
import { normaliseToken } from './name-lexicon.js';

export interface TToken {
  start: number;
  end: number;
  /** Normalised token without a trailing apostrophe. */
  word: string;
}

const TOKEN_RE = /(?<![\p{L}\d_@.'’-])\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*/gu;
const PARTICLE_GAP_RE = /^ (?:(?:van|von|der|den|de|da|di|du|la|le|al|el|bin|ibn|af) ){1,2}$/u;
const INITIALS_GAP_RE = /^\.(?:\p{Lu}\.){0,3} ?$/u;
const OCR_SPLIT_RE = /-[ \t]*\r?\n[ \t]*(\p{Ll}+|\p{Lu}+)(?![\p{L}-])/uy;

export function tokenize(text: string): TToken[] {
  const out: TToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let raw = m[0];
    let end = m.index + raw.length;
    // OCR splits a name over two lines with a hyphen ("Magd-\nalena", "Kravc-\nhenko"): join the parts.
    if (text[end] === '-') {
      OCR_SPLIT_RE.lastIndex = end;
      const split = OCR_SPLIT_RE.exec(text);
      // A capitals continuation only after a token in capitals ("YOU-\nSEF", not "Anne-\nMarie").
      if (split?.[1] && (split[1] !== split[1].toUpperCase() || raw === raw.toUpperCase())) {
        raw += split[1];
        end += split[0].length;
        TOKEN_RE.lastIndex = end;
      }
    }
    // "Børne- og Familieafdelingen": the first part of a compound cut at a hyphen is not a name.
    if (/^-[ \t]*(?:og|eller|,)[ \t]/u.test(text.slice(end, end + 8))) continue;
    // A trailing apostrophe is possessive ("Jens'"): keep it in the span, not in the word.
    if (raw.endsWith("'") || raw.endsWith('’')) raw = raw.slice(0, -1);
    else if (text[end] === "'" || text[end] === '’') end += 1;
    // The local part of an e-mail address written in capitals ("AKTINDSIGT@ESBJERG.DK") is not a name.
    if (text[end] === '@') continue;
    out.push({ start: m.index, end, word: normaliseToken(raw) });
  }
  return out;
}

export function adjacent(text: string, a: TToken, b: TToken): boolean {
  const gap = text.slice(a.end, b.start);
  // OCR often doubles the blank between words ("Kære  Mikkel  Thorsen").
  if (gap === ' ' || gap === '\u00a0' || gap === '  ') return true;
  // Name particles: "Jan-Erik van der Berg", "Ahmad bin Salim".
  if (PARTICLE_GAP_RE.test(gap)) return true;
  // Initials: "S. K. Hansen", "J.H. Pedersen" (the inner initials sit in the gap).
  return a.word.length === 1 && INITIALS_GAP_RE.test(gap);
}

/** The previous non-empty line before `pos`, if the current line holds nothing before `pos`. */
export function previousLine(text: string, pos: number): string | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  if (text.slice(lineStart, pos).trim()) return null;
  let end = lineStart - 1;
  while (end > 0) {
    const s = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(s, end);
    if (line.trim()) return line;
    end = s - 1;
  }
  return null;
}
