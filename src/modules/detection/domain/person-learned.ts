// The learned component beside the name rules: the sequence model (person-model/) proposes person names the
// rules did not find — unlisted and foreign names, lone surnames, names in lower-case text — and the rules keep
// their precision by veto:
//  - anything the rules already judged (a staff member, an organisation, a party, a name they found) stays theirs;
//  - no span with digits or "@", none that is only stop, context or role words, none that names an institution or
//    sits before a company mark ("… ApS", "A/S");
//  - no token of a staff member from the case record;
//  - a lower-case span only where the text around it is written in lower case (a mail, a text message), never a
//    lower-case word in ordinary capitalised prose.
// Every accepted name is returned with its words, so the caller propagates it to its other mentions.
import { candidate, type TCandidate } from './candidate.js';
import { COMPANY_MARKERS_RE } from './gazetteer/stopwords.js';
import { INSTITUTION_RE, isContextWord, STAFF_ROLE_WORDS } from './name-context.js';
import { isAmbiguousFirstName, isFirstName, isStopword, isSurname, normaliseToken } from './name-lexicon.js';
import { modelPersons } from './person-model/index.js';

const ROLE_WORDS = new Set(STAFF_ROLE_WORDS);
const NOUN_RE =
  /(?:ling|lingen|ning|ningen|else|elsen|hed|heden|tion|tionen|skab|skabet|isme|ismen|eri|eriet|ium)$/u;
const COMPANY_LIST_RE =
  /^(?:[ \t]*(?:,|og|&)?[ \t]*\p{Lu}[\p{L}-]*){0,4}[ \t]+(?:ApS|A\/S|I\/S|K\/S|P\/S|IVS|AMBA)(?![\p{L}])/u;
const COMPANY_FORM_RE = /(?:^|[ \t])(?:ApS|A\/S|I\/S|K\/S|P\/S|IVS|AMBA|amba)(?![\p{L}])/u;
/**
 * Score the model needs for a name over "not a name" on the same words: Viterbi's choice in capitalised text; a
 * clearer margin in lower case, where a name has no capital to show it (checked on the development corpus in
 * lower case, bench/detect/variants.ts).
 */
const MIN_MARGIN = 0;
const MIN_MARGIN_LOWER = 15;

export interface TLearnedName {
  cand: TCandidate;
  words: string[];
  lower: boolean;
}

