// Danish addresses: street name + house number (+ letter) (+ floor/side "2. tv", "st. th.") (+ postcode + town).
// Found from "<capitalised word> <number>" and then judged on the street word: a strong street ending
// ("-vej", "-gade", "-allé" ...), a separate street word after a name ("H.C. Andersens Vej"), or weaker
// evidence (postcode after it, floor/side, "adresse"/"bor på" before it). Linear: one regex pass plus
// bounded look-around per match.
import { candidate, type TCandidate } from './candidate.js';
import {
  NOT_STREETS,
  STREET_PREFIXES,
  STREET_WORDS,
  STRONG_STREET_SUFFIXES,
  WEAK_STREET_SUFFIXES,
} from './gazetteer/streets.js';

const CORE_RE = /(?<![\p{L}\d.'-])(\p{Lu}[\p{L}'.-]*)[ \u00a0]+(\d{1,4})(?![\d]|[.,:]\d)/gu;
const HOUSE_TAIL_RE = /(?:[ ]?[A-Za-zÆØÅæøå](?![\p{L}\d]))?(?:-\d{1,4}(?!\d)(?:[A-Za-z](?![\p{L}]))?)?/uy;
const FLOOR_RE =
  /,?[ \u00a0]?(?:(?:st|stuen|kl|kld|parterre)\.?|\d{1,2}\.(?!\d)(?:[ ]?sal\.?)?|\d{1,2}(?=[ ,]?(?:th|tv|mf)\b))(?:,?[ \u00a0]?(?:th|tv|mf|t\.h|t\.v)\.?(?![\p{L}]))?/uy;
const SIDE_ONLY_RE = /,?[ \u00a0]?(?:th|tv|mf)\.?(?![\p{L}])/uy;
const POST_RE =
  /,?[ \u00a0]{0,2}(?:DK-)?\d{4}[ \u00a0](?:\p{Lu}[\p{L}-]*)(?:[ ](?:(?:SV|NV|NØ|SØ|[CKVØNS])(?![\p{L}])|\p{Lu}[\p{L}-]+(?=[ ]*(?:$|[\n,.;)]))))?/uy;
const ADDRESS_CONTEXT_RE =
  /(?:adressen|adresse|adr\.|bopæl|bor på|bor i|boende|bosiddende|flyttet til|flytter til|fraflyttet|beliggende|ejendommen|c\/o)[:\s]*$/iu;

// "Sagsnr. 2024", "Bilag 3", "Kl. 14": labels and abbreviations are not street names.
const LABEL_WORD_RE =
  /(?:nr|nummer|numre)\.?$|^(?:Kl|Tlf|Tel|Fax|Pkt|Ca|Jf|Kap|Stk|Nr|Side|Bilag|Punkt|Uge|Dag|Trin|Fase|Etape|Kapitel|Afsnit|Paragraf|Version|Rum|Lokale)\.?$/iu;
const STRONG = [...STRONG_STREET_SUFFIXES].sort((a, b) => b.length - a.length);
const WEAK = [...WEAK_STREET_SUFFIXES].sort((a, b) => b.length - a.length);
const WORDS = new Set(STREET_WORDS);
const PREFIXES = new Set(STREET_PREFIXES);
const NOT = new Set(NOT_STREETS);
const NAME_TOKEN =
  /^(?:\p{Lu}[\p{L}'-]*\.?|(?:\p{Lu}\.){1,3}(?:\p{Lu}\.?)?|\p{Lu}\p{Ll}*\.?|von|van|de|la|le|af)$/u;

function endsWithAny(word: string, suffixes: readonly string[], minExtra: number): boolean {
  const w = word.toLowerCase();
  for (const s of suffixes) if (w.length >= s.length + minExtra && w.endsWith(s)) return true;
  return false;
}

/** Walks back over space-separated tokens on the same line that may belong to the street name. */
function extendBack(text: string, start: number, accept: (token: string) => boolean, max: number): number {
  let s = start;
  for (let n = 0; n < max; n++) {
    if (text[s - 1] !== ' ') break;
    let t = s - 1;
    while (t > 0 && text[t - 1] !== ' ' && text[t - 1] !== '\n' && text[t - 1] !== '\t') t--;
    const token = text.slice(t, s - 1);
    if (!token || !accept(token)) break;
    s = t;
  }
  return s;
}

function sticky(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? pos + m[0].length : pos;
}

export function findAddresses(text: string): TCandidate[] {
  const out: TCandidate[] = [];
  CORE_RE.lastIndex = 0;
  for (let m = CORE_RE.exec(text); m; m = CORE_RE.exec(text)) {
    const word = m[1] ?? '';
    if (LABEL_WORD_RE.test(word)) continue;
    const wordStart = m.index;
    let pos = m.index + m[0].length;
    pos = sticky(HOUSE_TAIL_RE, text, pos);
    const afterFloor = sticky(FLOOR_RE, text, pos);
    const floor = afterFloor > pos ? afterFloor : sticky(SIDE_ONLY_RE, text, pos);
    const afterPost = sticky(POST_RE, text, floor);
    const hasPost = afterPost > floor;
    const hasFloor = floor > pos;
    const context = ADDRESS_CONTEXT_RE.test(text.slice(Math.max(0, wordStart - 24), wordStart));

    let start = wordStart;
    let conf = 0;
    let why = '';
    const named = WORDS.has(word) ? extendBack(text, wordStart, (t) => NAME_TOKEN.test(t), 4) : wordStart;
    if (named < wordStart) {
      start = named;
      conf = 0.9;
      why = `street "${text.slice(start, wordStart + word.length)}" (name + street word) with house number`;
    } else if (NOT.has(word)) {
      if (!hasPost) continue;
      conf = 0.75;
      why = 'name and number followed by postcode and town';
    } else if (endsWithAny(word, STRONG, 1)) {
      conf = 0.9;
      why = `street name "${word}" with house number`;
    } else if (endsWithAny(word, WEAK, 3) && (hasPost || hasFloor || context)) {
      conf = 0.85;
      why = `street name "${word}" with house number and ${hasPost ? 'postcode' : hasFloor ? 'floor/side' : 'address context'}`;
    } else if (hasPost || hasFloor) {
      conf = 0.8;
      why = `capitalised name and number followed by ${hasPost ? 'postcode and town' : 'floor/side'}`;
    } else if (context) {
      conf = 0.6;
      why = 'name and number after an address word';
    } else continue;
    if (start === wordStart) start = extendBack(text, wordStart, (t) => PREFIXES.has(t), 2);
    out.push(candidate(start, afterPost, 'ADDRESS', conf, why));
    CORE_RE.lastIndex = Math.max(CORE_RE.lastIndex, afterPost);
  }
  return out;
}
