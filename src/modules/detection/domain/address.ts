// Danish addresses: street name + house number (+ letter) (+ floor/side/flat "2. tv", "ST. TH.", "lejl. 14")
// (+ postcode + town, on the same line or on the next line of a letter's address block).
// Found from "<word> <number>" and then judged on the street word: a strong street ending ("-vej", "-gade",
// "-allé" ...), a separate street word after a name ("H.C. Andersens Vej"), a bare street noun ("Bakken 3"),
// or weaker evidence (postcode after it, floor/side, "adresse"/"bor på" before it). Works in capitalised,
// ALL-CAPS and lower-case mail, and tolerates OCR's doubled spaces. Linear: one regex pass plus bounded
// look-around per match.
import { candidate, type TCandidate } from './candidate.js';
import {
  NOT_STREETS,
  STREET_PREFIXES,
  STREET_WORDS,
  STRONG_STREET_SUFFIXES,
  WEAK_STREET_SUFFIXES,
} from './gazetteer/streets.js';
import { isFirstName, isStopword } from './name-lexicon.js';

const CORE_RE = /(?<![\p{L}\d.'’-])(\p{L}[\p{L}'’.-]*)[ \u00a0]{1,3}(\d{1,4})(?![\d]|[.,:]\d)/gu;
// A house letter: glued ("83b", "140B") or, in capitals only, after a blank ("12 B"; "5 i Aarhus" is a word).
const HOUSE_TAIL_RE =
  /(?:(?:[A-Za-zÆØÅæøå]|[ ][A-ZÆØÅ])(?![\p{L}\d]))?(?:[ ]?-[ ]?\d{1,4}(?!\d)(?:[A-Za-z](?![\p{L}]))?)?/uy;
// One floor/side/flat part, repeated: "st.", "kl.", "2.", "1. sal", "th.", "t.v.", "mf", "lejl. 14", "dør 3".
// "kl." is a floor only when no time follows ("kl. 14" is o'clock).
const FLOOR_PART_RE = new RegExp(
  String.raw`(?:,[ \u00a0]{0,3}|[ \u00a0]{1,3})?(?:` +
    [
      String.raw`st(?:uen)?\.?(?![\p{L}\d])`,
      String.raw`kl(?:d|ælder)?(?!\.?[ \u00a0]?\d)\.?(?![\p{L}\d])`,
      String.raw`parterre(?![\p{L}])`,
      String.raw`\d{1,2}\.(?=(?:th|tv|mf)(?![\p{L}]))`,
      String.raw`\d{1,2}\.(?!\d)(?:[ \u00a0]{0,2}sal\.?)?(?![\p{L}\d])`,
      String.raw`\d{1,2}(?=[ ,]?(?:th|tv|mf)(?![\p{L}]))`,
      String.raw`(?:t\.[hv]\.?|th\.?|tv\.?|mf\.?)(?![\p{L}\d])`,
      String.raw`(?:lejl(?:ighed)?|lejl\.?[ ]?nr)\.?[ \u00a0]{0,3}\d{1,4}[a-z]?(?![\p{L}\d])`,
      String.raw`dør[ \u00a0]\d{1,3}(?![\p{L}\d])`,
    ].join('|') +
    ')',
  'iuy',
);
const POST_TOWN = String.raw`(?:DK-?)?\d{4}[ \u00a0]{1,2}(?:\p{Lu}[\p{L}-]*)(?:[ ](?:(?:SV|NV|NØ|SØ|[CKVØNS])(?![\p{L}])|\p{Lu}[\p{L}-]+(?=[ ]*(?:$|[\n,.;)]))))?`;
const POST_RE = new RegExp(String.raw`,?[ \u00a0]{0,3}${POST_TOWN}`, 'uy');
// Lower-case mail writes the town in lower case too ("8700 horsens").
const POST_LOWER_RE =
  /,?[ \u00a0]{0,3}\d{4}[ \u00a0]{1,2}\p{L}[\p{L}-]*(?:[ ](?:sv|nv|nø|sø|[ckvøns])(?![\p{L}]))?/iuy;
// The postcode line of a letter's address block: the next line holds only "postcode town".
const NEXT_LINE_POST_RE = new RegExp(
  String.raw`[ \u00a0\t]*\r?\n[ \u00a0\t]*(${POST_TOWN})[ \u00a0\t]*(?=\r?\n|$)`,
  'uy',
);
const ADDRESS_CONTEXT_RE =
  /(?:adressen|adresse|adresse er|adr\.|bopæl|bopælsadresse|(?:bor|boede|bosat|bosiddende|opholder sig)(?: nu| stadig| fortsat| fremover)? (?:på|i)|boende|flyttet til|flytter til|fraflyttet|beliggende|ejendommen|c\/o|(?:borger|borgeren|familien|klienten|beboeren|lejeren) (?:på|fra))[:\s]*$/iu;
const COUNT_AFTER_RE =
  /^[ \u00a0]+(?:gange|gang|dage|dag|uger|uge|måneder|år|timer|minutter|personer|pladser|stk|kr|procent|%|m²|m2|meter|km|børn|elever|sider)(?![\p{L}])/iu;
