// Phone numbers (and addresses) belong to whoever the surrounding text says: a phone on the same line as a municipal e-mail, in
// the signature block of a staff member, or after "omstilling"/"hovednummer" is the municipality's switchboard;
// a phone on a line with a CVR number or a company form (ApS, A/S) is the company's. Everything else is private.
import type { TCandidate } from './candidate.js';
import { lineAt } from './context.js';

const SWITCHBOARD_RE =
  /(?:omstilling|hovednummer|vagttelefon|vagttelefonen|døgntelefon|døgnvagt|vagtnummer|akuttelefon|hovednr|borgerservice|rådhus|kommunen|kommune|direkte nummer til kommunen)\b[^\n]{0,25}$/iu;
/** The authority inviting questions ("hvis du har spørgsmål: telefon …", "kontakt os på …"). */
const QUESTIONS_RE =
  /(?:har\s+(?:du\s+|I\s+|De\s+)?spørgsmål|kontakt\s+os|ring\s+til\s+os|ringe\s+til\s+os)[^.]{0,30}$/iu;
const COMPANY_PHONE_RE =
  /(?:firmaet|virksomheden|butikken|forretningen|selskabet|leverandøren|entreprenøren|banken|forsikringsselskabet)\b[^\n]{0,25}$/iu;
const SWITCHBOARD_AFTER_RE =
  /^[ \t]*[(,–-]?[ \t]*(?:hovednummer|hovednr|omstilling|omstillingen|hovedtelefon)/iu;
const ORGANISATION_LINE_RE =
  /(?:Kommune\b|Rådhus|Forvaltning|\p{Ll}forvaltning|Jobcenter|Borgerservice|Region\b|Styrelse|Sygehus|Hospital|Skole\b|Klinik|Plejecenter|Plejehjem|Lægehus|Apotek|Advokat|\bCVR\b|\bApS\b|\bA\/S\b|\bI\/S\b|\bIVS\b)/u;
const COMPANY_LINE_RE = /(?:\bCVR\b|\bApS\b|\bA\/S\b|\bI\/S\b|\bIVS\b|\bP\/S\b|\bK\/S\b)/u;

const SUBJECT_LINE_RE = /^(?:Emne|Subject|Vedr\.?|Vedrørende|Angående|Titel)[ \t]*:/iu;

function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Whether the e-mail's local part spells a staff member's name ("mette.lund@", "lund.mette@"). */
function staffLocalPart(local: string, staff: readonly string[]): boolean {
  const l = fold(local);
  for (const name of staff) {
    const parts = name
      .split(/\s+/)
      .map(fold)
      .filter((p) => p.length >= 3);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (first && last && parts.length >= 2 && l.includes(first) && l.includes(last)) return true;
  }
  return false;
}

/** Up to three lines above the line at `pos`, stopping at a blank line (a letterhead or address block). */
function blockAbove(text: string, pos: number): string {
  let start = lineAt(text, pos).start;
  const parts: string[] = [];
  for (let n = 0; n < 3 && start > 0; n++) {
    const prev = lineAt(text, start - 1);
    const t = text.slice(prev.start, prev.end);
    if (!t.trim()) break;
    parts.push(t);
    start = prev.start;
  }
  return parts.join('\n');
}

const LETTERHEAD_RE =
  /(?:\bKommune\b|\bKOMMUNE\b|\bRegion\b|\bREGION\b|Rådhus|RÅDHUS|Forvaltning|Jobcenter|Borgerservice|\bApS\b|\b[AIKP]\/S\b|\bIVS\b)/u;

/** Case-insensitive copies, used only for text written in one case ("TEGLHOLMSGADE 3 · BYG APS"). */
const CAPS_COPIES = new Map<RegExp, RegExp>();
function marks(re: RegExp, s: string): boolean {
  if (re.test(s)) return true;
  // Text written entirely in capitals or entirely in lower case ("horsens kommune, rådhustorvet 4").
  if (s !== s.toUpperCase() && s !== s.toLowerCase()) return false;
  let ci = CAPS_COPIES.get(re);
  if (!ci) CAPS_COPIES.set(re, (ci = new RegExp(re.source, 'iu')));
  return ci.test(s);
}

/** Private persons (confidence ≥ 0.5) sorted by start, for range look-ups by binary search. */
type TPersonIndex = readonly TCandidate[];

function indexPersons(cands: readonly TCandidate[]): TPersonIndex {
  return cands
    .filter((p) => p.label === 'PERSON' && p.role === 'private' && p.confidence >= 0.5)
    .sort((a, b) => a.start - b.start);
}

/** Persons of the index that lie inside [lo, hi). */
function* personsIn(index: TPersonIndex, lo: number, hi: number): Generator<TCandidate> {
  let a = 0;
  let b = index.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((index[mid] as TCandidate).start < lo) a = mid + 1;
    else b = mid;
  }
  for (let k = a; k < index.length && (index[k] as TCandidate).start < hi; k++) {
    const p = index[k] as TCandidate;
    if (p.end <= hi) yield p;
  }
}

