// Person names. Three passes over the capitalised tokens of the text (linear):
//  1. runs of adjacent capitalised tokens on one line are split into names: a gazetteer first name (or a token
//     of a known party/staff member, or any token after a context word such as "Kære", "Hr.", "Fra:") followed by
//     middle names and a surname;
//  2. each name gets a role: staff (staff list, or role context "Sagsbehandler:", "skrevet af", a role title after
//     it), organisation (followed by "ApS", "& Søn" ...) or private;
//  3. propagation: every token of every private or staff name found marks its other mentions in the document
//     (first name alone, surname alone, possessive "Hansens"/"Jens'").
import { candidate, type TCandidate } from './candidate.js';
import { COMPANY_MARKERS_RE } from './gazetteer/stopwords.js';
import { STREET_WORDS } from './gazetteer/streets.js';
import {
  AGE_AFTER_RE,
  AUTHORITY_RE,
  GREETING_RE,
  INSTITUTION_RE,
  isContextWord,
  municipalRole,
  nameContextBefore,
  RELATION_AFTER_RE,
  STAFF_ROLE_WORDS,
} from './name-context.js';
import { findLowerCaseNames, lowerMentions, writtenInLowerCase } from './person-lower.js';
import { learnedNames } from './person-learned.js';
import { adjacent, previousLine, tokenize, type TToken } from './person-tokens.js';
import {
  addKnown,
  emptyKnown,
  isAmbiguousFirstName,
  isFirstName,
  isStopword,
  isListedSurname,
  isSurname,
  knownRole,
  nameTokens,
  normaliseToken,
  type TKnownPeople,
} from './name-lexicon.js';

/** Company marks in text written in capitals ("BYG & BO APS"). */
const COMPANY_MARKERS_CI = new RegExp(COMPANY_MARKERS_RE.source, 'iu');
const NOUN_ENDING_RE = /(?:et|ene|erne|ning|ningen|else|elsen|hed|heden|tion|tionen|ium|iet|skab|skabet)$/u;
/** The next lines of a letter's address block: a street with a number, then (or on it) a postcode and town. */
const ADDRESS_BLOCK_BELOW_RE =
  /^[ \t]*\r?\n[ \t]*[\p{L}][^\n\d]{1,60}[ \u00a0]\d{1,4}[^\n]*(?:[ \t]\d{4}[ \u00a0]+\p{Lu}|\r?\n[ \t]*(?:DK-?)?\d{4}[ \u00a0]+\p{Lu})/u;
const ORG_LINE_RE =
  /(?:\bApS\b|\b[AIKP]\/S\b|\bIVS\b|\bAMBA\b|Kommune|KOMMUNE|Region|Styrelse|Forening|Fonden|Klinik|klinik|Skole|skole|Center|center|Hospital|hospital)/u;
/** "Hansen, Jens" in headers and lists: surname, comma, first name. */
const SURNAME_FIRST_GAP_RE = /^,[ \t]/u;
const STREET_WORD_SET = new Set(STREET_WORDS.map((w) => w.toLowerCase()));
const STAFF_AFTER_RE = new RegExp(`^[ \\t]*(?:[,(–-]|\\n)[ \\t]*(?:${STAFF_ROLE_WORDS.join('|')})`, 'iu');

export interface TPersonOptions {
  parties?: readonly string[];
  staff?: readonly string[];
}

/** Possessive or plain base form present in the known tokens. */
function lookupBase(tokens: TKnownPeople['tokens'], word: string): Set<'private' | 'staff'> | undefined {
  return tokens.get(word) ?? (word.endsWith('s') ? tokens.get(word.slice(0, -1)) : undefined);
}

/** Whether the name may end after token `j`: punctuation or the end of the line follows it. */
function endsName(text: string, tokens: readonly TToken[], j: number): boolean {
  const t = tokens[j] as TToken;
  return /^(?:[ \t]*[,.;:)(]|[ \t]*\r?\n|[ \t]*$)/u.test(text.slice(t.end, t.end + 3));
}