/** Right after a name and a comma in running text ("Klager, Peter Holm, Bakkedraget 12, har oplyst"). */
const AFTER_NAME_RE = /\p{Lu}[\p{Ll}'’-]+,[ \u00a0]{1,2}$/u;
/** "Postnr. og by: 6100 Haderslev" in forms: the postcode and town on their own. */
const POSTCODE_FIELD_RE =
  /(?:postnr|post nr|postnummer)\.?(?:[ ]?(?:og|\/|&)[ ]?by)?:?[ \t]{1,3}((?:DK-?)?\d{4}[ \u00a0]{1,2}\p{Lu}[\p{L}-]*(?:[ ](?:SV|NV|NØ|SØ|[CKVØNS])(?![\p{L}]))?)/giu;

// "Sagsnr. 2024", "Bilag 3", "Kl. 14": labels and abbreviations are not street names.
const LABEL_WORD_RE =
  /(?:nr|nummer|numre)\.?$|^(?:Kl|Tlf|Tel|Fax|Pkt|Ca|Jf|Kap|Stk|Nr|Side|Bilag|Punkt|Uge|Dag|Trin|Fase|Etape|Kapitel|Afsnit|Paragraf|Version|Rum|Lokale|Mødelokale|Hold|Klasse|Stue|Værelse|Seng|Afdeling|Afsnittet|Sal|Etage|Lejlighed|Opgang)\.?$/iu;
const STRONG = [...STRONG_STREET_SUFFIXES].sort((a, b) => b.length - a.length);
const WEAK = [...WEAK_STREET_SUFFIXES].sort((a, b) => b.length - a.length);
// Endings that stay street-like even in lower case ("nørregade 83b"); "-haven", "-marken" are ordinary
// nouns in lower case ("børnehaven 3 dage").
const LOWER_STRONG = ['vej', 'gade', 'allé', 'alle', 'stræde', 'plads', 'boulevard', 'vænget', 'torv'];
const WORDS = new Set(STREET_WORDS.map((w) => w.toLowerCase()));
const PREFIXES = new Set(STREET_PREFIXES.map((w) => w.toLowerCase()));
const NOT = new Set(NOT_STREETS.map((w) => w.toLowerCase()));
const NAME_TOKEN =
  /^(?:\p{Lu}[\p{L}'’-]*\.?|(?:\p{Lu}\.){1,3}(?:\p{Lu}\.?)?|\p{Lu}\p{Ll}*\.?|von|van|de|la|le|af)$/u;
// Lower-case multi-word street names: genitive names and titles ("dronning ingrids vej", "h.c. andersens vej").
const LOWER_TITLE = new Set(['dronning', 'kong', 'prins', 'prinsesse', 'sankt', 'skt.', 'grev', 'biskop']);

/** Street names that many villages share and that are written after the village's name. */
const VILLAGE_STREET_RE =
  /^(?:bygade|bygaden|hovedgade|hovedgaden|byvej|kirkevej|kirkebakken|skolevej|stationsvej|strandvej|landevej|møllevej|mølle|torv|kirkestræde|vestergade|østergade|nørregade|søndergade|overdrev|mark|skov)$/u;
const PLACE_TOKEN_RE = /^\(?\p{Lu}(?:[\p{Ll}]|[01](?=\p{Ll})){2,}$/u;
/** The same in a text written in capitals ("KLIPLEV BYGADE 2"); function words ("TIL", "PÅ") are excluded. */
const PLACE_TOKEN_CAPS_RE = /^\(?\p{Lu}(?:\p{Lu}|[01](?=\p{Lu})){2,}$/u;

function endsWithAny(word: string, suffixes: readonly string[], minExtra: number): boolean {
  const w = word.toLowerCase();
  for (const s of suffixes) if (w.length >= s.length + minExtra && w.endsWith(s)) return true;
  return false;
}

/** Walks back over blank-separated tokens on the same line that may belong to the street name. */
function extendBack(text: string, start: number, accept: (token: string) => boolean, max: number): number {
  let s = start;
  for (let n = 0; n < max; n++) {
    let e = s;
    while (e > 0 && s - e < 3 && (text[e - 1] === ' ' || text[e - 1] === '\u00a0')) e--;
    if (e === s) break;
    let t = e;
    while (t > 0 && e - t < 40 && !/[\s]/u.test(text[t - 1] as string)) t--;
    const token = text.slice(t, e);
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

/** Floor, side and flat parts after the house number, up to four ("2. tv., lejl. 14"). */
function floorEnd(text: string, pos: number): number {
  let p = pos;
  for (let n = 0; n < 4; n++) {
    const q = sticky(FLOOR_PART_RE, text, p);
    if (q === p) break;
    p = q;
  }
  return p;
}

const acceptName = (t: string): boolean => NAME_TOKEN.test(t);
const acceptLowerName = (t: string): boolean =>
  /^\p{Ll}[\p{Ll}.'’-]*s$/u.test(t) ||
  LOWER_TITLE.has(t) ||
  PREFIXES.has(t) ||
  /^(?:\p{Ll}\.){1,3}$/u.test(t) ||
  isFirstName(t.charAt(0).toUpperCase() + t.slice(1));

export function findAddresses(text: string): TCandidate[] {
  const out: TCandidate[] = [];
  CORE_RE.lastIndex = 0;
  for (let m = CORE_RE.exec(text); m; m = CORE_RE.exec(text)) {
    const word = m[1] ?? '';
    const lowerWord = word.toLowerCase();
    const lowerCase = word === lowerWord;
    if (LABEL_WORD_RE.test(word)) continue;
    const wordStart = m.index;
    let pos = m.index + m[0].length;
    pos = sticky(HOUSE_TAIL_RE, text, pos);
    const floor = floorEnd(text, pos);
    let afterPost = sticky(lowerCase ? POST_LOWER_RE : POST_RE, text, floor);
    let nextLinePost: [number, number] | null = null;
    if (afterPost === floor) {
      NEXT_LINE_POST_RE.lastIndex = floor;
      const nl = NEXT_LINE_POST_RE.exec(text);
      if (nl?.[1]) {
        const s = floor + nl[0].indexOf(nl[1]);
        nextLinePost = [s, s + nl[1].length];
      }
    }
    const hasPost = afterPost > floor || nextLinePost !== null;
    const hasFloor = floor > pos;
    // "Parken 3 gange om ugen", "Hold 12 personer": a count, not a house number.
    if (!hasPost && !hasFloor && COUNT_AFTER_RE.test(text.slice(pos, pos + 12))) continue;
    // "Gammel Kongevej", "Ved Stranden": a capitalised prefix word before the street word.
    const prefixed = extendBack(
      text,
      wordStart,
      (t) => t !== t.toLowerCase() && (PREFIXES.has(t.toLowerCase()) || t.toLowerCase() === 'ved'),
      2,
    );
    const before = text.slice(Math.max(0, prefixed - 32), prefixed);
    const context = ADDRESS_CONTEXT_RE.test(before) || (!lowerCase && AFTER_NAME_RE.test(before));

    let start = wordStart;
    let conf = 0;
    let why = '';
    const named = WORDS.has(lowerWord)
      ? lowerCase
        ? extendBack(text, wordStart, acceptLowerName, 4)
        : extendBack(text, wordStart, acceptName, 4)
      : wordStart;
    if (named < wordStart) {
      start = named;
      conf = 0.9;
      why = `street "${text.slice(start, wordStart + word.length)}" (name + street word) with house number`;
    } else if (lowerCase) {
      // Lower-case text: only unmistakable street endings, or any ending with a postcode after it.
      if (endsWithAny(word, LOWER_STRONG, 2)) {
        conf = 0.85;
        why = `lower-case street name "${word}" with house number`;
      } else if ((endsWithAny(word, STRONG, 2) || endsWithAny(word, WEAK, 3)) && (hasPost || context)) {
        conf = 0.8;
        why = `lower-case street name "${word}" with house number and ${hasPost ? 'postcode' : 'address context'}`;
      } else continue;
    } else if (NOT.has(lowerWord)) {
      if (!hasPost) continue;
      conf = 0.75;
      why = 'name and number followed by postcode and town';
    } else if (endsWithAny(word, STRONG, 1)) {
      conf = 0.9;
      why = `street name "${word}" with house number`;
    } else if (endsWithAny(word, STRONG, 0) && word.length >= 4) {
      // A bare street noun with a number ("Bakken 3", "Ved Stranden 5").
      conf = 0.8;
      why = `street "${word}" with house number`;
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
    if (start === wordStart) start = prefixed;
    // "Kliplev Bygade 2", "Vejle Landevej 4": a generic village street takes the place name before it (OCR may
    // write the place name with a digit for l/o: "K1iplev").
    if (start === wordStart && VILLAGE_STREET_RE.test(lowerWord)) {
      const caps = word === word.toUpperCase();
      start = extendBack(
        text,
        wordStart,
        (t) =>
          (caps
            ? PLACE_TOKEN_CAPS_RE.test(t) && !isStopword(t.charAt(0) + t.slice(1).toLowerCase())
            : PLACE_TOKEN_RE.test(t)) && !LABEL_WORD_RE.test(t),
        1,
      );
      if (text[start] === '(') start++;
    }
    out.push(candidate(start, afterPost, 'ADDRESS', conf, why));
    if (nextLinePost) {
      out.push(
        candidate(
          nextLinePost[0],
          nextLinePost[1],
          'ADDRESS',
          conf,
          `${why}; postcode and town of the address block`,
        ),
      );
      afterPost = nextLinePost[1];
    }
    CORE_RE.lastIndex = Math.max(CORE_RE.lastIndex, afterPost);
  }
  POSTCODE_FIELD_RE.lastIndex = 0;
  for (let m = POSTCODE_FIELD_RE.exec(text); m; m = POSTCODE_FIELD_RE.exec(text)) {
    const area = m[1] ?? '';
    const s = m.index + m[0].length - area.length;
    out.push(candidate(s, s + area.length, 'ADDRESS', 0.8, 'postcode and town in a form field'));
  }
  return out;
}
