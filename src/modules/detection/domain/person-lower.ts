// Person names in lower-case text ("jeg hedder bo hjort", "mvh duc anh", "birthe kan ikke komme ud af sengen"):
// the capitalised pass in person.ts cannot see them. Four linear passes:
//  1. an introduction ("jeg hedder", "mit navn er") followed by one to three lower-case words;
//  2. a sign-off ("mvh", "hilsen") followed by one to three lower-case words that end the line;
//  3. in a document written mostly in lower case, gazetteer first names that are not ordinary Danish words,
//     together with neighbouring name words ("thi huong");
//  4. every lower-case mention of a name part found so far or of a party from the case record.
import { candidate, type TCandidate } from './candidate.js';
import { isFirstName, isAmbiguousFirstName, isListedSurname, isStopword, isSurname } from './name-lexicon.js';

/** Name parts that are also ordinary lower-case words ("hans", "have", "skov") are never searched for. */
const COMMON_LOWER = new Set(
  `hans have skov sten storm lind bakke mark strand vinter sommer ravn fisker smed bonde brink lykke glad
hjort krog mose sand frost vang hede kirk kirke bro berg dahl dal rosa maj juni juli marts april august ulv bjørn
ørn falk due fugl vest nord syd øster vester vinther kær line rune lærke rose vibe svend stig aske pil dag
karl sol ask alba leo lin else ellen bent mille konrad frede ebbe`
    .split(/\s+/)
    .filter(Boolean),
);

/** Function words that end a lower-case name ("jeg hedder bo hjort og jeg …"). */
const LOWER_STOP = new Set(
  `og eller men jeg du han hun vi de den det der er var har havde fra til på i af med for som at ikke kan skal vil
min mit mine din dit vores jeres hej tak mvh hilsen venlig bor fik får blev bliver jo nu så også
mand manden kone konen søn sønnen datter datteren mor far familien familie børn børnene alle os fra`
    .split(/\s+/)
    .filter(Boolean),
);

const INTRO_RE = /(?<![\p{L}])(?:jeg hedder|vi hedder|mit navn er|hun hedder|han hedder)[ \t]+/giu;
const SIGNOFF_RE =
  /(?:^|\n)[ \t]*(?:mvh|vh|kh|bh|hilsen|venlig hilsen|med venlig hilsen|mange hilsner|kærlig hilsen)\.?,?[ \t]*(?:\r?\n[ \t]*)?/giu;
const LOWER_WORD_RE = /\p{Ll}[\p{Ll}'’]*(?:-\p{Ll}[\p{Ll}'’]*)*/uy;
const WORD_RE = /(?<![\p{L}\d@._'’-])\p{Ll}{3,}(?![\p{L}\d@_'’-])/gu;

const SENTENCE_NAME_RE =
  /(?:^|[.!?]["”]?[ \t]+|\n[ \t]*|["„“][ \t]*)(\p{Ll}{3,}(?:-\p{Ll}{2,})?)(?=[ \t]{1,2}(?:har|er|var|skal|kan|vil|må|siger|sagde|fortæller|fik|får|bliver|blev|går|gik|kommer|kom|bor|havde|mangler|ønsker|ringer|sover|spiser|trives|græder)(?![\p{L}]))/gu;

/** "anne-marie" → "Anne-Marie". */
const cap = (w: string): string =>
  w.replace(/(^|-)(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());

/** Up to three lower-case words from `pos`, separated by single blanks, stopping at a function word. */
function lowerRun(text: string, pos: number): Array<[number, number]> {
  const words: Array<[number, number]> = [];
  let p = pos;
  while (words.length < 3) {
    LOWER_WORD_RE.lastIndex = p;
    const m = LOWER_WORD_RE.exec(text);
    if (!m || LOWER_STOP.has(m[0])) break;
    const end = p + m[0].length;
    if (/[\p{L}\d]/u.test(text[end] ?? ' ')) break;
    words.push([p, end]);
    if (text[end] !== ' ') break;
    p = end + 1;
  }
  return words;
}

/** Whether most sentences and lines start in lower case (a lower-case e-mail or text message). */
export function writtenInLowerCase(text: string): boolean {
  let lower = 0;
  let upper = 0;
  // Sentence starts only: after ". " or a blank line. A line start after a hard line wrap is mid-sentence and
  // would make a capitalised PDF text look like lower-case mail.
  const re = /(?:^|\n[ \t>]*\n|[.!?][ \t]+|[.!?][ \t]*\n)[ \t>]*(\p{L})/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const ch = m[1] ?? '';
    if (ch === ch.toLowerCase()) lower++;
    else upper++;
  }
  return lower >= 3 && lower > 2 * upper;
}