/** The line at `start` holds only a name (2-4 words) and the next lines are a street and a postcode + town. */
function addressBlockName(text: string, start: number): boolean {
  const window = text.slice(start, start + 80);
  const nl = window.indexOf('\n');
  if (nl < 0) return false;
  const lineRest = window.slice(0, nl);
  return (
    /^[\p{L}'’.-]+(?:[ \t]{1,2}[\p{L}'’.-]+){1,3}[ \t]*$/u.test(lineRest) &&
    !ORG_LINE_RE.test(lineRest) &&
    ADDRESS_BLOCK_BELOW_RE.test(text.slice(start + nl, start + nl + 160))
  );
}

/** End token index of the first names after "Surname, " (i + 1 when there are none). */
function surnameFirst(text: string, tokens: readonly TToken[], i: number): number {
  const sur = tokens[i] as TToken;
  const next = tokens[i + 1];
  if (!next || next.start !== sur.end + 2 || !SURNAME_FIRST_GAP_RE.test(text.slice(sur.end, next.start)))
    return i + 1;
  let k = i + 1;
  while (k < tokens.length && k - i <= 3) {
    const t = tokens[k] as TToken;
    if (!isFirstName(t.word) || (k > i + 1 && !adjacent(text, tokens[k - 1] as TToken, t))) break;
    k++;
  }
  // A lone ambiguous first name ("Hansen, Per") is only taken when nothing else follows on the line.
  if (k === i + 2 && isAmbiguousFirstName((tokens[i + 1] as TToken).word)) {
    const after = text.slice((tokens[i + 1] as TToken).end, (tokens[i + 1] as TToken).end + 2);
    if (!/^[ \t]*(?:\r?\n|$)/u.test(after)) return i + 1;
  }
  return k;
}

