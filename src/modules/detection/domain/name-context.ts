// Context words before a name, looked up as whole words (O(1) per token instead of a regex per token).
// "Kære Xhevdet", "Hr. Brøchner", "min kone Drita", "Samtale med ...", "Fra: ..." mark private persons;
// "Sagsbehandler: ...", "skrevet af ..." mark municipal staff.

const PRIVATE_WORDS = new Set(
  `hr fru frk kære kaere hej dear borger borgeren ansøger ansøgeren klager klageren part parten modtager modtageren
ejer ejeren lejer lejeren nabo naboen barn barnet søn sønnen datter datteren mor moren moderen far faren faderen
bror broren søster søsteren ægtefælle ægtefællen hustru hustruen samlever samleveren kæreste kæresten forælder
værge værgen pårørende navn afsender kone konen mand manden ægtemand svigermor svigerfar svigersøn svigerdatter
mormor morfar farmor farfar bedstemor bedstefar onkel tante fætter kusine nevø niece barnebarn stedsøn steddatter
stedfar stedmor plejebarn plejesøn plejedatter plejemor plejefar papfar papmor veninde ven vennen kollega børnene
drengen pigen patient patienten elev eleven klient klienten bruger brugeren beboer beboeren afdøde mindreårige
v/ c/o partsrepræsentant bisidder advokat familien familie fornavn fornavne efternavn mellemnavn`
    .split(/\s+/)
    .filter(Boolean),
);

/** Header words count only as "Fra:" / "To:" with a colon. */
const HEADER_WORDS = new Set(['fra', 'til', 'cc', 'bcc', 'from', 'to', 'sender', 'att', 'attn']);

const PRIVATE_PHRASES = new Set([
  'samtale med',
  'møde med',
  'henvendelse fra',
  'oplyst af',
  'sammen med',
  'talt med',
  'besøg hos',
  'jeg hedder',
  'han hedder',
  'hun hedder',
  'vi hedder',
]);

export const STAFF_ROLE_WORDS =
  `sagsbehandler socialrådgiver teamleder konsulent specialkonsulent fuldmægtig jurist byggesagsbehandler
afdelingsleder kontorchef direktør fagchef centerchef leder medarbejder referent sekretær borgerrådgiver visitator
sagsansvarlig myndighedsrådgiver familierådgiver jobkonsulent koordinator souschef borgmester rådmand planlægger
ingeniør tilsynsførende formand næstformand chefkonsulent administrativ`
    .split(/\s+/)
    .filter(Boolean);

const STAFF_WORDS = new Set(STAFF_ROLE_WORDS);
const STAFF_PHRASES = new Set([
  'godkendt af',
  'skrevet af',
  'udarbejdet af',
  'behandlet af',
  'attesteret af',
  'underskrevet af',
  'din kontaktperson',
  'kontaktperson er',
  'sagen behandles',
]);

const WORD_CHAR = /[\p{L}/]/u;

/** The word ending before `pos` (skipping blanks), its start, and whether a colon/period followed it. */
function wordBefore(text: string, pos: number): { word: string; start: number; punct: string } | null {
  let i = pos;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\u00a0')) i--;
  let punct = '';
  // A comma allows apposition: "en anden beboer, Taras Boiko," / "min nabo, Ib Holm,".
  if (i > 0 && (text[i - 1] === ':' || text[i - 1] === '.' || text[i - 1] === ',')) {
    punct = text[i - 1] as string;
    i--;
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
    if (i > 0 && text[i - 1] === '.' && punct === ':') i--; // "Hr.:" is rare; "Fra.:" never
  }
  const end = i;
  while (i > 0 && end - i < 40 && WORD_CHAR.test(text[i - 1] as string)) i--;
  if (i === end) return null;
  return { word: text.slice(i, end).toLowerCase(), start: i, punct };
}

export type TNameContext = 'private' | 'staff' | null;

/** A context word itself ("Datteren", "SAGSBEHANDLER") is never the first word of a name. */
export function isContextWord(word: string): boolean {
  const w = word.toLowerCase();
  return PRIVATE_WORDS.has(w) || STAFF_WORDS.has(w);
}

export function nameContextBefore(text: string, pos: number): TNameContext {
  const w1 = wordBefore(text, pos);
  if (!w1) return null;
  if (STAFF_WORDS.has(w1.word)) return 'staff';
  if (HEADER_WORDS.has(w1.word)) return w1.punct === ':' ? 'private' : null;
  if (PRIVATE_WORDS.has(w1.word)) return 'private';
  if (w1.punct) return null;
  const w2 = wordBefore(text, w1.start);
  if (!w2 || w2.punct) return null;
  const phrase = `${w2.word} ${w1.word}`;
  if (STAFF_PHRASES.has(phrase)) return 'staff';
  if (PRIVATE_PHRASES.has(phrase)) return 'private';
  return null;
}