/** A private person named on the same line before `pos` and in the same sentence ("talt med Birthe, mobil …"). */
function privatePersonBefore(text: string, index: TPersonIndex, lineStart: number, pos: number): boolean {
  for (const p of personsIn(index, lineStart, pos)) {
    // "SMS sendt til Birthe. Vagttelefon …" is not Birthe's number.
    const gap = text.slice(p.end, pos);
    // A company or authority named in between owns it ("advokat Jonas Friis, Friis Advokater ApS, Vestergade 2").
    if (!/[.!?;][ \t]+\p{Lu}/u.test(gap) && !marks(ORGANISATION_LINE_RE, gap)) return true;
  }
  return false;
}

/**
 * The sentence of the line that holds [start, end): "Kontakt: +45 22334455. CVR-nr. 12345678 (mit firma ApS)."
 * puts the CVR number in another sentence than the phone; letterhead lines separated by "·" or "|" stay whole.
 */
function sentenceAround(
  text: string,
  lineStart: number,
  lineEnd: number,
  start: number,
  end: number,
): string {
  const before = text.slice(lineStart, start);
  let s = 0;
  for (const m of before.matchAll(/[.!?][ \t]+(?=\p{Lu})/gu)) s = m.index + m[0].length;
  const after = text.slice(end, lineEnd);
  const e = after.search(/[.!?][ \t]+\p{Lu}/u);
  return before.slice(s) + text.slice(start, end) + (e < 0 ? after : after.slice(0, e + 1));
}

/** A meeting place is the authority's venue, not a private address ("mødelokale 'Ahorn', Boulevarden 13"). */
const VENUE_RE =
  /(?:mødelokale|mødelokalet|mødested|mødestedet|lokale|(?:afholdt|afholdes) (?:på|i)|sted:)/iu;

/**
 * A private person owns the address or phone at `c`: named before it on the same line ("Forældre: Rania
 * Khalil, Æblehaven 22", "talt med datteren Birthe Laursen, mobil …"), or alone on the line above it (the
 * name line of a letter's address block). This outranks a staff mention or letterhead further up.
 */
function privateOwner(text: string, index: TPersonIndex, c: TCandidate): boolean {
  const line = lineAt(text, c.start);
  if (privatePersonBefore(text, index, line.start, c.start)) return true;
  if (line.start === 0 || text.slice(line.start, c.start).trim()) return false;
  const prev = lineAt(text, line.start - 1);
  const prevText = text.slice(prev.start, prev.end).trim();
  if (!prevText) return false;
  for (const p of personsIn(index, prev.start, prev.end + 1)) {
    if (text.slice(p.start, p.end).trim().length >= prevText.length - 1) return true;
  }
  return false;
}

/**
 * Running text rather than a signature or table line: five or more lower-case words, or, in a line written in
 * capitals, nine or more words.
 */
function isProse(line: string): boolean {
  if (/\p{Ll}/u.test(line))
    return (line.match(/(?<![\p{L}\d@.])\p{Ll}{2,}(?![\p{L}\d@])/gu)?.length ?? 0) >= 5;
  return (line.match(/(?<![\p{L}\d@.])\p{Lu}{2,}(?![\p{L}\d@])/gu)?.length ?? 0) >= 9;
}