export function findPersons(text: string, options: TPersonOptions = {}): TCandidate[] {
  const known = emptyKnown();
  for (const p of options.parties ?? []) addKnown(known, nameTokens(p), 'private');
  for (const s of options.staff ?? []) addKnown(known, nameTokens(s), 'staff');

  const staffPrefixes = new Set<string>();
  for (const st of options.staff ?? []) {
    const parts = nameTokens(st).map(normaliseToken);
    for (let n = 2; n < parts.length; n++) staffPrefixes.add(parts.slice(0, n).join(' '));
  }
  const tokens = tokenize(text);
  const covered = new Uint8Array(tokens.length);
  const out: TCandidate[] = [];
  const found = emptyKnown();

  let authorityDoc: boolean | undefined;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as TToken;
    const w = first.word;
    const initial = w.length === 1 && text[first.end] === '.';
    if (isStopword(w) || (w.length < 2 && !initial) || INSTITUTION_RE.test(w) || isContextWord(w)) {
      i++;
      continue;
    }
    const context = nameContextBefore(text, first.start);
    const privateCtx = context === 'private';
    const staffCtx = context === 'staff';
    const knownTok = lookupBase(known.tokens, w) ?? lookupBase(found.tokens, w);
    // A line that follows a greeting ("Med venlig hilsen") and starts with this token is a signature.
    let b = first.start;
    while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
    const atLineStart = b === 0 || text[b - 1] === '\n';
    const prevLine = atLineStart ? previousLine(text, first.start) : null;
    const signature = prevLine !== null && GREETING_RE.test(prevLine);
    // The first line of a letter's address block: only a name, then street + number and postcode + town.
    // Only looked at for a token at the start of a line; the line is read at most 80 characters ahead.
    const addressBlock = atLineStart && addressBlockName(text, first.start);
    let aged = AGE_AFTER_RE.test(text.slice(first.end, first.end + 12));
    let relationEnd = -1;
    // The relation may follow the whole name (up to three more words); a derived noun is no name ("Mødet (mor)").
    for (let k = i; !aged && k < i + 4 && k < tokens.length; k++) {
      const tk = tokens[k] as TToken;
      if (k > i && !adjacent(text, tokens[k - 1] as TToken, tk)) break;
      if (RELATION_AFTER_RE.test(text.slice(tk.end, tk.end + 30))) {
        aged = isFirstName(w) || !NOUN_ENDING_RE.test(w.toLowerCase());
        if (aged) relationEnd = k;
      }
    }
    const nextTok =
      i + 1 < tokens.length && adjacent(text, first, tokens[i + 1] as TToken)
        ? (tokens[i + 1] as TToken)
        : null;
    // An unknown capitalised word right before a gazetteer surname ("Laura Krogh") is taken as a first name.
    const beforeSurname =
      nextTok !== null &&
      w.length >= 3 &&
      w !== w.toUpperCase() &&
      // "Projektet Grøn", "Ordningen Holm": a definite or derived noun is not an unknown first name.
      !NOUN_ENDING_RE.test(w) &&
      isListedSurname(nextTok.word) &&
      !isStopword(nextTok.word);
    const nextKnown =
      i + 1 < tokens.length &&
      adjacent(text, first, tokens[i + 1] as TToken) &&
      lookupBase(found.tokens, (tokens[i + 1] as TToken).word)?.has('private') === true &&
      // "Drita Berisha" after "Xhevdet Berisha" — but not "Kan Bo" after "Bo Lindholm".
      !isFirstName((tokens[i + 1] as TToken).word);
    const starts =
      !isStopword(w) &&
      (isFirstName(w) ||
        knownTok !== undefined ||
        privateCtx ||
        staffCtx ||
        signature ||
        addressBlock ||
        aged ||
        nextKnown ||
        beforeSurname ||
        (initial && nextTok !== null && isListedSurname(nextTok.word)));
    if (isListedSurname(w) && !isFirstName(w) && !knownTok?.has('staff')) {
      const k = surnameFirst(text, tokens, i);
      if (k > i + 1) {
        const words = [...tokens.slice(i + 1, k).map((t) => t.word), w];
        const role = knownRole(known, words) ?? 'private';
        const last = tokens[k - 1] as TToken;
        out.push(
          candidate(first.start, last.end, 'PERSON', 0.85, 'name written "Surname, First name"', role),
        );
        for (let n = i; n < k; n++) covered[n] = 1;
        addKnown(found, words, role);
        i = k;
        continue;
      }
    }
    if (!starts) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && j - i < 5) {
      const t = tokens[j] as TToken;
      if (!adjacent(text, tokens[j - 1] as TToken, t) || isStopword(t.word) || INSTITUTION_RE.test(t.word))
        break;
      // In capitals every word looks like a name ("MARIA HAR OPLYST"): go on only with name words.
      const raw = text.slice(t.start, t.end);
      if (/^(?:APS|A\/S|I\/S|K\/S|P\/S|IVS|AMBA)$/u.test(raw)) break;
      // "Grundfos A/S": the letter of a company form ends the name ("A" is a token of its own before "/S").
      if (/^[AIKP]\/S(?![\p{L}])/u.test(text.slice(t.start, t.start + 4))) break;
      if (
        raw.length > 1 &&
        raw === raw.toUpperCase() &&
        !isFirstName(t.word) &&
        !isListedSurname(t.word) &&
        !lookupBase(known.tokens, t.word) &&
        !lookupBase(found.tokens, t.word) &&
        // An unlisted surname ("BONDARENKO,") may end the name when punctuation or the line end follows — not
        // after a staff member's first name ("KARINA LOVEDE, AT …" is Karina from the staff list).
        !(endsName(text, tokens, j) && !lookupBase(known.tokens, w)?.has('staff'))
      )
        break;
      j++;
    }
    // The words up to the relation are the name, even one that is also a pronoun ("Ngoc Han Tran (veninde)").
    if (relationEnd >= j) j = relationEnd + 1;
    // A line after a greeting that goes on in lower case ("Teknik og Miljø") is a department, not a name.
    const onlySignature =
      signature && !isFirstName(w) && !knownTok && !privateCtx && !staffCtx && !nextKnown && !beforeSurname;
    if (onlySignature) {
      const lineEnd = text.indexOf('\n', (tokens[j - 1] as TToken).end);
      const rest = text.slice((tokens[j - 1] as TToken).end, lineEnd < 0 ? text.length : lineEnd);
      if (/\p{L}/u.test(rest)) {
        i = j;
        continue;
      }
    }
    // "Klasselærer Tina Holmgaard": a known name inside the run starts the name; the words before it do not.
    if (j - i >= 3) {
      const inner = tokens.slice(i, j).map((t) => t.word);
      let skip = 0;
      for (let s = 1; s <= inner.length - 2 && !skip; s++) if (knownRole(known, inner.slice(s))) skip = s;
      if (skip) {
        i += skip;
        continue;
      }
    }
    const run = tokens.slice(i, j);
    // "Christian IV's Vej 8", "Karen Blixens Plads 25": a person's name inside a street name is an address.
    // The street word may also be the token right after the run ("H.C. ANDERSENS VEJ 63" in capitals).
    const streetTok = tokens[j];
    const withStreet =
      streetTok !== undefined &&
      adjacent(text, tokens[j - 1] as TToken, streetTok) &&
      STREET_WORD_SET.has(streetTok.word.toLowerCase())
        ? j + 1
        : j;
    const lastEnd = (tokens[withStreet - 1] as TToken).end;
    if (
      tokens.slice(i, withStreet).some((t) => STREET_WORD_SET.has(t.word.toLowerCase())) &&
      /^[ \u00a0]{1,3}\d/u.test(text.slice(lastEnd, lastEnd + 4))
    ) {
      for (let k = i; k < withStreet; k++) covered[k] = 1;
      i = withStreet;
      continue;
    }
    const words = run.map((t) => t.word);
    const last = run[run.length - 1] as TToken;
    const start = first.start;
    const end = last.end;
    // "Claus Erik" (or "Claus Eriks") for staff "Claus Erik Bertelsen": the double first name used alone.
    const joined = words.join(' ');
    const allStaff =
      run.length >= 2 &&
      (staffPrefixes.has(joined) || (joined.endsWith('s') && staffPrefixes.has(joined.slice(0, -1))));
    const role0 = knownRole(known, words) ?? (allStaff ? 'staff' : undefined);
    const ctx = privateCtx || staffCtx || signature || addressBlock || aged;
    let conf = 0;
    let why = '';
    if (role0) {
      conf = 0.97;
      why = `${role0 === 'staff' ? 'staff member' : 'party'} from the case record`;
    } else if (run.length >= 2) {
      const lastWord = last.word;
      if (isFirstName(w) && !isAmbiguousFirstName(w)) conf = isSurname(lastWord) ? 0.9 : 0.75;
      else if (isFirstName(w)) conf = isSurname(lastWord) ? 0.75 : 0.5;
      else conf = isSurname(lastWord) || nextKnown ? 0.7 : 0.6;
      if (ctx) conf += 0.15;
      why = `name: ${isFirstName(w) ? 'known first name' : 'capitalised name'}${isSurname(lastWord) ? ' + surname' : ''}${ctx ? ', context word before it' : ''}`;
    } else if (knownTok) {
      i = j;
      continue; // single known token: left to the propagation pass
    } else if (ctx) {
      // In capitals a lone unknown word after a context word is a name only before punctuation or the line end
      // ("KÆRE XHEVDET", not "BORGER OPLYSTE NY ADRESSE").
      const rawFirst = text.slice(first.start, first.end);
      if (
        rawFirst.length > 1 &&
        rawFirst === rawFirst.toUpperCase() &&
        !isFirstName(w) &&
        !isSurname(w) &&
        !endsName(text, tokens, i)
      ) {
        i = j;
        continue;
      }
      conf = isFirstName(w) || isSurname(w) ? 0.8 : 0.65;
      why = signature ? 'name in a signature after a greeting' : 'name after a context word';
    } else if (isFirstName(w) && !isAmbiguousFirstName(w)) {
      conf = 0.55;
      why = 'known first name standing alone';
    } else {
      i = j;
      continue;
    }
    let role: TCandidate['role'] = role0 ?? 'private';
    const after = text.slice(end, end + 40);
    const nextAfterRun = tokens[j];
    const institution =
      nextAfterRun !== undefined &&
      adjacent(text, last, nextAfterRun) &&
      INSTITUTION_RE.test(nextAfterRun.word);
    const companyAfter =
      COMPANY_MARKERS_RE.test(after) || (after === after.toUpperCase() && COMPANY_MARKERS_CI.test(after));
    if (!role0 && (companyAfter || institution)) {
      role = 'organisation';
      why += institution ? '; part of the name of an institution' : '; part of a company name';
    } else if (
      !role0 &&
      (staffCtx || STAFF_AFTER_RE.test(after)) &&
      municipalRole(text, start, end, (authorityDoc ??= AUTHORITY_RE.test(text)))
    ) {
      role = 'staff';
      why += '; municipal role next to it';
    } else if (!role0 && signature) {
      conf = Math.max(conf, 0.85);
      why += '; signature after a greeting';
    }
    out.push(candidate(start, end, 'PERSON', conf, why, role));
    for (let k = i; k < j; k++) covered[k] = 1;
    if (conf >= 0.5 && (role === 'private' || role === 'staff')) addKnown(found, words, role);
    i = j;
  }

  // Propagation: other mentions of every name found, including possessives.
  for (let k = 0; k < tokens.length; k++) {
    if (covered[k]) continue;
    const t = tokens[k] as TToken;
    const all = new Set<'private' | 'staff'>([
      ...(lookupBase(known.tokens, t.word) ?? []),
      ...(lookupBase(found.tokens, t.word) ?? []),
    ]);
    if (all.size === 0) continue;
    const role = all.has('private') ? 'private' : 'staff';
    const why = `other mention of a ${role === 'private' ? 'private person' : 'staff member'} named in the document or case`;
    out.push(candidate(t.start, t.end, 'PERSON', 0.85, why, role));
  }
  out.push(...findLowerCaseNames(text, options.parties ?? [], options.staff ?? []));

  // The learned model adds names the rules did not find (unless a rule vetoes them, see person-learned.ts), and
  // their other mentions anywhere in the document — "Hansen oplyste …" after "Peter Hansen".
  // 1 = a private name the rules found (the model may widen it: "peter" → "peter hansen"); 2 = staff or an
  // organisation (the rules' veto).
  const taken = new Uint8Array(text.length);
  for (const c of out) taken.fill(c.role === 'private' ? 1 : 2, c.start, c.end);
  const staffTokens = new Set<string>();
  for (const [tok, roles] of known.tokens)
    if (roles.has('staff') && !roles.has('private')) staffTokens.add(tok);
  for (const [tok, roles] of found.tokens)
    if (roles.has('staff') && !roles.has('private')) staffTokens.add(tok);
  const learned = emptyKnown();
  const lowerParts: string[] = [];
  for (const l of learnedNames(text, taken, staffTokens, writtenInLowerCase(text))) {
    out.push(l.cand);
    taken.fill(1, l.cand.start, l.cand.end);
    if (l.lower) lowerParts.push(...l.words.map((w) => w.toLowerCase()));
    else addKnown(learned, l.words, 'private');
  }
  if (learned.tokens.size > 0) {
    for (const t of tokens) {
      if (taken[t.start] || !lookupBase(learned.tokens, t.word)) continue;
      // A learned name's part that is also a staff member's name stays the staff member's.
      if (lookupBase(known.tokens, t.word)?.has('staff')) continue;
      out.push(
        candidate(t.start, t.end, 'PERSON', 0.75, 'other mention of a name found by the learned model'),
      );
      taken.fill(1, t.start, t.end);
    }
  }
  for (const c of lowerMentions(text, new Set(lowerParts), new Set(staffTokens)))
    if (!taken[c.start]) out.push(c);
  return out.map((c) => withInitials(text, c));
}

/** Initials before a name ("H. C. Andersen", "P. E. Pedersen", "h. c. andersen") belong to it. */
const INITIALS_BEFORE_RE = /(?:^|[^\p{L}\d.])((?:\p{L}\.[ \t]?){1,3})$/u;

function withInitials(text: string, c: TCandidate): TCandidate {
  if (c.label !== 'PERSON' || c.start === 0) return c;
  const m = INITIALS_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 12), c.start));
  const initials = m?.[1];
  if (!initials) return c;
  // Capital initials before a capitalised name; lower-case ones only before a lower-case name.
  const upperName = /^\p{Lu}/u.test(text.slice(c.start, c.start + 1));
  if (upperName !== (initials === initials.toUpperCase())) return c;
  return { ...c, start: c.start - initials.length };
}