/** "anne-marie" → "Anne-Marie" (the form of the known-people tables). */
const cap = (w: string): string =>
  w.replace(/(^|-)(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());

/** Whether the sentence or line around `pos` has no capital letter at all (lower-case writing). */
function lowerCaseAround(text: string, start: number, end: number): boolean {
  let a = start;
  // Sentence ends and blank lines only: a single line break may be a hard wrap inside a capitalised sentence.
  while (a > 0 && start - a < 300 && !/[.!?]/u.test(text[a - 1] as string) && !text.startsWith('\n\n', a - 2))
    a--;
  let b = end;
  while (b < text.length && b - end < 300 && !/[.!?]/u.test(text[b] as string) && !text.startsWith('\n\n', b))
    b++;
  return !/\p{Lu}/u.test(text.slice(a, b));
}

export function learnedNames(
  text: string,
  taken: Uint8Array,
  staffTokens: ReadonlySet<string>,
  lowerDocument: boolean,
): TLearnedName[] {
  const out: TLearnedName[] = [];
  for (const m of modelPersons(text)) {
    const end = m.end;
    let start = m.start;
    // Inside what the rules found: nothing to add. Over a staff member or an organisation: vetoed. Wider than a
    // private name the rules found: taken (the longer span wins the overlap).
    let free = false;
    let veto = false;
    for (let i = start; i < end && !veto; i++) {
      if (taken[i] === 2) veto = true;
      else if (taken[i] === 0 && /\p{L}/u.test(text[i] as string)) free = true;
    }
    if (veto || !free) continue;
    const raw = text.slice(start, end);
    if (/[\d@]/u.test(raw)) continue;
    // Leading role and context words are not part of the name ("Direktør Henrik …").
    let words = raw.split(/[ \t\u00a0]+/u).filter(Boolean);
    while (words.length > 0) {
      const w0 = (words[0] as string).replace(/[.,:]$/u, '');
      if (!isContextWord(w0) && !ROLE_WORDS.has(w0.toLowerCase())) break;
      start = text.indexOf(words[1] ?? '', start + w0.length);
      words = words.slice(1);
    }
    if (words.length === 0 || start < 0 || start >= end) continue;
    const norm = words.map((w) => normaliseToken(w.replace(/['’]$/u, '')));
    if (norm.every((w) => isStopword(w) || isContextWord(w) || w.length < 2)) continue;
    const staffWord = (w: string) => {
      const c = cap(w.toLowerCase());
      return staffTokens.has(c) || (c.endsWith('s') && staffTokens.has(c.slice(0, -1)));
    };
    if (norm.some((w) => INSTITUTION_RE.test(w) || staffWord(w))) continue;
    // Initials and acronyms in capitals ("– ZO", "GCC") are a caseworker's mark or an organisation, not a name.
    if (words.every((w) => w.length <= 3 && w === w.toUpperCase())) continue;
    const after = text.slice(end, end + 30);
    // "Byg & Bo ApS": a company name, also when the company form is inside the span.
    if (
      COMPANY_MARKERS_RE.test(after) ||
      COMPANY_FORM_RE.test(raw) ||
      /&[ \t]*$/u.test(text.slice(start - 3, start))
    )
      continue;
    const nextWord = /^[ \t]+(\p{L}+)/u.exec(after)?.[1];
    if (nextWord && INSTITUTION_RE.test(nextWord)) continue;
    // A Danish derived noun on no name list is no name ("Grøn Omstilling", "Musik og Forvaltning").
    if (norm.some((w) => NOUN_RE.test(w.toLowerCase()) && !isFirstName(w) && !isSurname(w))) continue;
    // A single word that is also an ordinary word ("Per", "Storm", "Bo") stays the rules' call.
    if (norm.length === 1 && isAmbiguousFirstName(norm[0] as string)) continue;
    // "Jensen, Hansen og Petersen A/S": a list of names before a company form on the line is the company.
    if (COMPANY_LIST_RE.test(text.slice(end, end + 80))) continue;
    const lower = !/\p{Lu}/u.test(raw);
    // Part of a longer capitalised run ("Grøn Omstilling", "Sankt Markus Nat", "Mount St. Vincent University"):
    // a title, a place or an organisation — unless the word before is a role or context word ("direktør Henrik").
    if (!lower) {
      const next = /^[ \t]{1,2}(\p{Lu}[\p{L}-]*)/u.exec(after)?.[1];
      const prev = /(\p{Lu}[\p{L}.-]*)[ \t]{1,2}$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
      const prevIsRole = prev !== undefined && (isContextWord(prev) || ROLE_WORDS.has(prev.toLowerCase()));
      const prevSentenceStart =
        prev !== undefined &&
        /(?:^|[.!?:"\n][ \t]*)$/u.test(text.slice(Math.max(0, start - 45), start - prev.length - 1));
      if (next !== undefined || (prev !== undefined && !prevIsRole && !prevSentenceStart)) continue;
    }
    if (lower) {
      if (!(lowerDocument || lowerCaseAround(text, start, end))) continue;
      if (m.margin < MIN_MARGIN_LOWER) continue;
    } else if (m.margin < MIN_MARGIN) continue;
    const conf = Math.min(0.8, 0.6 + m.margin / 200);
    out.push({
      cand: candidate(
        start,
        end,
        'PERSON',
        conf,
        'name found by the learned sequence model (no rule vetoed it)',
      ),
      words: norm,
      lower,
    });
  }
  return out;
}