/** An age right after a name marks a person ("Bo (4 år)", "Ali, 7 år"). */
export const AGE_AFTER_RE = /^[ \t]*(?:\(|,[ \t]*)\d{1,2}[ \t]*år(?![\p{L}])/iu;
/**
 * A family or private role right after a name marks a person: "Andrii Shevchuk (far, deltog telefonisk)",
 * "Dmytro (søn, 15 år)", a table row "| Ngoc Han Tran | bisidder (veninde) |".
 */
export const RELATION_AFTER_RE =
  /^[ \t]*(?:\([ \t]*|\|[ \t]*)(?:far|faderen|mor|moderen|søn|sønnen|datter|datteren|bror|broderen|søster|halvbror|halvsøster|farmor|farfar|mormor|morfar|onkel|moster|faster|tante|fætter|kusine|barn|barnet|plejebarn|plejemor|plejefar|stedfar|stedmor|ægtefælle|hustru|kone|samlever|kæreste|nabo|ven|veninde|bisidder|værge|pårørende|forælder|partsrepræsentant|ansøger|klager)(?=[ \t]*[,)(|])/iu;

/** Institutions named after places or people ("Nørrebro Park Skole", "Bakkeskolen", "Regionshospitalet"). */
export const INSTITUTION_RE =
  /(?:skole|skolen|hospital|hospitalet|sygehus|sygehuset|klinik|klinikken|center|centret|centeret|børnehave|børnehaven|vuggestue|vuggestuen|plejecenter|plejecentret|plejehjem|plejehjemmet|bosted|bostedet|institution|apotek|apoteket|lægehus|lægehuset|gymnasium|gymnasiet|efterskole|efterskolen|fritidshjem|klub|klubben|airport|lufthavn|lufthavnen|museum|museet|bibliotek|biblioteket|kollegium|kollegiet|stadion|instituttet|fonden|fond|hospice|hospicet|forening|foreningen|stiftelse|stiftelsen|kirke|kirken|menighed|sogn|selskab|selskabet|universitet|universitetet|akademi|akademiet)$/iu;
/** A greeting that ends the line before a signature. */
export const GREETING_RE =
  /(?:venlig hilsen|venligst|mvh|vh|hilsen|kh|de bedste hilsner|bedste hilsner|med venlig hilsen)[ \t]*,?[ \t]*$/iu;

/** Roles that exist only in a public authority: a name with one of them is municipal staff. */
const MUNICIPAL_ROLES = new Set(
  `sagsbehandler socialrådgiver byggesagsbehandler borgerrådgiver visitator sagsansvarlig myndighedsrådgiver
familierådgiver jobkonsulent borgmester rådmand tilsynsførende`
    .split(/\s+/)
    .filter(Boolean),
);
/** A role owned by someone else is no municipal role: "selskabets direktør", "foreningens næstformand". */
const OWNER_BEFORE_ROLE_RE =
  /(?:selskabets|firmaets|virksomhedens|foreningens|bestyrelsens|klubbens|fondens|bankens|butikkens|forretningens|koncernens|partiets|skolebestyrelsens|ejerforeningens|andelsforeningens|grundejerforeningens|hans|hendes|deres|sin|sit|sine|min|mit|mine)$/u;
/** Words that show a public authority is writing or is meant. */
export const AUTHORITY_RE =
  /(?:[Kk]ommune|KOMMUNE|[Ff]orvaltning|[Jj]obcenter|[Bb]orgerservice|[Rr]ådhus|[Mm]yndighed|[Bb]yråd|[Kk]ommunalbestyrelse|[Rr]egion\p{Ll}*|[Ss]tyrelse)/u;
const ROLE_AFTER_RE = new RegExp(`^[ \\t]*(?:[,(–-]|\\n)[ \\t]*(${STAFF_ROLE_WORDS.join('|')})`, 'iu');
/** "direktør i Byg & Bo ApS", "formand for Grundejerforeningen": the role belongs to that organisation. */
const ROLE_ELSEWHERE_RE = /^[ \t]+(?:i|hos|for|ved)[ \t]+([^.;\n]{1,80})/u;

/**
 * Whether the role word next to a name (before it, as nameContextBefore found, or right after it) makes the person
 * municipal staff: a role only an authority has, or any role in a document of an authority — but not a role owned
 * by a company or association ("selskabets direktør, Per Løkkegaard", "næstformand i foreningen").
 */
export function municipalRole(
  text: string,
  nameStart: number,
  nameEnd: number,
  authorityDoc: boolean,
): boolean {
  const judge = (role: string, roleStart: number, roleEnd: number): boolean => {
    const owner = wordBefore(text, roleStart);
    if (owner && !owner.punct && OWNER_BEFORE_ROLE_RE.test(owner.word)) return false;
    const elsewhere = ROLE_ELSEWHERE_RE.exec(text.slice(roleEnd, roleEnd + 90))?.[1];
    if (elsewhere !== undefined && /\p{L}/u.test(elsewhere)) return AUTHORITY_RE.test(elsewhere);
    return MUNICIPAL_ROLES.has(role) || authorityDoc;
  };
  const before = wordBefore(text, nameStart);
  if (before && STAFF_WORDS.has(before.word)) {
    return judge(before.word, before.start, before.start + before.word.length);
  }
  const after = ROLE_AFTER_RE.exec(text.slice(nameEnd, nameEnd + 60));
  if (after?.[1]) {
    const roleEnd = nameEnd + after[0].length;
    return judge(after[1].toLowerCase(), roleEnd - after[1].length, roleEnd);
  }
  // A phrase ("skrevet af", "din kontaktperson") counts only in an authority's document.
  return authorityDoc;
}
