// Blind test corpus for `rodtrad detect`, written by an author who has not read the detection engine, its
// tests or the held-out corpus. It is deliberately unlike the development corpus: other templates, names of
// many origins, sloppy and OCR'd text, and many readable look-alikes (staff, companies, CVR/EAN/P-numbers,
// invoice and order numbers shaped like CPR numbers, switchboards, institutions, streets named after people).
// Labelling follows ../shared/pii-dev: citizen cases redact PERSON/ADDRESS/CPR/PHONE/EMAIL/ACCOUNT/HEALTH
// (postcode + town is ADDRESS_AREA, optional); building cases keep names and the PROPERTY readable and redact
// CPR, private phones and e-mails, accounts and health. Readable look-alikes carry redact:false under
// ORG, NUMBER, ORG_ADDRESS, PERSON (staff), EMAIL/PHONE (work), PROPERTY. Items the policy leaves open (a
// company's own phone, a doctor's name, a neighbour's own address in a building case) are 'optional'.
// Usage: npx tsx test/corpus/generate-blind.ts [--out test/corpus/pii-blind.jsonl] [--seed 20261127]
/* eslint-disable @typescript-eslint/no-unused-expressions -- templates are written as d.w`…`: a tagged call that appends to the document */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Redact = boolean | 'optional';
interface Mark {
  s: string;
  l: string;
  r: Redact;
}
type Piece = string | number | Mark | Piece[];
interface Entity {
  start: number;
  end: number;
  label: string;
  redact: Redact;
}

const args = process.argv.slice(2);
const opt = (k: string, d: string): string => {
  const i = args.indexOf(k);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : d;
};
let seed = Number(opt('--seed', '20261127')) >>> 0;
// mulberry32: small, fast and fully deterministic for a given seed
const rnd = (): number => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (n: number): number => Math.floor(rnd() * n);
const pick = <T>(xs: readonly T[]): T => {
  if (xs.length === 0) throw new Error('pick from empty list');
  return xs[int(xs.length)] as T;
};
const chance = (p: number): boolean => rnd() < p;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const digits = (n: number): string => Array.from({ length: n }, () => String(int(10))).join('');

class Doc {
  text = '';
  entities: Entity[] = [];
  expected: string[] = []; // the entity strings as written, checked against the final offsets
  noise: ((s: string, inEntity: boolean) => string) | null = null;
  w(strs: TemplateStringsArray, ...vals: Piece[]): this {
    strs.forEach((s, i) => {
      this.add(s);
      if (i < vals.length) this.add(vals[i] as Piece);
    });
    return this;
  }
  add(p: Piece): void {
    if (Array.isArray(p)) for (const q of p) this.add(q);
    else if (typeof p === 'string' || typeof p === 'number')
      this.text += this.noise ? this.noise(String(p), false) : String(p);
    else {
      const s = this.noise ? this.noise(p.s, true) : p.s;
      const start = this.text.length;
      this.text += s;
      this.entities.push({ start, end: this.text.length, label: p.l, redact: p.r });
      this.expected.push(s);
    }
  }
}
const E =
  (l: string, r: Redact) =>
  (s: string): Mark => ({ s, l, r });
const P = E('PERSON', true);
const STF = E('PERSON', false); // municipal staff, and private persons in building cases
const ADR = E('ADDRESS', true);
const AREA = E('ADDRESS_AREA', 'optional');
const CPR = E('CPR', true);
const TEL = E('PHONE', true);
const WTEL = E('PHONE', false);
const MAIL = E('EMAIL', true);
const WMAIL = E('EMAIL', false);
const ACC = E('ACCOUNT', true);
const H = E('HEALTH', true);
const ORG = E('ORG', false);
const NUM = E('NUMBER', false);
const PROP = E('PROPERTY', false);
const OADR = E('ORG_ADDRESS', false);
const OPT = (l: string) => E(l, 'optional');

