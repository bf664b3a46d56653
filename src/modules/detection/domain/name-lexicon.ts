// Lookup helpers over the name gazetteers plus the case's own parties and staff.
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from './gazetteer/first-names.js';
import { NOT_NAME_WORDS } from './gazetteer/stopwords.js';
import { SURNAME_ENDINGS, SURNAMES } from './gazetteer/surnames.js';

const FIRST = new Set(FIRST_NAMES);
const AMBIGUOUS = new Set(AMBIGUOUS_FIRST_NAMES);
const LAST = new Set(SURNAMES);
const ENDINGS = [...SURNAME_ENDINGS].sort((a, b) => b.length - a.length);

/** "JENS" → "Jens"; hyphen parts too ("ANNE-MARIE" → "Anne-Marie"). */
export function normaliseToken(token: string): string {
  if (token.length > 1 && token === token.toUpperCase()) {
    return token
      .toLowerCase()
      .replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  }
  return token;
}

function parts(token: string): string[] {
  return token.includes('-') ? token.split('-').filter(Boolean) : [token];
}

export function isStopword(token: string): boolean {
  return NOT_NAME_WORDS.has(token);
}

/** Gazetteer first name (each part of a hyphenated name must be one). */
export function isFirstName(token: string): boolean {
  return parts(token).every((p) => FIRST.has(p));
}

export function isAmbiguousFirstName(token: string): boolean {
  return AMBIGUOUS.has(token);
}

export function hasSurnameEnding(token: string): boolean {
  const lower = token.toLowerCase();
  for (const e of ENDINGS) if (lower.length >= e.length + 2 && lower.endsWith(e)) return true;
  return false;
}

/** A surname from the gazetteer list or with a -sen/-søn ending (stricter than isSurname). */
export function isListedSurname(token: string): boolean {
  // "-sen" but not the nouns "afgørelsen", "tilladelsen", "henvendelsen" (a capitalised heading or capitals).
  return parts(token).every(
    (p) => LAST.has(p) || (/(?:sen|søn)$/u.test(p) && !/(?:delsen|relsen)$/u.test(p)),
  );
}

/** Gazetteer surname, a typical surname ending, or a hyphenated combination of those. */
export function isSurname(token: string): boolean {
  return parts(token).every((p) => LAST.has(p) || hasSurnameEnding(p) || FIRST.has(p));
}

/** Splits a person's name from the case record into tokens; accepts "Hansen, Jens" as well. */
export function nameTokens(name: string): string[] {
  let n = name.trim();
  const comma = n.indexOf(',');
  if (comma > 0) n = `${n.slice(comma + 1).trim()} ${n.slice(0, comma).trim()}`;
  return n
    .split(/\s+/)
    .map((t) => t.replace(/[.,;:]+$/u, ''))
    .filter((t) => t.length > 0);
}

export interface TKnownPeople {
  /** Normalised full names → role. */
  full: Map<string, 'private' | 'staff'>;
  /** Single tokens (first names, surnames) → roles that use them. */
  tokens: Map<string, Set<'private' | 'staff'>>;
  /** First + last token keys ("Jens|Hansen") → role, so "Jens Peter Hansen" matches "Jens Hansen". */
  firstLast: Map<string, 'private' | 'staff'>;
}

export function emptyKnown(): TKnownPeople {
  return { full: new Map(), tokens: new Map(), firstLast: new Map() };
}

export function addKnown(known: TKnownPeople, tokens: string[], role: 'private' | 'staff'): void {
  if (tokens.length === 0) return;
  const norm = tokens.map(normaliseToken);
  const fullKey = norm.join(' ');
  if (known.full.get(fullKey) !== 'private') known.full.set(fullKey, role);
  const first = norm[0] ?? '';
  const last = norm[norm.length - 1] ?? '';
  if (norm.length >= 2) {
    const key = `${first}|${last}`;
    if (known.firstLast.get(key) !== 'private') known.firstLast.set(key, role);
  }
  const add = (t: string) => {
    if (t.length < 2 || isStopword(t)) return;
    let set = known.tokens.get(t);
    if (!set) known.tokens.set(t, (set = new Set()));
    set.add(role);
  };
  add(first);
  if (norm.length >= 2) add(last);
  // Hyphenated first names are also used by their first part ("Anne-Marie" → "Anne" is not assumed).
}

/** Role of a multi-token name by the case record, if known. */
export function knownRole(known: TKnownPeople, tokens: string[]): 'private' | 'staff' | null {
  const norm = tokens.map(normaliseToken);
  const full = known.full.get(norm.join(' '));
  if (full) return full;
  if (norm.length >= 2) {
    const fl = known.firstLast.get(`${norm[0]}|${norm[norm.length - 1]}`);
    if (fl) return fl;
  }
  // Possessive with a glued "s" ("Signe Overgaards afgørelse") is the same person.
  const lastTok = norm[norm.length - 1] ?? '';
  if (lastTok.length > 2 && lastTok.endsWith('s') && !lastTok.endsWith('ss'))
    return knownRole(known, [...norm.slice(0, -1), lastTok.slice(0, -1)]);
  return null;
}