/** Words that give a number to the person named before it ("direkte nummer", "tlf.", "træffes på"). */
const ATTRIBUTION_RE = /(?:direkte|nummer|tlf|telefon|mobil|træffes|kontaktes|nås)/iu;
/** Another person's number ("på hans mobil", "borgerens telefon"). */
const OTHER_OWNER_RE =
  /(?:hans|hendes|deres|sin|sit|borgerens|moderens|faderens|morens|farens|datterens|sønnens|klientens)[ \t]+(?:[\p{L}.]+[ \t:]+){0,2}\(?$/iu;

/** In running text a staff member owns a number right after her name or given to her by an attribution word. */
function staffAttributed(text: string, staff: readonly TCandidate[] | undefined, c: TCandidate): boolean {
  if (!staff) return false;
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  // "på hans mobil" is another person's number; "hendes direkte nummer" is still a staff line.
  if (OTHER_OWNER_RE.test(before) && !/direkte/iu.test(before)) return false;
  return staff.some((p) => {
    if (p.end > c.start) return false;
    const gap = text.slice(p.end, c.start);
    if (gap.length > 100 || /[.!?][ \t]+\p{Lu}/u.test(gap)) return false;
    return /^[ \t,:(–-]*(?:på|på tlf\.?|tlf\.?)?[ \t:]*$/iu.test(gap) || ATTRIBUTION_RE.test(gap);
  });
}

export function assignContactRoles(text: string, cands: TCandidate[], staff: readonly string[] = []): void {
  const persons = indexPersons(cands);
  const staffLines = new Set<number>();
  const staffBlocks: Array<[number, number]> = [];
  const staffInProse = new Map<number, TCandidate[]>();
  for (const c of cands) {
    if (c.role !== 'staff') continue;
    const line = lineAt(text, c.start);
    // A staff name in running text ("Signe fra hjemmeplejen ringer tilbage på …") is no signature: only a number
    // attributed to her there is hers (see staffAttributed).
    if (c.label === 'PERSON' && isProse(text.slice(line.start, line.end))) {
      staffInProse.set(line.start, [...(staffInProse.get(line.start) ?? []), c]);
      continue;
    }
    staffLines.add(line.start);
    if (c.label === 'PERSON') {
      // The signature block: up to four following short lines (title, phone, e-mail), ending at a blank line
      // or at running text ("Telefonsamtale med … Ny mobil …" under a note's header is not a signature).
      let end = line.end;
      for (let n = 0; n < 4 && end < text.length; n++) {
        const next = lineAt(text, end + 1);
        const nextText = text.slice(next.start, next.end).trim();
        if (!nextText || /[.!?][ \t]+\p{Lu}/u.test(nextText) || nextText.split(/\s+/u).length > 14) break;
        // A mail header's subject line is about the case, not part of the sender's signature.
        if (SUBJECT_LINE_RE.test(nextText)) break;
        end = next.end;
      }
      staffBlocks.push([line.start, end]);
    }
  }
  for (const c of cands) {
    if (c.label !== 'EMAIL' || c.role !== 'private' || c.explanation.includes('free-mail')) continue;
    const local = text.slice(c.start, text.indexOf('@', c.start));
    if (staffBlocks.some(([s, e]) => c.start >= s && c.end <= e) || staffLocalPart(local, staff)) {
      c.role = 'staff';
      c.explanation += '; work e-mail of a staff member';
    }
  }
  for (const c of cands) {
    if (c.label !== 'ADDRESS' || c.role !== 'private') continue;
    const line = lineAt(text, c.start);
    const inStaffBlock = staffBlocks.some(([s, e]) => c.start >= s && c.end <= e);
    if (privateOwner(text, persons, c)) continue;
    if (VENUE_RE.test(text.slice(line.start, c.start))) {
      c.role = 'organisation';
      c.explanation += '; the meeting place';
      continue;
    }
    if (
      inStaffBlock ||
      marks(ORGANISATION_LINE_RE, text.slice(line.start, line.end)) ||
      marks(LETTERHEAD_RE, blockAbove(text, c.start))
    ) {
      c.role = 'organisation';
      c.explanation += '; the address of the municipality or a company';
    }
  }
  for (const c of cands) {
    if (c.label !== 'PHONE' || c.role !== 'private') continue;
    const line = lineAt(text, c.start);
    const owned = privatePersonBefore(text, persons, line.start, c.start);
    const onStaffLine =
      (staffLines.has(line.start) || staffAttributed(text, staffInProse.get(line.start), c)) && !owned;
    if (onStaffLine || (!owned && staffBlocks.some(([s, e]) => c.start >= s && c.end <= e))) {
      c.role = 'staff';
      c.explanation += '; in a staff signature or next to a municipal e-mail';
    } else if (owned) {
      // "Entreprenør: Bo Madsen, tlf. …" under a company line: the person named with the number owns it.
      c.explanation += '; next to the private person named before it';
    } else if (SWITCHBOARD_RE.test(text.slice(Math.max(line.start, c.start - 60), c.start))) {
      c.role = 'staff';
      c.explanation += '; the municipality\u2019s switchboard';
    } else if (
      marks(COMPANY_LINE_RE, sentenceAround(text, line.start, line.end, c.start, c.end)) ||
      marks(LETTERHEAD_RE, blockAbove(text, c.start)) ||
      QUESTIONS_RE.test(text.slice(Math.max(0, c.start - 60), c.start)) ||
      COMPANY_PHONE_RE.test(text.slice(Math.max(line.start, c.start - 60), c.start)) ||
      SWITCHBOARD_AFTER_RE.test(text.slice(c.end, c.end + 20))
    ) {
      c.role = 'organisation';
      c.explanation += '; a company or switchboard number';
    }
  }
  // The same number written differently elsewhere ("87 94 70 00" in the signature, "8794 7000" in the text)
  // belongs to the same owner.
  const owners = new Map<string, TCandidate['role']>();
  const digits = (c: TCandidate) => text.slice(c.start, c.end).replace(/\D/g, '').slice(-8);
  for (const c of cands)
    if (c.label === 'PHONE' && (c.role === 'staff' || c.role === 'organisation'))
      owners.set(digits(c), c.role);
  for (const c of cands) {
    if (c.label !== 'PHONE' || c.role !== 'private') continue;
    const owner = owners.get(digits(c));
    if (owner) {
      c.role = owner;
      c.explanation += '; the same number appears as a staff or company number in the document';
    }
  }
}