/** Context words before a lower-case name (lower-case mail only). */
const CONTEXT_RE =
  /(?<![\p{L}])(?:samtale med|møde med|talt med|kære|hr\.|fru|fra:|til:|modtager:|borger:|ansøger:|klager:|navn:|barn|søn|sønnen|datter|datteren|bror|broren|søster|søsteren|kone|konen|nabo|naboen)[ \t]+/giu;
/** Surnames that are also ordinary words may follow a first name ("birthe holm", "lars lund"). */
const SURNAME_WORDS = new Set(
  'holm lund kjær skov lykke bech bak juul dahl vang krog hjort ravn storm bonde sand'.split(' '),
);

function isSurnameWord(w: string): boolean {
  return (
    SURNAME_WORDS.has(w) ||
    w
      .split('-')
      .every(
        (p) =>
          p.length >= 2 &&
          !LOWER_STOP.has(p) &&
          !isStopword(cap(p)) &&
          (isFirstName(cap(p)) || isSurname(cap(p))),
      )
  );
}

function isNameWord(w: string): boolean {
  const c = cap(w);
  return !COMMON_LOWER.has(w) && !isStopword(c) && (isFirstName(c) || isListedSurname(c));
}

export function findLowerCaseNames(
  text: string,
  parties: readonly string[],
  staff: readonly string[] = [],
): TCandidate[] {
  const out: TCandidate[] = [];
  // Staff first names and surnames written in lower case ("tak til karina") stay readable.
  const staffParts = new Set(staff.flatMap((n) => n.toLowerCase().split(/[\s-]+/u)));
  const parts = new Set<string>();
  const taken = new Uint8Array(text.length);
  const push = (words: Array<[number, number]>, conf: number, why: string) => {
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last || taken[first[0]]) return;
    // A staff member's own name ("louise bundesen" for staff Louise Bundesen) stays readable.
    if (words.every(([a, b]) => staffParts.has(text.slice(a, b)))) return;
    out.push(candidate(first[0], last[1], 'PERSON', conf, why));
    taken.fill(1, first[0], last[1]);
    for (const [s, e] of words) parts.add(text.slice(s, e));
  };
  INTRO_RE.lastIndex = 0;
  for (let m = INTRO_RE.exec(text); m; m = INTRO_RE.exec(text)) {
    push(lowerRun(text, m.index + m[0].length), 0.85, 'lower-case name after "jeg hedder"/"mit navn er"');
  }
  SIGNOFF_RE.lastIndex = 0;
  for (let m = SIGNOFF_RE.exec(text); m; m = SIGNOFF_RE.exec(text)) {
    const words = lowerRun(text, m.index + m[0].length);
    const last = words[words.length - 1];
    // Only a name that is the whole rest of the line ("mvh nanna"), not "hilsen fra os alle".
    if (!last || !/^[ \t]*(?:\r?\n|$)/u.test(text.slice(last[1], last[1] + 3))) continue;
    push(words, 0.8, 'lower-case name in a sign-off');
  }
  // A lower-case word read as a first name: in the gazetteer, not an ordinary word, not a staff member's name.
  const plainFirstName = (w: string): boolean => {
    const c = cap(w);
    return (
      !COMMON_LOWER.has(w) &&
      !staffParts.has(w) &&
      !isStopword(c) &&
      isFirstName(c) &&
      !isAmbiguousFirstName(c)
    );
  };
  // In any text, a lower-case first name opening a sentence before a verb ("… i klubben. oksana har astma"): a
  // quoted text message. Only gazetteer first names that are not ordinary words.
  SENTENCE_NAME_RE.lastIndex = 0;
  for (let m = SENTENCE_NAME_RE.exec(text); m; m = SENTENCE_NAME_RE.exec(text)) {
    const w = m[1] ?? '';
    if (!plainFirstName(w)) continue;
    const s = m.index + m[0].length - w.length;
    push([[s, s + w.length]], 0.7, 'lower-case first name opening a sentence before a verb');
  }
  if (writtenInLowerCase(text)) {
    // After a context word ("samtale med", "datter", "modtager:"): a first name and the name words after it.
    CONTEXT_RE.lastIndex = 0;
    for (let m = CONTEXT_RE.exec(text); m; m = CONTEXT_RE.exec(text)) {
      const words = lowerRun(text, m.index + m[0].length);
      const first = words[0];
      if (!first) continue;
      if (!isFirstName(cap(text.slice(first[0], first[1])))) continue;
      let n = 1;
      while (
        n < words.length &&
        isSurnameWord(text.slice((words[n] as [number, number])[0], (words[n] as [number, number])[1]))
      )
        n++;
      push(words.slice(0, n), 0.8, 'lower-case name after a context word');
    }
    WORD_RE.lastIndex = 0;
    for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
      const w = m[0];
      if (!plainFirstName(w)) continue;
      // Neighbouring name words belong to the same name ("thi huong", "birthe laursen").
      let start = m.index;
      const before = /(\p{Ll}+) $/u.exec(text.slice(Math.max(0, start - 20), start));
      if (before?.[1] && isNameWord(before[1])) start -= before[1].length + 1;
      let end = m.index + w.length;
      // Up to two name words after it ("birthe holm", "gitte skov andersen").
      for (let k = 0; k < 2; k++) {
        const after = /^ (\p{Ll}+(?:-\p{Ll}+)?)(?![\p{L}])/u.exec(text.slice(end, end + 30));
        if (!after?.[1] || LOWER_STOP.has(after[1]) || !isSurnameWord(after[1])) break;
        end += after[1].length + 1;
      }
      if (taken[m.index]) continue;
      out.push(candidate(start, end, 'PERSON', 0.6, 'first name in a text written in lower case'));
      taken.fill(1, start, end);
      for (const p of text.slice(start, end).split(' ')) parts.add(p);
    }
  }
  for (const p of parties) for (const part of p.toLowerCase().split(/[\s-]+/u)) parts.add(part);
  for (const p of staffParts) parts.delete(p);
  out.push(...lowerMentions(text, parts).filter((c) => !taken[c.start]));
  return out;
}