// ---------------------------------------------------------------------------------------------------------
// Names, places and numbers
// ---------------------------------------------------------------------------------------------------------
interface Origin {
  f: string[];
  m: string[];
  last: string[];
}
const ORIGINS: Origin[] = [
  {
    f: ['Sigrid', 'Gunhild', 'Ditte', 'Vibeke', 'Elna', 'Agnete', 'Lærke', 'Anne-Sofie', 'Bodil Marie'],
    m: ['Torben', 'Malthe', 'Bjarke', 'Asger', 'Preben', 'Eskild', 'Villads', 'Svend-Erik', 'Karl Emil'],
    last: ['Bødker', 'Kragh', 'Dyrberg', 'Skovbo', 'Lindhardt', 'Thygesen', 'Uhrenholt', 'Krogsgaard'],
  },
  {
    f: ['Ingvild', 'Sunniva', 'Linnea', 'Aino', 'Nivi', 'Ragnhild'],
    m: ['Eirik', 'Pekka', 'Heðin', 'Aputsiaq', 'Leif-Arne'],
    last: ['Haugland', 'Solberg', 'Åkesson', 'Järvinen', 'Joensen', 'Kleist', 'Lindqvist'],
  },
  {
    f: ['Zeynep', 'Ayşe', 'Elif', 'Sevgi', 'Dilan'],
    m: ['Emre', 'Mehmet', 'Cem', 'Burak', 'Serkan'],
    last: ['Aydın', 'Doğan', 'Öztürk', 'Arslan', 'Çelik', 'Karataş'],
  },
  {
    f: ['Rania', 'Nour', 'Layla', 'Amira', 'Huda', 'Samar'],
    m: ['Khaled', 'Yousef', 'Samir', 'Bilal', 'Tariq', 'Mahmoud'],
    last: ['Haddad', 'Al-Masri', 'Abu-Khalil', 'El-Sayed', 'Qasem', 'Mansour', 'Awad'],
  },
  {
    f: ['Fadumo', 'Hodan', 'Khadra', 'Deeqa', 'Ifrah'],
    m: ['Abdirahman', 'Mahad', 'Liban', 'Abdiqani'],
    last: ['Warsame', 'Farah Jama', 'Osman', 'Hirsi', 'Dualeh', 'Egal'],
  },
  {
    f: ['Katarzyna', 'Agnieszka', 'Małgorzata', 'Zofia'],
    m: ['Tomasz', 'Paweł', 'Grzegorz', 'Wojciech'],
    last: ['Wójcik', 'Kowalczyk', 'Nowak', 'Mazur', 'Krawczyk', 'Grabowski'],
  },
  {
    f: ['Oksana', 'Yuliia', 'Olena', 'Nataliia'],
    m: ['Dmytro', 'Taras', 'Andrii', 'Bohdan'],
    last: ['Kovalenko', 'Shevchuk', 'Bondarenko', 'Melnyk', 'Tkachenko', 'Kravchuk'],
  },
  {
    f: ['Thu Trang', 'Mai Anh', 'Ngoc Han', 'Lan'],
    m: ['Van Minh', 'Quang Huy', 'Duc Anh'],
    last: ['Tran', 'Pham', 'Hoang', 'Vu', 'Dang'],
  },
  {
    f: ['Tharshini', 'Vithusha', 'Kavitha', 'Mathumitha'],
    m: ['Kajan', 'Nirojan', 'Sutharsan', 'Thivakar'],
    last: ['Sivakumar', 'Ratnasingam', 'Thevarajah', 'Balachandran', 'Kandiah'],
  },
  {
    f: ['Amra', 'Parisa', 'Farida', 'Senait', 'Maricel', 'Rojin', 'Dörte'],
    m: ['Edin', 'Dariush', 'Yonas', 'Jomar', 'Ardian'],
    last: ['Hodžić', 'Rahimi', 'Sultani', 'Tesfaye', 'Dela Cruz', 'Bakir', 'Hinrichsen', 'Krasniqi'],
  },
];
interface Person {
  first: string;
  last: string;
  full: string;
  she: boolean;
}
const usedNames = new Set<string>();
function person(origin?: Origin, last?: string, gender?: 'f' | 'm'): Person {
  // Names are unique across the corpus; if a fixed origin or surname runs out, widen the choice.
  for (let tries = 0; ; tries++) {
    const o = tries < 200 ? (origin ?? pick(ORIGINS)) : pick(ORIGINS);
    const she = gender ? gender === 'f' : chance(0.55);
    const first = pick(she ? o.f : o.m);
    const l = tries < 100 && last ? last : pick(o.last);
    const full = `${first} ${l}`;
    if (usedNames.has(full)) continue;
    usedNames.add(full);
    return { first, last: l, full, she };
  }
}
const family = (ga?: 'f' | 'm', gb?: 'f' | 'm'): [Person, Person] => {
  const o = pick(ORIGINS);
  const a = person(o, undefined, ga);
  return [a, person(o, a.last, gb)];
};
const son = (p: Person): string => (p.she ? 'datter' : 'søn');
const STAFF_NAMES = [
  'Signe Overgaard',
  'Hamid Rezaei',
  'Birthe Kallesøe',
  'Anders Bach-Nielsen',
  'Yusuf Demir',
  'Pernille Saxtorph',
  'Nadia Lauridsen',
  'Tove Ravnsborg',
  'Kristoffer Hvidt',
  'Mia Østergaard Lund',
  'Rikard Bjerre',
  'Line Thorsager',
  'Ahmed Chaudhry',
  'Helle Vinther',
  'Jakob Strandgaard',
  'Susan Ibsen',
  'Mads Kiilerich',
  'Dorte Klitgaard',
  'Thuy Linh Ngo',
  'Karin Ottesen',
  'Søs Brixen',
  'Gorm Rask',
  'Bente Hoxer',
  'Nikolaj Fuglsang',
  'Lotte Aagaard',
  'Mariam Haidari',
  'Per Winther',
  'Ebbe Lyngsø',
];
interface Muni {
  name: string;
  dom: string;
  sw: string;
  addr: string;
  town: string;
}
const MUNIS: Muni[] = [
  {
    name: 'Herning Kommune',
    dom: 'herning.dk',
    sw: '96 28 28 28',
    addr: 'Torvet 5, 7400 Herning',
    town: 'Herning',
  },
  {
    name: 'Favrskov Kommune',
    dom: 'favrskov.dk',
    sw: '89 64 10 10',
    addr: 'Skovvej 20, 8382 Hinnerup',
    town: 'Hinnerup',
  },
  {
    name: 'Vordingborg Kommune',
    dom: 'vordingborg.dk',
    sw: '55 36 36 36',
    addr: 'Valdemarsgade 43, 4760 Vordingborg',
    town: 'Vordingborg',
  },
  {
    name: 'Aabenraa Kommune',
    dom: 'aabenraa.dk',
    sw: '73 76 76 76',
    addr: 'Skelbækvej 2, 6200 Aabenraa',
    town: 'Aabenraa',
  },
  {
    name: 'Frederikssund Kommune',
    dom: 'frederikssund.dk',
    sw: '47 35 10 00',
    addr: 'Torvet 2, 3600 Frederikssund',
    town: 'Frederikssund',
  },
];
interface Staff {
  full: string;
  first: string;
  mail: string;
  direct: string;
}
function staffOf(m: Muni, full: string): Staff {
  const [first = '', ...rest] = full.split(' ');
  const last = rest[rest.length - 1] ?? '';
  const mail = (
    full.length % 2 ? `${first.slice(0, 2)}${last.slice(0, 2)}` : `${first}.${last}`
  ).toLowerCase();
  return {
    full,
    first,
    mail: `${fold(mail)}@${m.dom}`,
    direct: `${m.sw.slice(0, 5)} ${pad(10 + int(89))} ${pad(10 + int(89))}`,
  };
}
const FOLD: Record<string, string> = {
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  ä: 'a',
  ö: 'o',
  ü: 'u',
  ı: 'i',
  ş: 's',
  ç: 'c',
  ğ: 'g',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ą: 'a',
  ę: 'e',
  ś: 's',
  ź: 'z',
  ż: 'z',
  ž: 'z',
  ć: 'c',
  č: 'c',
  ð: 'd',
  ' ': '',
};
function fold(s: string): string {
  return [...s.toLowerCase()].map((c) => FOLD[c] ?? c).join('');
}
function emailOf(p: Person): string {
  const f = fold(p.first.replace(/-/g, ''));
  const l = fold(p.last.replace(/-/g, ''));
  const dom = pick([
    'gmail.com',
    'hotmail.com',
    'outlook.dk',
    'live.dk',
    'mail.dk',
    'icloud.com',
    'stofanet.dk',
    'jubii.dk',
  ]);
  return pick([
    `${f}.${l}@${dom}`,
    `${f}${pad(int(99))}@${dom}`,
    `${f[0]}${l}${1950 + int(55)}@${dom}`,
    `${l}_${f}@${dom}`,
  ]);
}
const STREETS = [
  'Fasanvej',
  'Tåsingegade',
  'Skovbrynet',
  'Grønnegade',
  'Hvidkærvej',
  'Brogade',
  'Niels Bohrs Allé',
  'H.C. Ørsteds Vej',
  'Poul Due Jensens Vej',
  'Ewaldsgade',
  'Nørre Allé',
  'Lyngbakken',
  'Mosevænget',
  'Ll. Strandstræde',
  'Syrenhaven',
  'Grundtvigsvej',
  'Ingemanns Allé',
  'Kong Valdemars Vej',
  'Dronning Dagmars Gade',
];
const TOWNS = [
  '7400 Herning',
  '8450 Hammel',
  '4760 Vordingborg',
  '6200 Aabenraa',
  '3600 Frederikssund',
  '8382 Hinnerup',
  '4772 Langebæk',
  '6360 Tinglev',
  '3630 Jægerspris',
  '2400 København NV',
  '5230 Odense M',
];
const RURAL = [
  ['Bakkegårdsvej', 'Lind, 7400 Herning'],
  ['Grønbækvej', 'Grønbæk, 8881 Thorsø'],
  ['Kliplev Bygade', 'Kliplev, 6200 Aabenraa'],
  ['Østrupvej', 'Skibby, 4050 Skibby'],
] as const;
interface Addr {
  street: string;
  area: string;
}
const propAddr = (): string =>
  chance(0.2)
    ? `${pick(RURAL)[0]} ${1 + int(140)}, ${pick(RURAL)[1].replace(/^.*, /, '')}`
    : `${pick(STREETS)} ${1 + int(120)}${chance(0.2) ? 'A' : ''}, ${pick(TOWNS)}`;