/** Other lower-case mentions (and possessives) of the given name parts: one indexOf scan per part. */
export function lowerMentions(
  text: string,
  names: ReadonlySet<string>,
  except: ReadonlySet<string> = new Set(),
): TCandidate[] {
  const out: TCandidate[] = [];
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return out;
  const parts = new Set<string>();
  for (const n of names)
    for (const part of n.toLowerCase().split(/[\s-]+/u))
      if (
        part.length >= 4 &&
        !COMMON_LOWER.has(part) &&
        !isStopword(part) &&
        !LOWER_STOP.has(part) &&
        !except.has(cap(part))
      )
        parts.add(part);
  for (const part of parts) {
    for (let i = lower.indexOf(part); i >= 0; i = lower.indexOf(part, i + part.length)) {
      let end = i + part.length;
      if (/[\p{L}\d_.@]/u.test(lower[i - 1] ?? ' ') || /^[_@]|^\.\p{L}/u.test(lower.slice(end, end + 2)))
        continue;
      if (lower[end] === 's' && !/[\p{L}\d]/u.test(lower[end + 1] ?? ' ')) end++;
      if (/[\p{L}\d]/u.test(lower[end] ?? ' ')) continue;
      if (text.slice(i, end) !== lower.slice(i, end)) continue;
      out.push(
        candidate(i, end, 'PERSON', 0.8, 'lower-case mention of a person named in the document or case'),
      );
    }
  }
  return out;
}