function addr(): Addr {
  if (chance(0.2)) {
    const [s, area] = pick(RURAL);
    return { street: `${s} ${1 + int(140)}`, area };
  }
  const floor = pick([
    '',
    '',
    ', st. tv.',
    ', 1. sal',
    ', 2. th.',
    ', 3. mf.',
    ', kld.',
    ', 1. tv.',
    ' st.',
    ', lejl. 23',
  ]);
  const letter = chance(0.25) ? pick(['A', 'B', 'C', ' B']) : '';
  return { street: `${pick(STREETS)} ${1 + int(120)}${letter}${floor}`, area: pick(TOWNS) };
}
const addrP = (a: Addr, sep = ', '): Piece[] => [ADR(a.street), sep, AREA(a.area)];
const phoneDigits = (): string => `${pick(['2', '3', '4', '5', '6', '7', '9'])}${digits(7)}`;
function phone(d = phoneDigits()): string {
  const g = (s: string): string => s.replace(/(\d\d)(?=\d)/g, '$1 ');
  return pick([
    g(d),
    d,
    `${d.slice(0, 4)} ${d.slice(4)}`,
    `+45 ${g(d)}`,
    `+45${d}`,
    `0045 ${d}`,
    `(+45) ${d.slice(0, 4)} ${d.slice(4)}`,
    g(d).replace(/ /g, '-'),
  ]);
}
// A CPR number: valid date; `mod11` decides whether the old modulus-11 check passes (post-2007 numbers need not).
function cprDigits(mod11: boolean): string {
  for (;;) {
    const dd = 1 + int(28);
    const mm = 1 + int(12);
    const yy = int(100);
    const s = `${pad(dd)}${pad(mm)}${pad(yy)}${digits(4)}`;
    const w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    const sum = [...s].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0);
    if ((sum % 11 === 0) === mod11) return s;
  }
}
function cpr(mod11 = chance(0.75)): string {
  const s = cprDigits(mod11);
  return pick([
    `${s.slice(0, 6)}-${s.slice(6)}`,
    s,
    `${s.slice(0, 6)}-${s.slice(6)}`,
    `${s.slice(0, 6)} ${s.slice(6)}`,
  ]);
}
function iban(cc: string, bban: string): string {
  const conv = (s: string): string =>
    [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  const check = 98 - Number(BigInt(conv(`${bban}${cc}00`)) % 97n);
  return `${cc}${pad(check)}${bban}`.replace(/(.{4})/g, '$1 ').trim();
}
function account(): string {
  const reg = `${1 + int(9)}${digits(3)}`;
  const acc = digits(7 + int(4));
  return pick([
    `${reg} ${acc}`,
    `${reg}-${acc}`,
    `${reg} kontonr. ${acc}`,
    `${reg} / ${acc}`,
    iban('DK', `${reg}${acc.padStart(10, '0')}`),
  ]);
}
const cvr = (): string => `${1 + int(8)}${digits(7)}`;
const kle = (): string =>
  `${pick(['27.24.00', '29.09.08', '32.18.04', '02.34.02', '15.00.00'])}-${pick(['G01', 'P20', 'K08', 'A00'])}-${1 + int(9999)}-${pick(['23', '24', '25'])}`;
const date = (): string => `${1 + int(28)}.${pad(1 + int(12))}.${2023 + int(3)}`;
const longDate = (): string =>
  `${1 + int(28)}. ${pick(['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'august', 'september', 'oktober', 'november'])} ${2023 + int(3)}`;
const time = (): string => `${pad(8 + int(8))}.${pick(['00', '15', '30', '45', '05'])}`;
const kr = (): string => `${1 + int(40)}.${digits(3)},${pick(['00', '50', '25'])}`;
// Look-alikes that must stay readable: 10 digits beginning with a real date, some even passing modulus 11.
const cprLike = (dash: boolean): string => {
  const s = cprDigits(chance(0.5));
  return dash ? `${s.slice(0, 6)}-${s.slice(6)}` : s;
};

interface Health {
  cond: string;
  med: string;
}
const HEALTH: Health[] = [
  { cond: 'paranoid skizofreni', med: 'Abilify' },
  { cond: 'bipolar lidelse', med: 'Lithium' },
  { cond: 'type 1-diabetes', med: 'insulin' },
  { cond: 'KOL', med: 'Spiriva' },
  { cond: 'epilepsi', med: 'Lamictal' },
  { cond: 'PTSD', med: 'Sertralin' },
  { cond: 'sclerose', med: 'Tysabri' },
  { cond: 'alkoholafhængighed', med: 'Antabus' },
  { cond: 'opioidafhængighed', med: 'metadon' },
  { cond: 'brystkræft', med: 'kemoterapi' },
  { cond: 'depression', med: 'Cipralex' },
  { cond: 'Alzheimers sygdom', med: 'Aricept' },
  { cond: 'hjerneblødning', med: 'Eliquis' },
  { cond: 'hepatitis C', med: 'Epclusa' },
  { cond: 'anoreksi', med: 'Olanzapin' },
];
const CHILD_HEALTH = [
  'infantil autisme',
  'cerebral parese',
  'Downs syndrom',
  'astma',
  'Tourettes syndrom',
  'spiseforstyrrelse',
  'epilepsi',
];
const COMPANIES = [
  ['Tømrermester Ole Fisker ApS', 'Bygmestervej 4, 7400 Herning'],
  ['VVS-firmaet Bent Kragsig ApS', 'Industrivej 22, 8450 Hammel'],
  ['Arkitektfirmaet Lund & Vestergaard A/S', 'Havnegade 9, 6200 Aabenraa'],
  ['Nordic Byggerådgivning ApS', 'Erhvervsparken 3, 3600 Frederikssund'],
  ['Anker Hansen Kloakservice I/S', 'Fabriksvej 17, 4760 Vordingborg'],
] as const;

const out: {
  id: string;
  case_type: 'citizen' | 'building';
  text: string;
  parties: string[];
  staff: string[];
  keep: string[];
  entities: Entity[];
}[] = [];
function emit(
  d: Doc,
  caseType: 'citizen' | 'building',
  parties: string[],
  staff: string[],
  keep: string[] = [],
): void {
  d.entities.forEach((e, i) => {
    if (d.text.slice(e.start, e.end) !== d.expected[i])
      throw new Error(`entity ${i} of document ${out.length + 1} is misplaced`);
  });
  out.push({
    id: `blind-${pad(out.length + 1, 3)}`,
    case_type: caseType,
    text: d.text,
    parties,
    staff,
    keep,
    entities: d.entities,
  });
}
function ctx(n = 2): { m: Muni; s: Staff[] } {
  const m = pick(MUNIS);
  const names = [...STAFF_NAMES].sort(() => rnd() - 0.5).slice(0, n);
  return { m, s: names.map((x) => staffOf(m, x)) };
}
const at = <T>(xs: T[], i: number): T => xs[i] as T;

// TEMPLATES
// Each template builds one document; the caller cycles through them with fresh random choices.
const typo = (s: string): string =>
  s.replace('foreløbig', 'forløbig').replace('desværre', 'desvære').replace('selvfølgelig', 'selvføgelig');

function sloppyMail(): void {
  const { m, s } = ctx(1);
  const sb = at(s, 0);
  const [a, b] = family();
  const h = pick(HEALTH);
  const mail = emailOf(a);
  const d = new Doc();
  d.w`Fra: ${MAIL(mail)}
Sendt: ${pick(['mandag', 'tirsdag', 'torsdag'])} ${date()} ${time()}
Til: ${WMAIL(`jobcenter@${m.dom}`)}
Emne: SV: sygedagpenge - sag ${NUM(kle())}

hej ${STF(sb.first)}
${typo('tak for sidst. jeg har desværre været hos lægen igen og hun siger at min ')}${H(h.cond)} ikke er blevet bedre, jeg får nu ${H(h.med)} men det hjælper ikk rigtig.
jeg kan derfor ikke starte i praktikken hos ${ORG('Netto Hammelvej')} på mandag som vi aftalte.
${b.she ? 'min kone' : 'min mand'} ${P(b.full)} kan køre mig til mødet d. ${date()} hvis det skal være, ${P(b.first)} har fri om fredagen
kan du ringe på ${TEL(phone())} efter kl 15 ?

mvh ${P(a.first)}
sendt fra min iPhone
`;
  emit(d, 'citizen', [a.full], [sb.full]);
}

function complaint(): void {
  const { m, s } = ctx(2);
  const [mom, kid] = family('f');
  const a = addr();
  const cond = pick(CHILD_HEALTH);
  const d = new Doc();
  const co = chance(0.3) ? person() : null;
  d.w`${P(mom.full)}
${co ? ['c/o ', P(co.full), '\n'] : ''}${addrP(a, '\n')}
Tlf.: ${TEL(phone())}
CPR-nr.: ${CPR(cpr())}

${ORG(m.name)}
Børne- og Familieafdelingen
${OADR(m.addr)}

${m.town}, den ${longDate()}

KLAGE OVER AFGØRELSE – J.NR. ${NUM(`${2024 + int(2)}-${digits(6)}`)}

Jeg klager hermed over ${STF(at(s, 0).full)}s afgørelse af ${longDate()} om afslag på merudgifter efter servicelovens § 41.

Min ${son(kid)} ${P(kid.full)} (cpr.nr. ${CPR(cpr())}) har ${H(cond)} og har brug for specialkost og ekstra tøjvask. Det fremgår også af udtalelsen fra ${OPT('PERSON')(`overlæge ${person().full}`)}, som jeg vedlægger. ${P(kid.first)}s skole, ${ORG('Tordenskjoldsskolen')}, kan bekræfte behovet.

Jeg mener ikke, at kommunen har lagt vægt på, at jeg selv er sygemeldt med ${H('stress')} og ikke kan arbejde fuld tid. Beløbet på kr. ${kr()} om måneden er ikke urimeligt.

Hvis jeg får medhold, bedes efterbetalingen indsat på min konto ${ACC(account())}.

Kopi er sendt til ${STF(at(s, 1).full)}, afdelingsleder.

Med venlig hilsen

${P(mom.full)}
`;
  emit(
    d,
    'citizen',
    [mom.full],
    s.map((x) => x.full),
  );
}

function phoneNote(): void {
  const { m, s } = ctx(2);
  const [a, spouse] = family();
  const kid = person(undefined, a.last);
  const h = pick(HEALTH);
  const d = new Doc();
  d.w`NOTAT – TELEFONISK HENVENDELSE
Dato: ${date()} kl. ${time()}
Sagsnr.: ${NUM(kle())}
Borger: ${P(a.full)}, ${CPR(cpr())}
Notat ved: ${STF(at(s, 0).full)}, visitator, ${ORG(m.name)}

Borger ringer og oplyser, at ${a.she ? 'hendes' : 'hans'} ægtefælle ${P(spouse.full)} er blevet indlagt efter et ${H('hjerteanfald')} i weekenden. ${P(a.last)} er bekymret for, hvordan ${a.she ? 'hun' : 'han'} skal klare hverdagen, da ${a.she ? 'hun' : 'han'} selv har ${H(h.cond)} og tager ${H(h.med)} dagligt.
${son(kid) === 'søn' ? 'Sønnen' : 'Datteren'} ${P(kid.first)} på 15 år har fået ${H('angstanfald')} og går ikke i skole for tiden. ${P(spouse.first)}s søster har tilbudt at hjælpe.

Aftalt at ${STF(at(s, 1).first)} fra hjemmeplejen ringer tilbage på ${TEL(phone())} inden fredag, evt. på ${a.she ? 'hendes' : 'hans'} mobil ${TEL(phone())}.
Borger er oplyst om muligheden for aflastning efter servicelovens § 84, stk. 1.
`;
  emit(
    d,
    'citizen',
    [a.full],
    s.map((x) => x.full),
  );
}

function networkMeeting(): void {
  const { s } = ctx(3);
  const [mom, child] = family('f');
  const dad = person(undefined, undefined, 'm');
  const d = new Doc();
  const school = pick([
    'Rosborg Skole',
    'Børnehuset Mælkebøtten',
    'H.C. Andersen Skolen',
    'Fritidsklubben Kernen',
  ]);
  d.w`Referat af netværksmøde vedr. ${P(child.full)}
Tid og sted: ${date()} kl. 13.00–14.30, ${ORG(school)}, ${OADR(`${pick(['Niels Ebbesens Vej', 'Grundtvigs Allé', 'Kirkebakken'])} ${1 + int(40)}`)}

Deltagere:
- ${P(mom.full)} (mor)
- ${P(dad.full)} (far, deltog telefonisk)
- ${STF(at(s, 0).full)}, socialrådgiver, Familieafdelingen
- ${STF(at(s, 1).full)}, PPR-psykolog
- ${STF(at(s, 2).full)}, klasselærer (referent)

1. Status
${P(child.first)} trives bedre i klassen efter skift af kontaktlærer. ${P(child.first)} blev i foråret udredt og diagnosticeret med ${H(pick(CHILD_HEALTH))} og får nu ${H('Ritalin')} morgen og middag.
${P(mom.first)} fortæller, at nætterne fortsat er svære. ${P(dad.first)} oplyser, at han selv er i behandling for ${H('hashmisbrug')} hos ${OPT('ORG')('Rusmiddelcenter Midt')}, og at samværet derfor er under tilsyn.

2. Aftaler
${STF(at(s, 1).first)} laver en ny PPV inden uge ${1 + int(50)}. ${STF(at(s, 0).first)} undersøger aflastning efter § 84. Næste møde ${date()} kl. ${time()}.
`;
  emit(
    d,
    'citizen',
    [mom.full, child.full],
    s.map((x) => x.full),
  );
}

function report(): void {
  const { m, s } = ctx(2);
  const [mom, girl] = family('f');
  const gran = person(undefined, undefined, 'f');
  const ga = addr();
  const d = new Doc();
  d.w`BØRNEFAGLIG UNDERSØGELSE EFTER SERVICELOVENS § 50
${ORG(m.name)} · Myndighed Børn og Unge · Sagsnr. ${NUM(kle())}

BARNET
Navn: ${P(girl.full)}      Cpr-nr.: ${CPR(cpr())}
Forældremyndighed: ${P(mom.full)} (mor)

BAGGRUND
Sagen er startet på baggrund af en underretning fra ${ORG('Sundhedsplejen')} den ${longDate()}. Underretningen beskriver, at ${P(mom.first)} er ${H('gravid')} i 6. måned og har et dagligt ${H('misbrug af hash og alkohol')}.

FAMILIENS RESSOURCER
${P(girl.first)} bor i perioder hos sin mormor, ${P(gran.full)}, ${addrP(ga)}, tlf. ${TEL(phone())}. ${P(gran.last)} er en stabil voksen for ${P(girl.first)}, men har selv ${H('nedsat syn')} og ${H('diabetes')}.

HELBRED
${P(girl.first)}s egen læge, ${OPT('PERSON')(`${pick(['Kasper', 'Helle', 'Ruth'])} ${pick(['Brodersen', 'Skaarup', 'Iversen'])}`)}, oplyser, at ${P(girl.first)} har gentagne ${H('mellemørebetændelser')} og er henvist til ${OPT('ORG')('Børneafdelingen, Regionshospitalet Gødstrup')}.

VURDERING
Det er ${STF(at(s, 0).full)}s vurdering, at der er behov for en forebyggende foranstaltning efter § 52, stk. 3, nr. 3. Sagen drøftes på visitationsmødet med ${STF(at(s, 1).full)} den ${date()}.
`;
  emit(
    d,
    'citizen',
    [girl.full, mom.full],
    s.map((x) => x.full),
  );
}

function buildingForm(): void {
  const { m, s } = ctx(1);
  const [o1, o2] = family();
  const prop = propAddr();
  const [firm] = pick(COMPANIES);
  const sb = at(s, 0);
  const d = new Doc();
  d.w`BYGGEANSØGNING – ${ORG(m.name.toUpperCase())}

EJENDOMMENS ADRESSE: ${PROP(prop)}
MATR.NR.: ${NUM(`${1 + int(40)}${pick(['a', 'b', 'ø', 'bd'])} ${pick(['Lind By, Herning Jorder', 'Hammel By, Hammel', 'Kliplev Ejerlav'])}`)}
BFE-NR.: ${NUM(digits(7))}
ANSØGER/EJER: ${STF(o1.full.toUpperCase())} OG ${STF(o2.full.toUpperCase())}
TELEFON: ${TEL(phone())}
E-MAIL: ${MAIL(emailOf(o1))}
RÅDGIVER: ${ORG(firm)}, CVR ${NUM(cvr())}, tlf. ${OPT('PHONE')(phone())}

PROJEKT
Tilbygning på ${10 + int(40)} m² til eksisterende enfamiliehus (BBR-anvendelse 120). Højde 4,2 m, afstand til skel ${2 + int(3)},5 m.

BEMÆRKNING FRA ANSØGER
Tilbygningen skal bruges som soveværelse i stueplan, da ${STF(o2.first)} pga. ${H(pick(['sclerose', 'rygmarvsskade', 'gigt']))} ikke længere kan gå på trapper. Gebyr bedes refunderet til ${ACC(account())}, hvis sagen afvises.

Sagsbehandler: ${STF(sb.full)}, ${WMAIL(sb.mail)}, direkte ${WTEL(sb.direct)}
`;
  emit(d, 'building', [o1.full, o2.full], [sb.full], [prop]);
}

function objection(): void {
  const { m, s } = ctx(1);
  const [nb, wife] = family();
  const appl = person();
  const prop = propAddr();
  const own = addr();
  const d = new Doc();
  d.w`From: ${MAIL(emailOf(nb))}
To: ${WMAIL(`byggeri@${m.dom}`)}
Subject: indsigelse - ${PROP(prop.replace(/,.*$/, ''))}

Til ${STF(at(s, 0).full)}

Vi har modtaget naboorienteringen om ${STF(appl.full)}s nye dobbeltgarage på ${PROP(prop)}. Vi bor på ${OPT('ADDRESS')(own.street)} lige op til skellet og er imod byggeriet, garagen vil tage al eftermiddagssol fra vores terasse.
${wife.she ? 'Min kone' : 'Min mand'} ${STF(wife.first)} er ${H(pick(['astmatiker', 'KOL-patient', 'kræftpatient']))} og skal kunne sidde ude, og støvet fra byggepladsen er et problem for ${wife.she ? 'hende' : 'ham'}.
Vi har snakket med ${STF(appl.first)}, men der bliver ikke lyttet.

Ring endelig på ${TEL(phone())} eller ${wife.she ? 'hende' : 'ham'} på ${TEL(phone())}.

Mvh ${STF(nb.full)}
`;
  emit(d, 'building', [appl.full], [at(s, 0).full], [prop]);
}

function buildingDecision(): void {
  const { m, s } = ctx(2);
  const appl = person();
  const neighbours = [person(), person()];
  const street = pick([
    'Niels Bohrs Allé',
    'H.C. Ørsteds Vej',
    'Dronning Dagmars Gade',
    'Poul Due Jensens Vej',
  ]);
  const prop = `${street} ${1 + int(90)}, ${pick(TOWNS)}`;
  const [firm, firmAddr] = pick(COMPANIES);
  const d = new Doc();
  d.w`${ORG(m.name)}
Byg, Land og Miljø
${OADR(m.addr)}
Telefon ${WTEL(m.sw)}

${STF(appl.full)}
${PROP(prop)}

Dato: ${longDate()}
Sagsnr.: ${NUM(kle())}

Partshøring – dispensation fra bebyggelsesprocent

Vi har modtaget din ansøgning om opførelse af en udestue på ${PROP(prop.replace(/,.*$/, ''))}. Projektet overskrider bebyggelsesprocenten på 30 (BR18 § 170), og vi har derfor hørt naboerne ${STF(at(neighbours, 0).full)} og ${STF(at(neighbours, 1).full)}.
${STF(at(neighbours, 0).last)} har oplyst, at hans hustrus ${H('demens')} gør det svært at deltage i et møde, men har ingen indvendinger. ${STF(at(neighbours, 1).first)} ønsker at blive ringet op på ${TEL(phone())}.

I ansøgningen har du oplyst dit cpr-nr. ${CPR(cpr())}. Det er ikke nødvendigt, og vi har derfor ikke registreret det.

Entreprenør: ${ORG(firm)}, ${OPT('ORG_ADDRESS')(firmAddr)}, CVR-nr. ${NUM(cvr())}, EAN ${NUM(`579800${digits(7)}`)}.
Faktura nr. ${NUM(cprLike(false))} på byggesagsgebyr kr. ${kr()} er sendt til din e-Boks.

Venlig hilsen
${STF(at(s, 0).full)}
Byggesagsbehandler · ${WMAIL(at(s, 0).mail)} · direkte ${WTEL(at(s, 0).direct)}
`;
  emit(
    d,
    'building',
    [appl.full, ...neighbours.map((n) => n.full)],
    s.map((x) => x.full),
    [prop],
  );
}

// Scanner output: doubled spaces, look-alike glyphs, a field split over two lines.
function ocrNoise(txt: string, inEntity: boolean): string {
  let r = '';
  for (const c of txt) {
    const x = rnd();
    if (c === ' ' && x < (inEntity ? 0.15 : 0.3)) r += '  ';
    else if (c === 'l' && x < 0.12) r += '1';
    else if (c === 'ø' && x < 0.25) r += 'o';
    else if (c === 'i' && x < 0.06) r += 'í';
    else if (c === '\n' && !inEntity && x < 0.15) r += ' |\n';
    else r += c;
  }
  return r;
}
function ocrForm(): void {
  const { m, s } = ctx(1);
  const a = person();
  const ad = addr();
  const d = new Doc();
  d.noise = ocrNoise;
  d.w`${ORG(m.name.toUpperCase())}                     Modtaget ${date()}
ANSØGNING OM HJÆLP TIL ENKELTUDGIFTER
(aktivlovens § 81)

Navn :  ${P(a.full)}
CPR-nr.:   ${CPR(cpr())}
Adresse:  ${ADR(ad.street)}
          ${AREA(ad.area)}
Telefon (dag): ${TEL(phone())}

Hvad søges der om:  Tandbehandling, overslag fra ${ORG('Tandlægerne i Centrum ApS')} kr. ${kr()}
Begrundelse: Jeg har ${chance(0.4) ? [H('ødelagte tænder'), ' efter ', H('stofmisbrug')] : H(pick(['paradentose', 'tandkødsbetændelse']))} og kan
ikke tygge. Jeg er på ${H('metadonbehandling')} og har ingen opsparing.

Udbetaling til NemKonto / reg. og kontonr.:  ${ACC(account())}

Underskrift: ${P(a.full)}          Dato: ${date()}
-------------------------------------------------
Kun til kommunens brug:  Modt. af ${STF(at(s, 0).full)}   Journalnr.  ${NUM(`${digits(2)}-${digits(6)}`)}
`;
  emit(d, 'citizen', chance(0.5) ? [a.full] : [], [at(s, 0).full]);
}

function sms(): void {
  const { s } = ctx(1);
  const a = person();
  const kid = person(undefined, a.last);
  const d = new Doc();
  const v = int(3);
  if (v === 0)
    d.w`SMS fra ${TEL(phone())} modtaget ${date()} ${time()}:
"hej det er ${P(a.first.toLowerCase())} ${P(a.last.toLowerCase())} kan i ringe mig har ikk fået svar ang min ${son(kid)}s plads i klubben. ${P(kid.first.toLowerCase())} har ${H('astma')} og må ikk være i rum med hund"
Besvaret af ${STF(at(s, 0).first)} ${date()}.`;
  else if (v === 1)
    d.w`Hej ${STF(at(s, 0).first)}, jeg kan ikke komme i morgen kl ${time()}, skal til scanning pga ${H('graviditeten')} 🙁 ringer fredag. Mvh ${P(a.first)} (${TEL(phone())})`;
  else
    d.w`Til: ${TEL(phone())}
Besked: Kære ${P(a.first)}. Husk mødet på Jobcentret ${date()} kl. ${time()} med ${STF(at(s, 0).full)}. Med venlig hilsen Jobcenteret. Denne SMS kan ikke besvares.`;
  emit(d, 'citizen', chance(0.5) ? [a.full] : [], [at(s, 0).full]);
}

function invoice(): void {
  const { m, s } = ctx(1);
  const a = person();
  const [firm, firmAddr] = pick(COMPANIES);
  const d = new Doc();
  d.w`BETALINGSOVERSIGT – ${ORG(m.name)}
Kreditor: ${ORG(firm)}
${OPT('ORG_ADDRESS')(firmAddr)}
CVR-nr.: ${NUM(cvr())}     P-nr.: ${NUM(`10${digits(8)}`)}
EAN-lokationsnr.: ${NUM(`5798${digits(9)}`)}
Fakturanr.: ${NUM(cprLike(false))}      Ordrenr.: ${NUM(cprLike(chance(0.5)))}
Kundenr.: ${NUM(`${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`)}

Ydelse: Boligindretning (servicelovens § 116) hos ${P(a.full)}, cpr ${CPR(cpr())}
Beløb ekskl. moms: kr. ${kr()}     Moms: kr. ${kr()}
Forfald: ${date()}

Egenbetaling refunderes borgeren til ${a.last.length % 2 ? 'IBAN ' : 'reg./konto '}${ACC(a.last.length % 2 ? iban('DK', `${digits(4)}${digits(10)}`) : account())}
Attesteret: ${STF(at(s, 0).full)} ${date()}
`;
  emit(d, 'citizen', [a.full], [at(s, 0).full]);
}

function lawyer(): void {
  const { m, s } = ctx(1);
  const client = person();
  const h = pick(HEALTH);
  const lw = `${pick(['Advokat', 'Advokatfuldmægtig'])} ${pick(['Sofie Krog Hartvig', 'Emil Brandt', 'Jasmin Akbari'])}`;
  const d = new Doc();
  d.w`${ORG('Advokatfirmaet Hvidt & Lerche')}
${OPT('ORG_ADDRESS')('Vestre Boulevard 12, 2. sal, 8000 Aarhus C')}
Vores ref.: ${NUM(`${digits(5)}-${digits(4)}`)}

${ORG(m.name)}
Att.: ${STF(at(s, 0).full)}

ANMODNING OM AKTINDSIGT

På vegne af min klient, ${P(client.full)}, cpr.nr. ${CPR(cpr())}, anmoder jeg om aktindsigt i alle dokumenter i sagen om førtidspension, jf. forvaltningslovens § 9.
Fuldmagt vedlægges. Min klient har siden ${2010 + int(12)} haft ${H(h.cond)} og er i behandling med ${H(h.med)}; det fremgår af journalen fra ${OPT('ORG')('Psykiatrisk Center Nordsjælland')}. ${P(client.last)}s tidligere bopæl var ${addrP(addr())}.

Med venlig hilsen
${OPT('PERSON')(lw)}
Direkte: ${OPT('PHONE')(phone())}
`;
  emit(d, 'citizen', [client.full], [at(s, 0).full]);
}

function doctor(): void {
  const { s } = ctx(1);
  const a = person();
  const h = pick(HEALTH);
  const h2 = pick(HEALTH);
  const d = new Doc();
  d.w`STATUSATTEST (LÆ 265)
Patient: ${P(a.full)}   Cpr.nr.: ${CPR(cpr())}
Rekvirent: Jobcentret v/ ${STF(at(s, 0).full)}

1. Diagnoser: ${H(h.cond)}${chance(0.5) ? [', ', H(h2.cond)] : ''}
2. Aktuel behandling: ${H(h.med)}, samtaler hos psykolog.
3. Funktionsniveau: Patienten kan stå ${1 + int(3)} timer ad gangen. Patienten er ${H(pick(['gangbesværet', 'kørestolsbruger', 'hørehæmmet']))}.
4. Prognose: uafklaret.

Dato ${date()}      ${OPT('ORG')(`Lægerne ${pick(['Bredgade', 'i Lind', 'ved Åen'])}`)}, ydernr. ${NUM(digits(6))}
`;
  emit(d, 'citizen', [a.full], [at(s, 0).full]);
}

function internalMail(): void {
  const { m, s } = ctx(3);
  const a = person();
  const ad = addr();
  const d = new Doc();
  d.w`Fra: ${STF(at(s, 0).full)} <${WMAIL(at(s, 0).mail)}>
Til: ${STF(at(s, 1).full)} <${WMAIL(at(s, 1).mail)}>
Cc: ${STF(at(s, 2).full)}
Emne: Overdragelse – borger på ${ADR(ad.street.replace(/,.*$/, ''))}

Hej ${STF(at(s, 1).first)}

Jeg går på barsel fra fredag, så du overtager ${P(a.full)} (${ADR(ad.street)}, ${AREA(ad.area)}). ${P(a.first)} har fået bevilget hjemmehjælp 2 x ugentligt og har ${H(pick(HEALTH).cond)}.
Bemærk at ${P(a.first)} ikke vil ringes op på fastnet, kun på mobil ${TEL(phone())}. Datteren ${P(person(undefined, a.last, 'f').full)} er kontaktperson.

Husk i øvrigt temadagen på ${ORG('Sankt Lukas Hospice')} den ${date()} om palliativ indsats, tilmelding til ${STF(at(s, 2).first)}.

Mvh ${STF(at(s, 0).first)}
${STF(at(s, 0).full)} · Visitator · ${ORG(m.name)} · direkte ${WTEL(at(s, 0).direct)} · hovednr. ${WTEL(m.sw)}
`;
  emit(
    d,
    'citizen',
    [a.full],
    s.map((x) => x.full),
  );
}

function homeVisit(): void {
  const { s } = ctx(1);
  const [a, kid] = family();
  const host = person();
  const ad = addr();
  const d = new Doc();
  d.w`Journalnotat – hjemmebesøg ${date()}

Besøg hos ${P(a.full)} på ${ADR(ad.street)} i ${AREA(ad.area.replace(/^\d{4} /, ''))}, hvor ${a.she ? 'hun' : 'han'} for tiden bor c/o ${P(host.full)}. Post sendes fortsat til ${ADR(`Postboks ${100 + int(800)}`)}, ${AREA(pick(TOWNS))}.
${P(a.first)} virkede påvirket og fortalte om ${H('selvmordstanker')} i sidste uge. Er tilknyttet ${OPT('ORG')('Distriktspsykiatrien')}. ${P(kid.first)} (${son(kid)}, ${10 + int(8)} år) var hjemme; ${kid.she ? 'hun' : 'han'} har ${H('ADHD')}.
${P(a.last)}s økonomi er presset; husleje kr. ${kr()} er i restance siden ${longDate()}.

Undertegnede kontakter ${ORG('Boligselskabet Fjordbo')} (CVR ${NUM(cvr())}) vedr. restancen.
${STF(at(s, 0).full)}, socialrådgiver
`;
  emit(d, 'citizen', [a.full], [at(s, 0).full]);
}

function refugee(): void {
  const { m, s } = ctx(2);
  const ua = ORIGINS[6] as (typeof ORIGINS)[number];
  const a = person(ua);
  const b = person(ua, a.last);
  const ad = addr();
  const d = new Doc();
  d.w`Boligplacering – fordrevne fra Ukraine (særlov)
${ORG(m.name)}, Integration · ${NUM(kle())}

Familien ${P(a.last)}: ${P(a.full)} (${CPR(cpr(false))}) og ${son(b)} ${P(b.full)} (${CPR(cpr())}) er pr. ${date()} placeret i ${ADR(ad.street)}, ${AREA(ad.area)}.
Ukrainsk tlf.: ${TEL(`+380 ${digits(2)} ${digits(3)} ${digits(2)} ${digits(2)}`)} / dansk tlf.: ${TEL(phone())}
Pas nr.: ${OPT('ID')(`FX${digits(6)}`)}
Bank: ${ACC(iban('PL', digits(24)))} (polsk konto, dansk NemKonto under oprettelse)
${P(b.first)} har ${H(pick(CHILD_HEALTH))} og er tilmeldt ${ORG('Modtageklassen på Rosborg Skole')}. ${P(a.first)} nævner ${H('krigstraumer')} og ${H('søvnproblemer')}.
Tolk: ${ORG('Tolkebureauet Lingua ApS')}, bestillingsnr. ${NUM(cprLike(true))}.
Ansvarlig: ${STF(at(s, 0).full)}; ${STF(at(s, 1).full)} overtager fra ${date()}.
`;
  emit(
    d,
    'citizen',
    [a.full],
    s.map((x) => x.full),
  );
}

function participantsTable(): void {
  const { m, s } = ctx(2);
  const a = person();
  const rel = person();
  const d = new Doc();
  const tel1 = phone();
  d.w`DIALOGMØDE – SYGEDAGPENGE (lov om sygedagpenge § 13)
Dato: ${date()}  Sted: ${OADR(`Jobcenter ${m.town}, ${pick(['Fredhøjvej 14', 'Kong Christians Allé 3', 'Sankt Olai Gade 8'])}`)}

| Navn | Rolle | Telefon | E-mail |
|---|---|---|---|
| ${P(a.full)} | sygemeldt | ${TEL(tel1)} | ${MAIL(emailOf(a))} |
| ${P(rel.full)} | bisidder (${rel.she ? 'veninde' : 'ven'}) | ${TEL(phone())} | – |
| ${STF(at(s, 0).full)} | rådgiver, Jobcenter | ${WTEL(at(s, 0).direct)} | ${WMAIL(at(s, 0).mail)} |
| ${STF(at(s, 1).full)} | virksomhedskonsulent | ${WTEL(m.sw)} | ${WMAIL(at(s, 1).mail)} |
| ${OPT('PERSON')(person().full)} | HR, ${ORG(pick(['Danish Crown A/S', 'Grundfos A/S', 'Arla Foods amba']))} | ${OPT('PHONE')(phone())} | – |

Resumé: ${P(a.first)} er sygemeldt pga. ${H(pick(['diskusprolaps', 'piskesmæld', 'brystkræft']))} og forventer delvis raskmelding om ${2 + int(8)} uger.
`;
  emit(
    d,
    'citizen',
    [a.full],
    s.map((x) => x.full),
  );
}

function buildingCaps(): void {
  const { s } = ctx(1);
  const owner = person();
  const nb = person();
  const prop = propAddr();
  const d = new Doc();
  d.w`NOTAT TIL BYGGESAG ${NUM(`${2024 + int(2)}-${digits(5)}`)}
VEDR.: ${PROP(prop.toUpperCase())}
EJER: ${STF(owner.full)} (${ORG('Ejerforeningen Lindegården')} er medejer af fællesarealer)

${STF(owner.first)} har telefonisk oplyst, at kloakarbejdet udføres af ${ORG(at([...pick(COMPANIES)], 0))}. Ejer kan kontaktes på ${TEL(phone())}.
Naboen ${STF(nb.full)} har sendt billeder af revner i sit fundament; ${STF(nb.last)} oplyser at være ${H('gangbesværet')} efter en ${H('blodprop')} og ønsker besigtigelse, ikke møde.
Fakturanr. ${NUM(cprLike(false))} for tilsyn, kr. ${kr()}. Jf. byggelovens § 16 C.
Besigtigelse ${date()} kl. ${time()} ved ${STF(at(s, 0).full)} (${WMAIL(at(s, 0).mail)}).
`;
  emit(d, 'building', [owner.full], [at(s, 0).full], [prop]);
}

const TEMPLATES = [
  sloppyMail,
  complaint,
  phoneNote,
  networkMeeting,
  report,
  buildingForm,
  objection,
  buildingDecision,
  ocrForm,
  sms,
  invoice,
  lawyer,
  doctor,
  internalMail,
  homeVisit,
  refugee,
  participantsTable,
  buildingCaps,
];
for (let i = 0; i < Number(opt('--docs', '80')); i++) (TEMPLATES[i % TEMPLATES.length] as () => void)();

for (const d of out) {
  for (const e of d.entities) {
    const slice = d.text.slice(e.start, e.end);
    if (e.end <= e.start || slice.trim() !== slice)
      throw new Error(`${d.id}: span "${slice}" is empty or padded`);
  }
  for (const n of d.staff)
    if (d.parties.includes(n)) throw new Error(`${d.id}: ${n} is both staff and party`);
}
const target = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../..',
  opt('--out', 'test/corpus/pii-blind.jsonl'),
);
writeFileSync(target, out.map((d) => JSON.stringify(d)).join('\n') + '\n');
console.log(
  `${out.length} documents, ${out.reduce((a, d) => a + d.entities.length, 0)} entities -> ${target}`,
);
