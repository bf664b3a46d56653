// Held-out evaluation corpus for `rodtrad detect`, written independently of the detection engine.
// Generates test/corpus/pii-holdout.jsonl: labelled Danish administrative documents (e-mails with quoted
// replies, journal notes, letters, complaints, forms, invoices, minutes, OCR text, building-case documents)
// in the format of the shared development corpus (id, case_type, text, parties, staff, keep, entities).
// Offsets are computed while the text is assembled; the script self-checks every entity and refuses to
// write a corpus with overlapping entities or with name tokens, CPR-like or phone-like numbers left unlabelled.
// Usage: npx tsx test/corpus/generate-holdout.ts [--seed 20261127] [--out test/corpus/pii-holdout.jsonl]
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Redact = boolean | 'optional';
type CaseType = 'citizen' | 'building';

interface Entity {
  start: number;
  end: number;
  label: string;
  redact: Redact;
}

interface GoldDoc {
  id: string;
  case_type: CaseType;
  text: string;
  parties: string[];
  staff: string[];
  keep: string[];
  entities: Entity[];
}

class Ent {
  constructor(
    readonly s: string,
    readonly label: string,
    readonly redact: Redact,
  ) {}
}

type Piece = string | number | Ent | Piece[];

// ---------------------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------------------

class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    const x = xs[Math.floor(this.next() * xs.length)];
    if (x === undefined) throw new Error('pick from empty list');
    return x;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

// ---------------------------------------------------------------------------------------------------------
// Vocabulary: names, streets, towns, municipalities, companies (chosen for this corpus)
// ---------------------------------------------------------------------------------------------------------

type Gender = 'm' | 'f';
interface NamePool {
  origin: string;
  m: readonly string[];
  f: readonly string[];
  last: readonly string[];
}

const POOLS: readonly NamePool[] = [
  {
    origin: 'danish',
    m: [
      'Kaj',
      'Torben',
      'Henning',
      'Malthe',
      'Asger',
      'Karl Emil',
      'Niels Erik',
      'Preben',
      'Villads',
      'Bent',
      'Kim',
      'Carl',
      'Sten',
      'Bo',
      'Jens Peter',
      'Ejnar',
      'Svend Aage',
      'Kasper',
      'Tobias',
      'Mathias',
      'Aksel',
      'Gorm',
    ],
    f: [
      'Bodil',
      'Gitte',
      'Lone',
      'Signe',
      'Vibeke',
      'Tove',
      'Birthe',
      'Astrid',
      'Jytte',
      'Lærke',
      'Merete',
      'Oda',
      'Solvej',
      'Lis',
      'Ulla',
      'Hanne Marie',
      'Anne Sofie',
      'Dorthe',
      'Inger',
      'Nanna',
      'Sigrid',
      'Alberte',
    ],
    last: [
      'Frandsen',
      'Overgaard',
      'Schmidt',
      'Kragh',
      'Damgaard',
      'Vestergård',
      'Thygesen',
      'Brix',
      'Lauridsen',
      'Mikkelsen',
      'Søndergaard',
      'Munk',
      'Svendsen',
      'Bøgh',
      'Hvidt',
      'Krogh',
      'Iversen',
      'Fog',
      'Hjort',
      'Ravn',
      'Kjeldsen',
      'Østergaard',
      'Ebbesen',
      'Glad',
      'Sommer',
      'Kold',
      'Bay',
      'Fisker',
      'Vinther',
      'Bisgaard',
      'Dalsgaard',
      'Thomasen',
      'Bundgaard',
      'Laursen',
      'Kirkegaard',
      'Riis',
    ],
  },
  {
    origin: 'arabic',
    m: ['Mohammad', 'Omar', 'Yousef', 'Khaled', 'Bilal', 'Hamza', 'Tariq', 'Karim'],
    f: ['Layla', 'Fatima', 'Nour', 'Rania', 'Amira', 'Huda', 'Salma', 'Aya'],
    last: ['Al-Khatib', 'Haddad', 'Mahmoud', 'El-Amin', 'Abdallah', 'Saleh', 'Khalil', 'Darwish', 'Nasser'],
  },
  {
    origin: 'turkish',
    m: ['Mehmet', 'Emre', 'Hakan', 'Murat', 'Serkan', 'Burak', 'Kemal'],
    f: ['Ayşe', 'Zeynep', 'Elif', 'Emine', 'Derya', 'Gül', 'Sibel'],
    last: ['Yıldız', 'Demir', 'Kaya', 'Çelik', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Korkmaz'],
  },
  {
    origin: 'somali',
    m: ['Abdirahman', 'Mahad', 'Abdullahi', 'Liban', 'Guled', 'Mukhtar'],
    f: ['Hodan', 'Ayaan', 'Fadumo', 'Hibaaq', 'Sahra', 'Ubah'],
    last: ['Warsame', 'Farah', 'Abdi', 'Jama', 'Mohamud', 'Osman', 'Egal', 'Hirsi'],
  },
  {
    origin: 'polish',
    m: ['Piotr', 'Tomasz', 'Krzysztof', 'Paweł', 'Grzegorz', 'Marek'],
    f: ['Katarzyna', 'Agnieszka', 'Małgorzata', 'Joanna', 'Magdalena', 'Ewelina'],
    last: ['Nowak', 'Kowalski', 'Wiśniewska', 'Lewandowski', 'Zielińska', 'Wójcik', 'Kamińska', 'Szymański'],
  },
  {
    origin: 'vietnamese',
    m: ['Van Minh', 'Quang Huy', 'Duc Anh', 'Thanh Tung', 'Hoang Nam'],
    f: ['Thi Huong', 'Thu Trang', 'Ngoc Anh', 'Thi Lan', 'Kim Oanh'],
    last: ['Tran', 'Pham', 'Le', 'Vo', 'Hoang', 'Dang', 'Bui'],
  },
  {
    origin: 'pakistani',
    m: ['Imran', 'Asif', 'Usman', 'Faisal', 'Kashif', 'Zeeshan'],
    f: ['Sana', 'Nadia', 'Ayesha', 'Rabia', 'Mehwish', 'Saima'],
    last: ['Chaudhry', 'Qureshi', 'Akhtar', 'Butt', 'Malik', 'Rana', 'Iqbal', 'Siddiqui'],
  },
  {
    origin: 'ukrainian',
    m: ['Oleksandr', 'Dmytro', 'Andrii', 'Serhii', 'Bohdan', 'Taras'],
    f: ['Olena', 'Iryna', 'Oksana', 'Natalia', 'Yuliia', 'Kateryna'],
    last: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko', 'Lysenko'],
  },
  {
    origin: 'other',
    m: ['Reza', 'Edin', 'Kumaran', 'Dawit', 'Ahmad Zia', 'Goran'],
    f: ['Shirin', 'Amra', 'Tharshika', 'Selam', 'Zahra', 'Jasmina'],
    last: ['Karimi', 'Hodžić', 'Sivakumar', 'Tesfaye', 'Ahmadi', 'Mujić', 'Rahimi', 'Petrović'],
  },
];

interface Person {
  first: string;
  last: string;
  full: string;
  gender: Gender;
  origin: string;
}

interface Staff extends Person {
  email: string;
  title: string;
  initials: string;
}

const STAFF_NAMES: readonly [string, string, Gender][] = [
  ['Henrik', 'Bjørnholm', 'm'],
  ['Pernille', 'Aagaard', 'f'],
  ['Trine', 'Ladefoged', 'f'],
  ['Jakob', 'Winther', 'm'],
  ['Mette', 'Fuglsang', 'f'],
  ['Lotte', 'Brøndum', 'f'],
  ['Karina', 'Nørgaard', 'f'],
  ['Ahmad', 'Rahmani', 'm'],
  ['Sara', 'Benali', 'f'],
  ['Kristoffer', 'Dam', 'm'],
  ['Louise', 'Bundesen', 'f'],
  ['Søs', 'Carlsen', 'f'],
  ['Tina', 'Holmgaard', 'f'],
  ['Nikolaj', 'Rask', 'm'],
  ['Anja', 'Skovbo', 'f'],
  ['Ditte', 'Stampe', 'f'],
  ['Farah', 'Siddique', 'f'],
  ['Ewa', 'Majewska', 'f'],
  ['Morten', 'Kolding-Berg', 'm'],
  ['Helle', 'Rosenkilde', 'f'],
  ['Jonas', 'Løvgren', 'm'],
  ['Zainab', 'Osmani', 'f'],
  ['Claus Erik', 'Bertelsen', 'm'],
  ['Gry', 'Lindholm', 'f'],
  ['Yusuf', 'Şahin', 'm'],
  ['Marianne', 'Vedel', 'f'],
];

const STAFF_TITLES = [
  'sagsbehandler',
  'socialrådgiver',
  'jobkonsulent',
  'teamleder',
  'byggesagsbehandler',
  'juridisk konsulent',
  'afdelingsleder',
  'rådgiver',
];

interface Muni {
  name: string;
  domain: string;
  switchboard: string;
  address: string;
  town: string;
}

const MUNIS: readonly Muni[] = [
  {
    name: 'Randers Kommune',
    domain: 'randers.dk',
    switchboard: '89 15 15 15',
    address: 'Laksetorvet 1, 8900 Randers C',
    town: 'Randers',
  },
  {
    name: 'Horsens Kommune',
    domain: 'horsens.dk',
    switchboard: '76 29 29 29',
    address: 'Rådhustorvet 4, 8700 Horsens',
    town: 'Horsens',
  },
  {
    name: 'Vejle Kommune',
    domain: 'vejle.dk',
    switchboard: '76 81 81 81',
    address: 'Skolegade 1, 7100 Vejle',
    town: 'Vejle',
  },
  {
    name: 'Aalborg Kommune',
    domain: 'aalborg.dk',
    switchboard: '99 31 31 31',
    address: 'Boulevarden 13, 9000 Aalborg',
    town: 'Aalborg',
  },
  {
    name: 'Esbjerg Kommune',
    domain: 'esbjerg.dk',
    switchboard: '76 16 16 16',
    address: 'Torvegade 74, 6700 Esbjerg',
    town: 'Esbjerg',
  },
  {
    name: 'Roskilde Kommune',
    domain: 'roskilde.dk',
    switchboard: '46 31 30 00',
    address: 'Rådhusbuen 1, 4000 Roskilde',
    town: 'Roskilde',
  },
  {
    name: 'Næstved Kommune',
    domain: 'naestved.dk',
    switchboard: '55 88 55 88',
    address: 'Rådmandshaven 20, 4700 Næstved',
    town: 'Næstved',
  },
  {
    name: 'Kolding Kommune',
    domain: 'kolding.dk',
    switchboard: '79 79 79 79',
    address: 'Akseltorv 1, 6000 Kolding',
    town: 'Kolding',
  },
  {
    name: 'Svendborg Kommune',
    domain: 'svendborg.dk',
    switchboard: '62 23 30 00',
    address: 'Ramsherred 5, 5700 Svendborg',
    town: 'Svendborg',
  },
  {
    name: 'Sønderborg Kommune',
    domain: 'sonderborg.dk',
    switchboard: '88 72 40 00',
    address: 'Rådhustorvet 10, 6400 Sønderborg',
    town: 'Sønderborg',
  },
];

const STREETS: readonly string[] = [
  'Ålekistevej',
  'Engtoften',
  'Bakkedraget',
  'Violvej',
  'Grøndalsvej',
  'Fasanvænget',
  'Toftegårdsvej',
  'Mosebuen',
  'Kløvervang',
  'Skovbrynet',
  'Præstemarken',
  'Havnegade',
  'Tværgade',
  'Gl. Kongevej',
  'Sankt Knuds Gade',
  'Ringkøbingvej',
  'Nørregade',
  'Lundbyesgade',
  'Vænget',
  'Frederiks Allé',
  'Ved Stranden',
  'Store Torv',
  'Hjulmagervej',
  'Æblehaven',
  'Tranebærvej',
];

// Streets that contain a person's name: they are addresses, not persons.
const NAMED_STREETS: readonly string[] = [
  'H.C. Ørsteds Vej',
  'Niels Bohrs Allé',
  'Dronning Margrethes Vej',
  'Kong Valdemars Vej',
  'Johannes V. Jensens Allé',
  'Karen Blixens Plads',
  "Christian IV's Vej",
  'N.F.S. Grundtvigs Vej',
  'Dronning Ingrids Vej',
  'Steen Blichers Vej',
];

const AREAS: readonly string[] = [
  '8000 Aarhus C',
  '8900 Randers C',
  '8700 Horsens',
  '7100 Vejle',
  '9000 Aalborg',
  '6700 Esbjerg',
  '4000 Roskilde',
  '4700 Næstved',
  '6000 Kolding',
  '5700 Svendborg',
  '2200 København N',
  '8210 Aarhus V',
  '8240 Risskov',
  '8520 Lystrup',
  '6400 Sønderborg',
  '9220 Aalborg Øst',
  '2720 Vanløse',
];

const FLOORS = [
  ', 3. tv.',
  ', st. th.',
  ', 1. mf.',
  ', 2.',
  ', 4. th.',
  ', 1. sal',
  ', kl.',
  ', 2. tv., lejl. 14',
];

interface Company {
  name: string;
  address: string;
  cvr: string;
  phone: string;
  mail: string;
}

const COMPANIES: readonly Company[] = [
  {
    name: 'Jysk Hjælpemiddelservice A/S',
    address: 'Industrivej 41, 8940 Randers SV',
    cvr: '31457812',
    phone: '86 40 22 10',
    mail: 'ordre@jyskhms.dk',
  },
  {
    name: 'Tandklinikken Ved Åen ApS',
    address: 'Åboulevarden 19, 8000 Aarhus C',
    cvr: '36618095',
    phone: '86 12 34 90',
    mail: 'klinik@vedaaen-tand.dk',
  },
  {
    name: 'Ergo-Rent Danmark ApS',
    address: 'H.C. Ørsteds Vej 7, 7100 Vejle',
    cvr: '29874410',
    phone: '75 83 11 00',
    mail: 'faktura@ergorent.dk',
  },
  {
    name: 'Malerfirmaet Bøgh & Søn I/S',
    address: 'Niels Bohrs Allé 160, 5230 Odense M',
    cvr: '17320954',
    phone: '66 15 40 41',
    mail: 'info@boeghmaler.dk',
  },
  {
    name: 'Flyttefirmaet Hurtig Transport K/S',
    address: 'Dronning Margrethes Vej 2, 6000 Kolding',
    cvr: '40129887',
    phone: '70 20 44 55',
    mail: 'kontakt@hurtigtransport.dk',
  },
  {
    name: 'Rådgivende Ingeniører Nord A/S',
    address: 'Hadsundvej 184, 9220 Aalborg Øst',
    cvr: '25610347',
    phone: '96 31 70 70',
    mail: 'post@ri-nord.dk',
  },
  {
    name: 'Arkitektfirmaet Lys & Linje ApS',
    address: 'Kong Valdemars Vej 15, 4000 Roskilde',
    cvr: '38876201',
    phone: '46 32 18 18',
    mail: 'tegnestue@lysoglinje.dk',
  },
];

const SWEEPS: readonly Company[] = [
  {
    name: 'Skorstensfejermester Lund & Hede ApS',
    address: 'Værkstedsvej 6, 8700 Horsens',
    cvr: '33215567',
    phone: '75 62 19 19',
    mail: 'fejning@lundhede.dk',
  },
  {
    name: 'Vestjysk Skorstensfejning I/S',
    address: 'Grønningen 3, 6700 Esbjerg',
    cvr: '27748890',
    phone: '75 13 02 60',
    mail: 'booking@vjskorsten.dk',
  },
];

const BANKS = [
  'Danske Bank',
  'Nordea',
  'Jyske Bank',
  'Sydbank',
  'Spar Nord',
  'Arbejdernes Landsbank',
  'Lån & Spar Bank',
];

const HEALTH_TERMS: readonly string[] = [
  'depression',
  'stress',
  'angst',
  'PTSD',
  'bipolar lidelse',
  'skizofreni',
  'sklerose',
  'KOL',
  'epilepsi',
  'leddegigt',
  'diskusprolaps',
  'type 2-diabetes',
  'ADHD',
  'autisme',
  'brystkræft',
  'kræft i bugspytkirtlen',
  'piskesmæld',
  'en spiseforstyrrelse',
  'demens',
  'Parkinsons sygdom',
  'hjertesvigt',
  'migræne',
  'fibromyalgi',
  'en hjerneblødning',
];

const ADDICTIONS = [
  'alkoholmisbrug',
  'et hashmisbrug',
  'ludomani',
  'et misbrug af kokain',
  'alkoholproblemer',
];
const DRUGS = ['Sertralin', 'Ritalin', 'Metformin', 'Antabus', 'Lithium', 'Quetiapin', 'Methadon', 'Insulin'];

const FIRST_SIGNOFF = [
  'Med venlig hilsen',
  'Venlig hilsen',
  'Mvh.',
  'Mvh',
  'De bedste hilsner',
  'Hilsen',
  'Kh',
];
const MAIL_DOMAINS = [
  'gmail.com',
  'hotmail.dk',
  'live.dk',
  'outlook.com',
  'mail.dk',
  'icloud.com',
  'jubii.dk',
  'youmail.dk',
  'stofanet.dk',
];

// ---------------------------------------------------------------------------------------------------------
// Generators for values
// ---------------------------------------------------------------------------------------------------------

function ascii(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/[^a-z0-9]+/g, '');
}

function makePerson(r: Rng, used: Set<string>, origin?: string): Person {
  for (;;) {
    const pool = origin
      ? (POOLS.find((p) => p.origin === origin) ?? POOLS[0]!)
      : r.chance(0.45)
        ? POOLS[0]!
        : r.pick(POOLS.slice(1));
    const gender: Gender = r.chance(0.5) ? 'm' : 'f';
    const first = r.pick(gender === 'm' ? pool.m : pool.f);
    let last = r.pick(pool.last);
    if (r.chance(0.14)) {
      const other = r.pick(r.chance(0.5) ? pool.last : POOLS[0]!.last);
      if (other !== last && !other.includes('-') && !last.includes('-')) last = `${last}-${other}`;
    }
    const full = `${first} ${last}`;
    const tokens = full.split(/[\s-]+/);
    if (tokens.some((t) => used.has(t))) continue;
    for (const t of tokens) used.add(t);
    return { first, last, full, gender, origin: pool.origin };
  }
}

function makeStaff(r: Rng, used: Set<string>, muni: Muni): Staff {
  for (;;) {
    const [first, last, gender] = r.pick(STAFF_NAMES);
    const full = `${first} ${last}`;
    const tokens = full.split(/[\s-]+/);
    if (tokens.some((t) => used.has(t))) continue;
    for (const t of tokens) used.add(t);
    const initials = tokens.map((t) => ascii(t)[0] ?? '').join('');
    const email = r.chance(0.5)
      ? `${initials}@${muni.domain}`
      : `${ascii(first.split(' ')[0]!)}.${ascii(last)}@${muni.domain}`;
    return { first, last, full, gender, origin: 'staff', email, title: r.pick(STAFF_TITLES), initials };
  }
}

function privateEmail(r: Rng, p: Person): string {
  const f = ascii(p.first.split(' ')[0]!);
  const l = ascii(p.last);
  const local = r.pick([
    `${f}.${l}`,
    `${f}${l}`,
    `${f}_${l}${r.int(1, 99)}`,
    `${f[0]}${l}`,
    `${f}${r.int(1950, 2005)}`,
    `familien.${l}`,
  ]);
  return `${local}@${r.pick(MAIL_DOMAINS)}`;
}

function phoneDigits(r: Rng): string {
  return r.pick(['2', '3', '4', '5', '6', '7', '9']) + r.digits(7);
}

function formatPhone(r: Rng, d: string, style?: number): string {
  const s = style ?? r.int(0, 8);
  const p = [d.slice(0, 2), d.slice(2, 4), d.slice(4, 6), d.slice(6, 8)];
  switch (s) {
    case 0:
      return `+45 ${p.join(' ')}`;
    case 1:
      return `0045 ${d}`;
    case 2:
      return p.join('-');
    case 3:
      return `${d.slice(0, 4)} ${d.slice(4)}`;
    case 4:
      return p.join(' ');
    case 5:
      return d;
    case 6:
      return `+45${d}`;
    case 7:
      return `(+45) ${d.slice(0, 4)} ${d.slice(4)}`;
    default:
      return `${p.join('.')}`;
  }
}

function cprValue(r: Rng, mod11: boolean): string {
  for (;;) {
    const y = r.int(1938, 2019);
    const m = r.int(1, 12);
    const day = r.int(1, 28);
    const seq = r.digits(4);
    const s = `${pad(day)}${pad(m)}${pad(y % 100)}${seq}`;
    const w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    const sum = s.split('').reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0);
    if ((sum % 11 === 0) === mod11) return s;
  }
}

function formatCpr(r: Rng, s: string, style?: number): string {
  const st = style ?? r.int(0, 2);
  if (st === 0) return `${s.slice(0, 6)}-${s.slice(6)}`;
  if (st === 1) return s;
  return `${s.slice(0, 6)} ${s.slice(6)}`;
}

// A 10-digit number that looks like a CPR number (valid date in the first six digits) but is not one.
function cprLookalike(r: Rng): string {
  return `${pad(r.int(1, 28))}${pad(r.int(1, 12))}${pad(r.int(0, 99))}${r.digits(4)}`;
}

function ibanDk(reg: string, acct: string): string {
  const bban = reg + acct.padStart(10, '0');
  const num = BigInt(`${bban}131400`);
  const check = 98n - (num % 97n);
  const raw = `DK${String(check).padStart(2, '0')}${bban}`;
  return raw.replace(/(.{4})/g, '$1 ').trim();
}

function accountText(r: Rng, style?: number): string {
  const reg = `${r.pick(['1', '3', '5', '6', '7', '9'])}${r.digits(3)}`;
  const acct = r.digits(r.int(7, 10));
  const s = style ?? r.int(0, 5);
  switch (s) {
    case 0:
      return `reg.nr. ${reg} kontonr. ${acct.padStart(10, '0')}`;
    case 1:
      return `${reg}-${acct.padStart(10, '0')}`;
    case 2:
      return ibanDk(reg, acct);
    case 3:
      return `Reg. nr.: ${reg}  Kontonr.: ${acct}`;
    case 4:
      return `${reg} ${acct}`;
    default:
      return `registreringsnummer ${reg} og kontonummer ${acct}`;
  }
}

function makeStreet(r: Rng, named = false): string {
  const st = named || r.chance(0.2) ? r.pick(NAMED_STREETS) : r.pick(STREETS);
  const num = `${r.int(1, 148)}${r.chance(0.15) ? r.pick(['A', 'B', 'C']) : ''}`;
  return `${st} ${num}`;
}

function makeDate(r: Rng, year = r.int(2022, 2026)): { d: number; m: number; y: number } {
  return { d: r.int(1, 28), m: r.int(1, 12), y: year };
}
const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];
function dateText(r: Rng, style?: number): string {
  const x = makeDate(r);
  const s = style ?? r.int(0, 3);
  if (s === 0) return `${pad(x.d)}.${pad(x.m)}.${x.y}`;
  if (s === 1) return `${x.d}. ${MONTHS[x.m - 1]} ${x.y}`;
  if (s === 2) return `${x.y}-${pad(x.m)}-${pad(x.d)}`;
  return `${x.d}/${x.m}-${x.y}`;
}

function kleNumber(r: Rng): string {
  return `${pad(r.int(0, 32))}.${pad(r.int(0, 40))}.${pad(r.int(0, 20))}-${r.pick(['P', 'G', 'A', 'K'])}${pad(r.int(10, 30))}-${r.int(1, 350)}-${pad(r.int(18, 26))}`;
}
function journalNumber(r: Rng): string {
  return r.pick([
    `${r.int(2019, 2026)}-${r.digits(6)}`,
    `${r.int(19, 26)}/${r.int(1000, 39999)}`,
    `S${r.int(2020, 2026)}-${r.digits(5)}`,
  ]);
}
function amount(r: Rng): string {
  const v = r.int(150, 98000);
  const s = String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${s},${r.pick(['00', '50', '25', '95'])}`;
}
function ean(r: Rng): string {
  return `57980${r.digits(8)}`;
}
function matrikel(r: Rng): string {
  return `${r.int(1, 140)}${r.pick(['a', 'b', 'c', 'd', 'ø', 'ae', 'bk', ''])}`;
}
const EJERLAV = [
  'Lystrup By, Elsted',
  'Vejle Bygrunde',
  'Hasseris By, Aalborg Jorder',
  'Tved By, Tved',
  'Bramdrup By, Dalby',
  'Himmelev By, Himmelev',
];

// ---------------------------------------------------------------------------------------------------------
// Document assembly: offsets are computed while appending
// ---------------------------------------------------------------------------------------------------------

class Doc {
  text = '';
  entities: Entity[] = [];
  parties: string[] = [];
  staff: string[] = [];
  keep: string[] = [];
  persons: Person[] = [];
  used = new Set<string>();
  constructor(
    readonly caseType: CaseType,
    readonly r: Rng,
  ) {}

  private add(p: Piece): void {
    if (Array.isArray(p)) {
      for (const q of p) this.add(q);
    } else if (p instanceof Ent) {
      const start = this.text.length;
      this.text += p.s;
      this.entities.push({ start, end: this.text.length, label: p.label, redact: p.redact });
    } else {
      this.text += String(p);
    }
  }

  w = (strings: TemplateStringsArray, ...vals: Piece[]): void => {
    strings.forEach((s, i) => {
      this.text += s;
      if (i < vals.length) this.add(vals[i] as Piece);
    });
  };

  person(origin?: string, role: 'party' | 'other' = 'party'): Person {
    const p = makePerson(this.r, this.used, origin);
    this.persons.push(p);
    if (role === 'party') this.parties.push(p.full);
    return p;
  }

  employee(muni: Muni): Staff {
    const s = makeStaff(this.r, this.used, muni);
    this.persons.push(s);
    this.staff.push(s.full);
    return s;
  }

  // A private person's name: redacted in citizen cases, readable in building cases.
  P(s: string): Ent {
    return new Ent(s, 'PERSON', this.caseType === 'citizen');
  }
  // Possessive: "Jensens", "Anders'" (the apostrophe stays outside the entity).
  Pp(s: string): Piece {
    return /[sxz]$/.test(s) ? [this.P(s), "'"] : this.P(`${s}s`);
  }
}

const S = (s: string): Ent => new Ent(s, 'PERSON', false);
const Sp = (s: string): Piece => (/[sxz]$/.test(s) ? [S(s), "'"] : S(`${s}s`));
const OPT = (s: string, label: string): Ent => new Ent(s, label, 'optional');
const CPR = (s: string): Ent => new Ent(s, 'CPR', true);
const PH = (s: string): Ent => new Ent(s, 'PHONE', true);
const SW = (s: string): Ent => new Ent(s, 'PHONE', false);
const EM = (s: string): Ent => new Ent(s, 'EMAIL', true);
const WEM = (s: string): Ent => new Ent(s, 'EMAIL', false);
const ACC = (s: string): Ent => new Ent(s, 'ACCOUNT', true);
// Health information; a leading article ("en depression", "et misbrug") stays outside the entity.
const HL = (s: string): Piece => {
  const m = /^(en|et) (.+)$/.exec(s);
  return m ? [`${m[1]} `, new Ent(m[2]!, 'HEALTH', true)] : new Ent(s, 'HEALTH', true);
};
const ADR = (s: string): Ent => new Ent(s, 'ADDRESS', true);
const AREA = (s: string): Ent => new Ent(s, 'ADDRESS_AREA', 'optional');
const PUBADR = (s: string): Ent => new Ent(s, 'ADDRESS', false);
const PROP = (s: string): Ent => new Ent(s, 'PROPERTY', false);
const ORG = (s: string): Ent => new Ent(s, 'ORG', false);
const CVR = (s: string): Ent => new Ent(s, 'CVR', false);
const EAN = (s: string): Ent => new Ent(s, 'EAN', false);
const CASE = (s: string): Ent => new Ent(s, 'CASE_NO', false);
const REF = (s: string): Ent => new Ent(s, 'REF_NO', false);
const AMT = (s: string): Ent => new Ent(s, 'AMOUNT', false);
const MAT = (s: string): Ent => new Ent(s, 'MATRIKEL', false);
const DATE = (s: string): Ent => new Ent(s, 'DATE', false);

// The municipality's address "Street n, pppp Town" as readable text.
const muniAddr = (m: Muni): Ent => PUBADR(m.address);

function he(p: Person): string {
  return p.gender === 'm' ? 'han' : 'hun';
}
function his(p: Person): string {
  return p.gender === 'm' ? 'hans' : 'hendes';
}
function signoff(r: Rng): string {
  return r.pick(FIRST_SIGNOFF);
}

// OCR damage inside a string: a line break instead of a space, or a hyphenated break inside a long word.
function ocrBreak(r: Rng, s: string): string {
  const spaces = [...s.matchAll(/ /g)].map((m) => m.index ?? 0);
  if (spaces.length > 0 && r.chance(0.5)) {
    const i = r.pick(spaces);
    return `${s.slice(0, i)}\n${s.slice(i + 1)}`;
  }
  const words = [...s.matchAll(/\p{L}{6,}/gu)];
  if (words.length > 0) {
    const w = r.pick(words);
    const cut = (w.index ?? 0) + Math.floor(w[0].length / 2);
    return `${s.slice(0, cut)}-\n${s.slice(cut)}`;
  }
  return s.replace(/ /g, '  ');
}
const doubleSpaces = (s: string): string => s.replace(/ /g, '  ');

// ---------------------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------------------

type Template = { name: string; caseType: CaseType; count: number; build: (d: Doc) => void };

const TOPICS = [
  'min sag om sygedagpenge',
  'afslaget på boligstøtte',
  'min søns støttekontaktperson',
  'min ansøgning om handicapbil',
  'sagen om tilbagebetaling af kontanthjælp',
  'mit ressourceforløb',
  'min fars plejebolig',
];

const TEMPLATES: Template[] = [
  {
    name: 'mail-aktindsigt',
    caseType: 'citizen',
    count: 8,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const p = d.person();
      const s = d.employee(m);
      const email = privateEmail(r, p);
      const hv = r.int(0, 3);
      const header: Piece =
        hv === 0
          ? d.P(p.full)
          : hv === 1
            ? d.P(p.full.toUpperCase())
            : hv === 2
              ? [d.P(p.last.toLowerCase()), ', ', d.P(p.first.toLowerCase())]
              : d.P(`${p.last.toUpperCase()} ${p.first}`);
      const cpr = formatCpr(r, cprValue(r, r.chance(0.8)));
      const phone = formatPhone(r, phoneDigits(r));
      const street = makeStreet(r) + (r.chance(0.6) ? r.pick(FLOORS) : '');
      const area = r.pick(AREAS);
      const caseNo = kleNumber(r);
      return d.w`Fra: ${header} <${EM(email)}>
Sendt: ${r.pick(['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'])} den ${dateText(r, 1)} ${pad(r.int(7, 22))}:${pad(r.int(0, 59))}
Til: ${WEM(`aktindsigt@${m.domain}`)}
Cc: ${WEM(s.email)}
Emne: Aktindsigt – ${r.pick(TOPICS)}

Hej

Jeg vil gerne bede om aktindsigt efter forvaltningsloven i alle dokumenter i min sag (jeres sagsnr. ${CASE(caseNo)}). Det gælder især mails mellem ${S(s.full)} og jobcentret, og den lægeerklæring hvor der står, at jeg har ${HL(r.pick(HEALTH_TERMS))}.

${r.chance(0.5) ? ['Mit cpr-nr. er ', CPR(cpr)] : ['Vedr. sagsnummer ', CASE(journalNumber(r)), ' / ', CPR(cpr)]}. I kan også ringe på ${PH(phone)}, hvis noget er uklart.

${signoff(r)}
${d.P(r.chance(0.5) ? p.first : p.full)}
${ADR(street)}, ${AREA(area)}
`;
    },
  },
  {
    name: 'mail-svar-citat',
    caseType: 'citizen',
    count: 7,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const s2 = d.employee(m);
      const p = d.person();
      const child = makePerson(r, d.used, p.origin);
      const childName = `${child.first} ${p.last}`;
      d.persons.push({ ...child, last: p.last, full: childName });
      if (r.chance(0.5)) d.parties.push(childName);
      const email = privateEmail(r, p);
      const direct = formatPhone(r, `${m.switchboard.replace(/ /g, '').slice(0, 4)}${r.digits(4)}`, 4);
      const phone = formatPhone(r, phoneDigits(r));
      const childCpr = formatCpr(r, cprValue(r, r.chance(0.75)));
      return d.w`Fra: ${S(s.full)} <${WEM(s.email)}>
Til: ${d.P(p.full)} <${EM(email)}>
Dato: ${dateText(r, 0)}
Emne: SV: Spørgsmål om aflastning

Kære ${d.P(p.first)}

Tak for din mail. Jeg har talt med min kollega ${S(s2.first)}, og vi kan bekræfte, at ${d.P(child.first)} fortsat er bevilget aflastning hver anden weekend. ${Sp(s2.first)} vurdering er vedlagt.

Du er velkommen til at ringe på vores hovednummer ${SW(m.switchboard)}.

Venlig hilsen
${S(s.full)}
${s.title[0]!.toUpperCase() + s.title.slice(1)}
${ORG(m.name)} | Familie og Handicap
${muniAddr(m)}
Direkte: ${OPT(direct, 'PHONE')} | Hovednummer: ${SW(m.switchboard)}
${WEM(s.email)}

Den ${dateText(r, 1)} kl. ${pad(r.int(7, 22))}.${pad(r.int(0, 59))} skrev ${d.P(p.full)} <${EM(email)}>:
> Hej ${S(s.first)}
>
> Min ${child.gender === 'm' ? 'søn' : 'datter'} ${d.P(childName)} (cpr ${CPR(childCpr)}) har fået
> konstateret ${HL(r.pick(['autisme', 'ADHD', 'epilepsi', 'cerebral parese', 'type 1-diabetes']))}, og vi er helt
> udkørte. Kan ${d.P(child.first)} stadig komme i aflastning?
>
> Mvh ${d.P(p.first)}
> ${PH(phone)}
`;
    },
  },
  {
    name: 'journalnotat-sygedagpenge',
    caseType: 'citizen',
    count: 7,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const p = d.person();
      const partner = d.person(undefined, 'other');
      const co = r.pick(COMPANIES);
      const cpr = formatCpr(r, cprValue(r, r.chance(0.8)));
      const phone = formatPhone(r, phoneDigits(r));
      const hr = makePerson(r, d.used);
      d.persons.push(hr);
      const header: Piece = r.chance(0.5) ? [d.P(p.last.toUpperCase()), ', ', d.P(p.first)] : d.P(p.full);
      return d.w`JOURNALNOTAT – SYGEDAGPENGE
Borger: ${header}, cpr. ${CPR(cpr)}
J.nr.: ${CASE(journalNumber(r))}
Dato: ${DATE(dateText(r, 0))}   Notat ved: ${S(s.full)}, ${s.title}

Opfølgningssamtale afholdt telefonisk. ${d.P(p.first)} oplyser, at ${he(p)} fortsat er sygemeldt med ${HL(r.pick(['stress', 'depression', 'angst', 'diskusprolaps', 'piskesmæld']))}, og at egen læge har sat ${his(p)} dosis af ${HL(r.pick(DRUGS))} op.

${d.Pp(p.last)} arbejdsgiver, ${ORG(co.name)} (CVR ${CVR(co.cvr)}), har via HR-konsulent ${OPT(hr.full, 'PERSON')} tilbudt delvis raskmelding med 12 timer om ugen. ${d.P(p.first)} bor sammen med ${d.P(partner.full)}, som selv er i behandling for ${HL(r.pick(ADDICTIONS))}.

Aftalt: ny samtale om 4 uger. ${d.P(p.first)} kan kontaktes på ${PH(phone)} efter kl. 12.
/${s.initials.toUpperCase()}
`;
    },
  },
  {
    name: 'notat-jobcenter',
    caseType: 'citizen',
    count: 6,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const s2 = d.employee(m);
      const p = d.person(
        r.chance(0.7) ? r.pick(['somali', 'arabic', 'ukrainian', 'pakistani', 'turkish']) : undefined,
      );
      const bis = d.person(undefined, 'other');
      const title = p.gender === 'm' ? 'Hr.' : 'Fru';
      return d.w`Notat – samtale i Jobcenter ${m.town}
Dato: ${DATE(dateText(r, 2))}
Deltagere: borger ${d.P(p.full)}, bisidder ${d.P(bis.full)} (${r.pick(['svoger', 'nabo', 'ven af familien', 'kusine'])}), ${S(s.full)} (${s.title}) og ${S(s2.full)} (virksomhedskonsulent)

• ${title} ${d.P(p.last)} har været i ressourceforløb siden foråret. ${he(p)[0]!.toUpperCase() + he(p).slice(1)} fortæller om ${HL(r.pick(['kroniske rygsmerter', 'smerter i knæet', 'søvnproblemer', 'hukommelsesbesvær']))} og er udredt for ${HL(r.pick(['ADHD', 'PTSD', 'en depression', 'en angstlidelse']))}.
• ${d.P(bis.first)} oversatte undervejs. ${d.P(p.first)} ønsker praktik i en butik.
• ${S(s2.first)} undersøger praktik hos Netto i ${m.town}.
• Sagen forelægges rehabiliteringsteamet d. ${dateText(r, 1)}.

Referent: ${S(s.full)}, ${WEM(s.email)}
`;
    },
  },
  {
    name: 'underretning-boern',
    caseType: 'citizen',
    count: 6,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const teacher = d.employee(m);
      const s = d.employee(m);
      const mother = d.person();
      const father = d.person(mother.origin, r.chance(0.6) ? 'party' : 'other');
      const childFirst = r.pick(
        POOLS.find((x) => x.origin === mother.origin)!
          .m.concat(POOLS.find((x) => x.origin === mother.origin)!.f)
          .flatMap((n) => n.split(' '))
          .filter((n) => n.length >= 3 && !['Van', 'Thi'].includes(n) && !d.used.has(n)),
      );
      d.used.add(childFirst);
      const child: Person = {
        first: childFirst,
        last: father.last,
        full: `${childFirst} ${father.last}`,
        gender: 'm',
        origin: mother.origin,
      };
      d.persons.push(child);
      const sib = r.pick(
        ['Aksel', 'Ella', 'Yasmin', 'Ali', 'Olivia', 'Noor', 'Viktor'].filter((n) => !d.used.has(n)),
      );
      d.used.add(sib);
      d.persons.push({
        first: sib,
        last: father.last,
        full: `${sib} ${father.last}`,
        gender: 'f',
        origin: 'x',
      });
      const cpr = formatCpr(r, cprValue(r, r.chance(0.6)), 0);
      const street = makeStreet(r) + (r.chance(0.5) ? r.pick(FLOORS) : '');
      return d.w`Underretning modtaget ${DATE(dateText(r, 0))} kl. ${pad(r.int(8, 15))}.${pad(r.int(0, 59))}
Fra: ${r.pick(['Østre Skole', 'Bakkeskolen', 'Nørrebro Park Skole', 'Skovvangskolen'])} v/ klasselærer ${S(teacher.full)}
Vedr.: ${d.P(child.full)}, cpr.nr. ${CPR(cpr)}, 4.b
Forældre: ${d.P(mother.full)} og ${d.P(father.full)}, ${ADR(street)}, ${AREA(r.pick(AREAS))}

Skolen oplyser, at ${d.P(child.first)} gentagne gange er mødt uden madpakke og virker træt. Mor har oplyst over for ${S(teacher.first)}, at hun er i behandling for ${HL(r.pick(['depression', 'bipolar lidelse', 'angst', 'PTSD']))}. Far har tidligere haft ${HL(r.pick(ADDICTIONS))}.
${d.Pp(child.first)} lillesøster ${d.P(sib)} går i børnehaven Solsikken.

Vurdering: Underretningen vurderes inden for 24 timer. Sagen er fordelt til ${S(s.full)}, ${s.title}, Børne- og Familieafdelingen.
`;
    },
  },
  {
    name: 'partshoering-brev',
    caseType: 'citizen',
    count: 6,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const p = d.person();
      const street = makeStreet(r) + (r.chance(0.7) ? r.pick(FLOORS) : '');
      const area = r.pick(AREAS);
      const acct = accountText(r, r.pick([0, 1, 2, 3]));
      return d.w`${d.P(p.full)}
${ADR(street)}
${AREA(area)}

${ORG(m.name)}
Ydelsesservice
${muniAddr(m)}
Tlf. ${SW(m.switchboard)}

Dato: ${DATE(dateText(r, 1))}
Sagsnr.: ${CASE(kleNumber(r))}
Sagsbehandler: ${S(s.full)}

Partshøring – tilbagebetaling af kontanthjælp

Kære ${d.P(p.full)}

Inden vi træffer afgørelse, giver vi dig mulighed for at komme med bemærkninger, jf. forvaltningslovens § 19.

Vi har fået oplyst af ${r.pick(['Regionshospitalet', 'Psykiatrien', 'din egen læge'])}, at du i perioden var indlagt med ${HL(r.pick(HEALTH_TERMS))}. Vi har desuden oplysninger fra ${r.pick(BANKS)} om en indestående på ${AMT(amount(r))} kr. på kontoen ${ACC(acct)}.

Du kan sende dine bemærkninger til ${WEM(s.email)} eller ringe til mig på ${SW(m.switchboard)} senest ${DATE(dateText(r, 1))}.

Med venlig hilsen

${S(s.full)}
${s.title}
`;
    },
  },
  {
    name: 'afgoerelse-enkeltydelse',
    caseType: 'citizen',
    count: 6,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const p = d.person();
      const kid0 = makePerson(r, d.used, p.origin);
      const kid: Person = { ...kid0, last: p.last, full: `${kid0.first} ${p.last}` };
      d.persons.push(kid);
      const street = makeStreet(r, r.chance(0.4)) + (r.chance(0.5) ? r.pick(FLOORS) : '');
      const acct = accountText(r);
      const cpr = formatCpr(r, cprValue(r, true), r.pick([0, 1]));
      return d.w`Til: ${d.P(p.full.toUpperCase())}
${ADR(street.toUpperCase())}
${AREA(r.pick(AREAS).toUpperCase())}

Afgørelse om hjælp til tandbehandling, aktivlovens § 82

Du har søgt om hjælp til tandbehandling for ${kid.gender === 'm' ? 'din søn' : 'din datter'} ${d.P(kid.full)}. Vi har bevilget ${AMT(amount(r))} kr. Pengene udbetales til ${ACC(acct)}.

Vi har lagt vægt på, at ${d.P(kid.first)} har ${HL(r.pick(['en spiseforstyrrelse', 'epilepsi', 'ADHD', 'cøliaki']))}, og at tandlægen vurderer behandlingen som nødvendig. Ydelsen er registreret under cpr-nr. ${CPR(cpr)}.

Klagevejledning
Du kan klage inden 4 uger. Klagen sendes til ${ORG(m.name)}, som genvurderer sagen og sender den videre til ${ORG('Ankestyrelsen')}, ${PUBADR('Teglholmsgade 3, 2450 København SV')}.

Med venlig hilsen
${S(s.full)}, ${s.title}
${ORG(m.name)} · ${SW(m.switchboard)} · ${WEM(s.email)} · CVR ${CVR(`2${r.digits(7)}`)}
`;
    },
  },
  {
    name: 'klage-borger',
    caseType: 'citizen',
    count: 6,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const p = d.person();
      const spouse = d.person(p.origin, 'other');
      const ph1 = formatPhone(r, phoneDigits(r));
      const ph2 = formatPhone(r, phoneDigits(r));
      const street = makeStreet(r);
      return d.w`Emne: klage over sagsbehandlingen!!

til ${ORG(m.name.toLowerCase())}

jeg hedder ${d.P(p.full.toLowerCase())} og jeg er SÅ træt af at ${S(s.full)} aldrig svarer på mine mails. min ${spouse.gender === 'm' ? 'mand' : 'kone'} ${d.P(spouse.first)} har ${HL(r.pick(['sklerose', 'KOL', 'kræft', 'Parkinsons sygdom', 'demens']))} og vi har ventet 5 mdr på en plejeseng. ${d.P(spouse.first.toLowerCase())} kan ikke komme ud af sengen selv!!

${S(s.first)} lovede i telefonen d. ${dateText(r, 3)} at det ville blive løst. det er ikke ok.

ring til mig på ${PH(ph1)} eller min ${spouse.gender === 'm' ? 'mands' : 'kones'} mobil ${PH(ph2)}

${r.pick(['mvh', 'mvh.', 'hilsen'])} ${d.P(p.first.toLowerCase())}
${ADR(street.toLowerCase())}
`;
    },
  },
  {
    name: 'faktura-hjaelpemiddel',
    caseType: 'citizen',
    count: 6,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const p = d.person();
      const co = r.pick(COMPANIES.slice(0, 5));
      const street = makeStreet(r) + (r.chance(0.5) ? r.pick(FLOORS) : '');
      const cpr = formatCpr(r, cprValue(r, r.chance(0.85)), r.pick([0, 1]));
      const inv = cprLookalike(r);
      const order = phoneDigits(r);
      const bankReg = r.digits(4);
      const net = r.int(400, 40000);
      const kr = (v: number): string =>
        `${String(Math.floor(v)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${pad(Math.round((v % 1) * 100))}`;
      return d.w`FAKTURA
${ORG(co.name)}
${PUBADR(co.address)}
CVR-nr.: ${CVR(co.cvr)}
Tlf. ${OPT(co.phone, 'PHONE')} · ${OPT(co.mail, 'EMAIL')}

Fakturanr.: ${REF(inv)}
Ordrenr.: ${REF(order)}
Fakturadato: ${DATE(dateText(r, 0))}
EAN-nr.: ${EAN(ean(r))}
Rekvirent: ${ORG(m.name)}, Hjælpemiddelcentret, att. ${S(s.full)}
Jeres ref.: ${CASE(journalNumber(r))}

Leveret til borger: ${d.P(p.full)}, ${ADR(street)}, ${AREA(r.pick(AREAS))}
Borgers cpr-nr.: ${CPR(cpr)}

Varenr. ${REF(r.digits(6))}   ${r.pick(['Rollator, let model', 'Badebænk m. ryglæn', 'Toiletforhøjer', 'Plejeseng, el-betjent'])}   1 stk.   ${AMT(kr(net))}
Moms 25 %   ${AMT(kr(net * 0.25))}
I alt DKK   ${AMT(kr(net * 1.25))}

Betalingsbetingelser: netto 30 dage. Beløbet indbetales på ${r.pick(BANKS)} ${OPT(`reg.nr. ${bankReg} konto ${r.digits(10)}`, 'ACCOUNT')}.
`;
    },
  },
  {
    name: 'moedereferat-familie',
    caseType: 'citizen',
    count: 6,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const st = [d.employee(m), d.employee(m), d.employee(m), d.employee(m)];
      const [a, b, c, e] = st as [Staff, Staff, Staff, Staff];
      const p = d.person();
      const fam = d.person(undefined, 'other');
      return d.w`Mødereferat
Møde: Koordineringsmøde, Familieafdelingen
Tid og sted: ${DATE(dateText(r, 0))} kl. 13.00–14.30, mødelokale ${r.pick(['"Ahorn"', '"Fyret"', '2.14', '"Karen Blixen"'])}, ${muniAddr(m)}
Til stede: ${S(a.full)} (formand), ${S(b.full)}, ${S(c.full.toUpperCase())}
Afbud: ${S(e.full)}
Referent: ${S(c.first)}

Pkt. 1  Godkendelse af dagsorden
Godkendt.

Pkt. 2  Sager til drøftelse
a) ${d.P(p.full)} (${CPR(formatCpr(r, cprValue(r, r.chance(0.8))))}) – ${S(b.first)} orienterede om, at ${d.P(p.first)} er indlagt med ${HL(r.pick(['en psykose', 'skizofreni', 'en alvorlig depression', 'selvmordstanker']))}. ${Sp(b.first)} forslag om netværksmøde blev vedtaget.
b) Familien ${d.P(fam.last)}: Mor har meldt sig i behandling for ${HL(r.pick(ADDICTIONS))}. ${S(a.first)} tager kontakt til misbrugscentret.

Pkt. 3  Eventuelt
${S(e.first)} holder ferie i uge 29 – spørgsmål til ${WEM(e.email)} eller hovednummeret ${SW(m.switchboard)}.
`;
    },
  },
  {
    name: 'ocr-brev-boligstoette',
    caseType: 'citizen',
    count: 6,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const p = d.person(
        r.chance(0.6) ? r.pick(['arabic', 'vietnamese', 'polish', 'ukrainian', 'somali']) : undefined,
      );
      const street = makeStreet(r) + r.pick(FLOORS);
      const cpr = cprValue(r, r.chance(0.8));
      const phone = formatPhone(r, phoneDigits(r), r.pick([3, 4]));
      const nameOcr = ocrBreak(r, p.full);
      return d.w`${m.name.toUpperCase().replace(/ /g, '  ')}
Borgerservice  ·  Ydelse


${d.P(nameOcr)}
${ADR(doubleSpaces(street))}
${AREA(r.pick(AREAS))}

Vedr.  boligstøtte  –  genberegning  for  ${r.int(2023, 2025)}

Kære  ${d.P(p.first)}

Vi  har  genberegnet  din  boligstøtte.  De  er  registreret  med  cpr-nr.  ${CPR(`${cpr.slice(0, 6)} -${cpr.slice(6)}`)}  og  en  husstands-
indkomst  på  ${AMT(`${amount(r)} kr.`)}  Beløbet  ud-
betales  til  din  NemKonto.

Ring  gerne,  hvis  du  har  spørgsmål:  tele-
fon  ${SW(m.switchboard)}.  Vi  har  noteret  dit  tele-
fonnummer  som  ${PH(phone)}.

Med  venlig  hilsen
${S(doubleSpaces(s.full))}
`;
    },
  },
  {
    name: 'telefonnotat',
    caseType: 'citizen',
    count: 5,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const p = d.person();
      const daughter = d.person(p.origin, 'other');
      const street = makeStreet(r) + (r.chance(0.5) ? r.pick(FLOORS) : '');
      return d.w`Telefonnotat ${DATE(dateText(r, 0))} kl. ${pad(r.int(8, 15))}:${pad(r.int(0, 59))} – ${S(s.initials.toUpperCase())}
Indgående opkald fra ${d.P(p.full)} (tlf. ${PH(formatPhone(r, phoneDigits(r), r.pick([1, 6, 0])))}) vedr. pension.

Borger oplyste ny adresse pr. 1. ${r.pick(MONTHS)}: ${ADR(street)}, ${AREA(r.pick(AREAS))}. Ny bankkonto: ${ACC(accountText(r, r.pick([1, 4, 3])))}.
${d.P(p.first)} nævnte, at ${he(p)} har fået konstateret ${HL(r.pick(['demens', 'en blodprop i hjertet', 'diabetes', 'kræft']))} og ikke selv kan læse brevene. Datteren ${d.P(daughter.full)} hjælper og kan træffes på ${PH(formatPhone(r, phoneDigits(r), r.pick([2, 5, 7])))}.

Henvist til Borgerservice på ${SW(m.switchboard)}. Sagen er tilknyttet ${S(s.full)}.
`;
    },
  },
  {
    name: 'ansoegningsskema',
    caseType: 'citizen',
    count: 6,
    build(d) {
      const r = d.r;
      const p = d.person();
      const spouse = d.person(undefined, r.chance(0.5) ? 'party' : 'other');
      const kid = d.person(p.origin, 'other');
      const acct = accountText(r, r.pick([2, 0, 1]));
      const street = makeStreet(r, r.chance(0.4));
      return d.w`ANSØGNINGSSKEMA – HJÆLP TIL ENKELTUDGIFTER
Navn: ${d.P(p.full)}
Personnummer: ${CPR(formatCpr(r, cprValue(r, r.chance(0.8))))}
Adresse: ${ADR(street + r.pick(FLOORS))}
Postnr. og by: ${AREA(r.pick(AREAS))}
Telefon: ${PH(formatPhone(r, phoneDigits(r)))}
E-mail: ${EM(privateEmail(r, p))}
Husstand: ${d.P(spouse.full)} (ægtefælle), ${d.P(kid.first)} (${r.int(3, 16)} år)

Hvad søges der om: Flytning og depositum
Begrundelse: Jeg har ${HL(r.pick(HEALTH_TERMS))} og kan ikke gå på trapper. ${d.P(spouse.first)} er ${r.pick(['sygemeldt med', 'førtidspensionist pga.', 'i behandling for'])} ${HL(r.pick(['stress', 'gigt', 'kræft', 'en blodprop']))}.
Tilbud fra ${ORG(r.pick(COMPANIES).name)}: ${AMT(`${amount(r)} kr.`)}
Bankoplysninger: ${ACC(acct)}

Underskrift: ${d.P(p.full)}   Dato: ${DATE(dateText(r, 0))}
`;
    },
  },
  {
    name: 'statusattest-uddrag',
    caseType: 'citizen',
    count: 5,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const p = d.person();
      const doctor = makePerson(r, d.used, 'danish');
      d.persons.push(doctor);
      return d.w`Statusattest (LÆ 265) – uddrag til sagen
Patient: ${d.P(p.last.toUpperCase())}, ${d.P(p.first)}   CPR: ${CPR(formatCpr(r, cprValue(r, r.chance(0.8)), 0))}
Attesten er rekvireret af ${S(s.full)}, ${ORG(m.name)}, jf. sagsnr. ${CASE(kleNumber(r))}.

Diagnoser:
- ${HL(r.pick(['DF32.1 Depressiv enkeltepisode af moderat grad', 'DF43.1 Posttraumatisk belastningsreaktion', 'DE11.9 Type 2-diabetes uden komplikationer', 'DM54.5 Lændesmerter', 'DF90.0 ADHD']))}
- ${HL(r.pick(['DF10.2 Alkoholafhængighed', 'DJ44.9 KOL', 'DG43.9 Migræne', 'DM79.7 Fibromyalgi']))}

Behandling: ${HL(r.pick(DRUGS))} dagligt samt samtaler hos psykolog.
Prognose: ${d.P(p.first)} forventes at kunne genoptage arbejdet på nedsat tid om 3 måneder.

Egen læge: ${OPT(`Lægerne ${r.pick(['Ved Torvet', 'i Bakkegården', 'på Havnen'])}`, 'ORG')} v/ ${OPT(doctor.full, 'PERSON')}
`;
    },
  },
  {
    name: 'aktindsigt-afgoerelse',
    caseType: 'citizen',
    count: 5,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const boss = d.employee(m);
      const p = d.person();
      const third = d.person(undefined, 'other');
      const inv = cprLookalike(r);
      return d.w`${ORG(m.name)} · Sekretariatet
Journalnr. ${CASE(journalNumber(r))}

Kære ${d.P(p.first)} ${d.P(p.last)}

Du har den ${DATE(dateText(r, 1))} bedt om aktindsigt i sagen om din ${r.pick(['mors', 'fars'])} ophold på plejecentret. Du får delvis aktindsigt.

Vi har undtaget oplysninger om en anden beboer, ${d.P(third.full)}, herunder at ${he(third)} har ${HL(r.pick(['demens', 'Alzheimers sygdom', 'alkoholmisbrug', 'skizofreni']))}, jf. offentlighedslovens § 30, nr. 1.
Fakturanr. ${REF(inv)} fra ${ORG(r.pick(COMPANIES).name)} og dokumentlisten (akt nr. 1–${r.int(8, 40)}) er vedlagt.

Har du spørgsmål, kan du kontakte ${S(s.full)} på ${WEM(s.email)} eller ${SW(m.switchboard)}. Afgørelsen er godkendt af ${S(boss.full)}, ${boss.title}.

Med venlig hilsen
${S(s.first)}
`;
    },
  },
  {
    name: 'sms-log-hjemmepleje',
    caseType: 'citizen',
    count: 5,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const s2 = d.employee(m);
      const p = d.person('danish');
      const son = d.person(undefined, 'other');
      const order = phoneDigits(r);
      return d.w`Hjemmeplejen ${m.town} – dagbog, uddrag
Borger: ${d.P(p.full)}, ${ADR(makeStreet(r))}
Ordrenr. fra ${ORG(r.pick(COMPANIES).name)}: ${REF(order)}

${DATE(dateText(r, 0))} 07.45 ${S(s.first)}: ${d.P(p.first)} faldet i nat, hæmatom på hoften. Har taget sin ${HL(r.pick(['Marevan', 'insulin', 'morfin', 'Lithium']))}.
${DATE(dateText(r, 0))} 14.10 ${S(s2.first)}: Talt med ${son.gender === 'm' ? 'sønnen' : 'datteren'} ${d.P(son.full)}, mobil ${PH(formatPhone(r, phoneDigits(r)))}. ${d.P(son.first)} er bekymret for ${d.Pp(p.first)} ${HL(r.pick(['hukommelse', 'demens', 'alkoholforbrug']))}.
${DATE(dateText(r, 0))} 21.30 ${S(s.first)}: SMS sendt til ${d.P(son.first)}. Vagttelefon ${SW(m.switchboard)}.

Ansvarlig: ${S(s.full)} (${WEM(s.email)})
`;
    },
  },
  {
    name: 'bekymringshenvendelse',
    caseType: 'citizen',
    count: 5,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const base = d.person();
      // First names ending in -s give the apostrophe possessive ("Anders' søn").
      const first = r.pick([
        'Anders',
        'Niels',
        'Lars',
        'Jens',
        'Klaus',
        'Mathias',
        'Tobias',
        'Hans',
        'Agnes',
        'Iris',
      ]);
      const p: Person = {
        ...base,
        first,
        full: `${first} ${base.last}`,
        gender: ['Agnes', 'Iris'].includes(first) ? 'f' : 'm',
      };
      d.parties[d.parties.length - 1] = p.full;
      d.persons[d.persons.length - 1] = p;
      d.used.add(first);
      const reporter = d.person(undefined, 'other');
      const kid = r.pick(['Lukas', 'Sofus', 'Alma', 'Ella', 'Elias'].filter((x) => !d.used.has(x)));
      d.used.add(kid);
      d.persons.push({ first: kid, last: p.last, full: kid, gender: 'm', origin: 'x' });
      const street = makeStreet(r) + (r.chance(0.5) ? r.pick(FLOORS) : '');
      return d.w`Bekymringshenvendelse via ${m.domain}/borger – modtaget ${DATE(dateText(r, 0))}
Fra: ${d.P(reporter.full)}, tlf. ${PH(formatPhone(r, phoneDigits(r)))}

Jeg bor ved siden af ${d.P(p.full)} på ${ADR(street)}. ${d.Pp(p.first)} søn ${d.P(kid)} på 9 år er ofte alene hjemme om aftenen. ${d.P(p.first)} har efter min vurdering ${HL(r.pick(ADDICTIONS))} og har tidligere fortalt mig, at ${he(p)} tager ${HL(r.pick(DRUGS))} for sin ${HL(r.pick(['angst', 'depression', 'bipolare lidelse', 'ADHD']))}.
${d.Pp(p.last)} ${p.gender === 'm' ? 'ekskone' : 'eksmand'} bor i ${r.pick(['Spanien', 'Jylland', 'Norge'])}, så der er ingen andre voksne.

Jeg ønsker at være anonym over for familien.

Modtaget af ${S(s.full)}, Myndighed Børn og Unge, ${ORG(m.name)}. Videresendt til ${WEM(`boernogunge@${m.domain}`)}.
`;
    },
  },
  // ----------------------------------------------------------------------------------------------------
  // Building cases: owners, applicants and neighbours stay readable; the property stays readable.
  // ----------------------------------------------------------------------------------------------------
  {
    name: 'byggetilladelse-afgoerelse',
    caseType: 'building',
    count: 6,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const o1 = d.person();
      const o2 = d.person();
      const arch = r.pick(COMPANIES.slice(5));
      const street = makeStreet(r, r.chance(0.5));
      const prop = `${street}, ${r.pick(AREAS)}`;
      d.keep.push(prop);
      const architect = makePerson(r, d.used, 'danish');
      d.persons.push(architect);
      return d.w`${d.P(o1.full)} og ${d.P(o2.full)}
${PROP(prop)}

Byggetilladelse til tilbygning på ${PROP(prop)}
Matrikel: ${MAT(`matr.nr. ${matrikel(r)}`)} ${r.pick(EJERLAV)}
Sagsnr.: ${CASE(kleNumber(r))}   BBR-nr.: ${REF(`${r.int(100, 999)}-${r.digits(6)}-${r.int(1, 9)}`)}

Kære ${d.P(o1.first)} og ${d.P(o2.first)}

${ORG(m.name)} giver hermed byggetilladelse til en tilbygning på ${r.int(18, 60)} m² til enfamiliehuset på ${PROP(street)}. Tilladelsen er givet på grundlag af ansøgningen fra ${ORG(arch.name)} v/ ${OPT(architect.full, 'PERSON')} af ${DATE(dateText(r, 1))}.

Ejendommens ejere er ${d.P(o1.full)} og ${d.P(o2.full)}. ${d.Pp(o1.last)} oplysninger om afstand til skel er kontrolleret.

Byggeriet må tages i brug, når der er givet ibrugtagningstilladelse.

Med venlig hilsen
${S(s.full)}, ${s.title}
Byg og Miljø, ${ORG(m.name)} · ${SW(m.switchboard)} · ${WEM(s.email)}
`;
    },
  },
  {
    name: 'nabohoering',
    caseType: 'building',
    count: 6,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const a = d.person();
      const n1 = d.person();
      const n2 = d.person();
      const n3 = d.person();
      const base = makeStreet(r, r.chance(0.5));
      const street = base.replace(/\d+\w?$/, '');
      const num = Number(/(\d+)/.exec(base)?.[1] ?? '10');
      const area = r.pick(AREAS);
      const prop = `${base}, ${area}`;
      d.keep.push(prop);
      return d.w`Nabohøring – ansøgning om dispensation fra højdegrænseplanet
Ejendom: ${PROP(prop)}, ${MAT(`matr.nr. ${matrikel(r)}`)} ${r.pick(EJERLAV)}
Ansøger: ${d.P(a.full)}
Sagsnr.: ${CASE(kleNumber(r))}

${ORG(m.name)} har modtaget en ansøgning fra ${d.P(a.full)} om at opføre en carport på ${r.int(28, 45)} m², der overskrider højdegrænseplanet mod skel. Før vi træffer afgørelse, hører vi ejerne af de omkringliggende ejendomme:

- ${d.P(n1.full)}, ${OPT(`${street}${num + 2}`, 'ADDRESS')}
- ${d.P(n2.full)}, ${OPT(`${street}${num + 1}`, 'ADDRESS')}
- ${d.P(n3.full.toUpperCase())}, ${OPT(`${street}${num + 4}`, 'ADDRESS')}

Eventuelle bemærkninger sendes til ${WEM(s.email)} senest ${DATE(dateText(r, 1))}. Høringsmaterialet kan ses på ${m.domain}/hoeringer.

Med venlig hilsen
${S(s.full)}
`;
    },
  },
  {
    name: 'hoeringssvar-nabo-mail',
    caseType: 'building',
    count: 6,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const n = d.person();
      const spouse = d.person(n.origin, 'other');
      const owner = d.person();
      const base = makeStreet(r, r.chance(0.5));
      const prop = `${base}, ${r.pick(AREAS)}`;
      d.keep.push(prop);
      const email = privateEmail(r, n);
      return d.w`Fra: ${d.P(n.full)} <${EM(email)}>
Til: ${WEM(s.email)}
Dato: ${dateText(r, 0)}
Emne: SV: Høringssvar – ${PROP(base)}

Hej ${S(s.first)}

Vi har modtaget nabohøringen om ${d.Pp(owner.last)} nye garage på ${PROP(prop)}. Vi er imod projektet. Min ${spouse.gender === 'm' ? 'mand' : 'kone'}, ${OPT(spouse.full, 'PERSON')}, har ${HL(r.pick(['KOL', 'astma', 'migræne', 'en depression']))} og er afhængig af lys i stuen om eftermiddagen.

${d.P(owner.full)} har ikke talt med os om byggeriet.

${signoff(r)}
${d.P(r.chance(0.5) ? n.first : n.full)}
Mobil: ${PH(formatPhone(r, phoneDigits(r)))}
`;
    },
  },
  {
    name: 'dispensation-ansoegning',
    caseType: 'building',
    count: 5,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const o = d.person();
      const [child, childGender] = r.pick(
        (
          [
            ['Emil', 'm'],
            ['Freja', 'f'],
            ['Yusuf', 'm'],
            ['Maja', 'f'],
            ['Adam', 'm'],
            ['Ida', 'f'],
          ] as const
        ).filter((x) => !d.used.has(x[0])),
      );
      d.used.add(child);
      d.persons.push({ first: child, last: o.last, full: `${child} ${o.last}`, gender: 'f', origin: 'x' });
      const prop = `${makeStreet(r, r.chance(0.5))}, ${r.pick(AREAS)}`;
      d.keep.push(prop);
      return d.w`Ansøgning om dispensation – rampe og overdækket indgang
Ansøger/ejer: ${d.P(o.full)}, cpr. ${CPR(formatCpr(r, cprValue(r, r.chance(0.8))))}
Ejendom: ${PROP(prop)}
Telefon ${PH(formatPhone(r, phoneDigits(r)))} · e-mail ${EM(privateEmail(r, o))}

Begrundelse: Vores ${childGender === 'm' ? 'søn' : 'datter'} ${OPT(child, 'PERSON')} er ${HL('kørestolsbruger')} pga. ${HL(r.pick(['cerebral parese', 'muskelsvind', 'en rygmarvsskade', 'spina bifida']))}, og rampen skal gå 1,2 m ud over byggelinjen.
Eventuelt gebyr refunderes til ${ACC(accountText(r))}.

Modtaget af ${S(s.full)}, ${ORG(m.name)}, ${DATE(dateText(r, 0))}.
`;
    },
  },
  {
    name: 'ulovligt-byggeri-varsel',
    caseType: 'building',
    count: 5,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const s2 = d.employee(m);
      const o = d.person();
      const prop = `${makeStreet(r, r.chance(0.5))}, ${r.pick(AREAS)}`;
      d.keep.push(prop);
      return d.w`VARSEL OM PÅBUD – lovliggørelse af udhus og overdækning
Til: ${d.P(o.full)}, ${PROP(prop)}

Ved tilsyn den ${DATE(dateText(r, 1))} konstaterede ${S(s.full)} og ${S(s2.full)}, at der er opført et udhus på ca. 32 m² uden byggetilladelse. ${o.gender === 'm' ? 'Hr.' : 'Fru'} ${d.P(o.last)} oplyste ved tilsynet, at udhuset blev bygget i ${r.int(2015, 2022)}.

Vi har forsøgt at kontakte dig på ${PH(formatPhone(r, phoneDigits(r)))} uden held. Kommunen varsler påbud efter byggelovens § 17 om at søge lovliggørende tilladelse inden ${DATE(dateText(r, 1))}.

Sagsnr. ${CASE(kleNumber(r))}. Kontakt ${S(s.first)} på ${SW(m.switchboard)} eller ${WEM(s.email)}.
`;
    },
  },
  {
    name: 'skorstensfejer-notat',
    caseType: 'building',
    count: 5,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const sw = r.pick(SWEEPS);
      const o = d.person();
      const prop = `${makeStreet(r, r.chance(0.4))}, ${r.pick(AREAS)}`;
      d.keep.push(prop);
      const master = makePerson(r, d.used, 'danish');
      d.persons.push(master);
      return d.w`${ORG(sw.name)} · CVR ${CVR(sw.cvr)} · ${PUBADR(sw.address)}
Fejerapport / brandsyn

Kunde: ${d.P(o.full)}    Kundenr.: ${REF(r.digits(8))}
Adresse: ${PROP(prop)}
Ildsted: brændeovn, Morsø 7648, installeret ${r.int(2005, 2020)}

Bemærkninger: Røgrør utæt ved loftgennemføring – må ikke benyttes før udbedring. Ejer (${d.P(o.first)}) oplyste, at ${he(o)} har ${HL(r.pick(['astma', 'lungefibrose', 'KOL']))} og gerne vil have ovnen skiftet. Kunden ønsker besked på sms til ${PH(formatPhone(r, phoneDigits(r)))}.
Kopi sendt til ${ORG(m.name)}, Beredskab, ${WEM(`beredskab@${m.domain}`)}.

Fejet af ${OPT(master.full, 'PERSON')}, skorstensfejermester. Tlf. ${OPT(sw.phone, 'PHONE')}
`;
    },
  },
  {
    name: 'faerdigmelding-firma-mail',
    caseType: 'building',
    count: 5,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const o = d.person();
      const co = r.pick(COMPANIES);
      const contact = makePerson(r, d.used, 'danish');
      d.persons.push(contact);
      const prop = `${makeStreet(r, r.chance(0.5))}, ${r.pick(AREAS)}`;
      d.keep.push(prop);
      const caseNo = kleNumber(r);
      return d.w`Fra: ${OPT(contact.full, 'PERSON')} <${OPT(`${ascii(contact.first.split(' ')[0]!)}@${co.mail.split('@')[1]!}`, 'EMAIL')}>
Til: ${WEM(`byg@${m.domain}`)}; ${WEM(s.email)}
Emne: Færdigmelding – ${PROP(prop)} (sag ${CASE(caseNo)})

Hej ${S(s.first)}

Hermed færdigmelding af tilbygningen på ${PROP(prop)}. Bygherre er ${d.P(o.full)}. ${d.P(o.first)} kan træffes på mobil ${PH(formatPhone(r, phoneDigits(r)))} eller ${EM(privateEmail(r, o))}, hvis I vil aftale slutsyn.
Vores ordrenr. ${REF(phoneDigits(r))} / fakturanr. ${REF(cprLookalike(r))}.

Med venlig hilsen
${OPT(contact.full, 'PERSON')}
${ORG(co.name)} · CVR ${CVR(co.cvr)} · ${PUBADR(co.address)}
`;
    },
  },
  {
    name: 'ocr-bygningsattest',
    caseType: 'building',
    count: 5,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const o = d.person('danish');
      const street = makeStreet(r, r.chance(0.5));
      const area = r.pick(AREAS);
      const prop = `${street}, ${area}`;
      d.keep.push(prop);
      const cpr = cprValue(r, true);
      return d.w`${m.name.toUpperCase()}  —  TEKNISK  FORVALTNING
BYGNINGSATTEST


EJENDOMMEN:  ${PROP(ocrBreak(r, prop.toUpperCase()))}
MATR.  NR.:  ${MAT(matrikel(r))}  ${r.pick(EJERLAV).toUpperCase()}
EJER:  ${d.P(o.full.toUpperCase())}
CPR.NR.:  ${CPR(`${cpr.slice(0, 6)}-${cpr.slice(6)}`)}

Bygningen  er  opført  ${r.int(1952, 1979)}  som  enfamiliehus  med  ${r.int(92, 180)}  m²  bolig-
areal.  Ejeren,  ${d.P(ocrBreak(r, o.full))},  har  oplyst,  at  kælderen  er  indrettet  til  beboelse.
Ejerens  telefon:  ${PH(formatPhone(r, phoneDigits(r), 4))}

J.nr.  ${CASE(`${r.int(1968, 1989)}-${r.int(100, 999)}`)}
`;
    },
  },
  {
    name: 'gebyr-faktura-byg',
    caseType: 'building',
    count: 5,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const o = d.person();
      const prop = `${makeStreet(r, r.chance(0.5))}, ${r.pick(AREAS)}`;
      d.keep.push(prop);
      const inv = cprLookalike(r);
      return d.w`${ORG(m.name)} – Opkrævning af byggesagsgebyr
Fakturanr.: ${REF(inv)}   Debitornr.: ${REF(r.digits(8))}
EAN: ${EAN(ean(r))}   CVR: ${CVR(`2${r.digits(7)}`)}

Debitor: ${d.P(o.full)}, cpr-nr. ${CPR(formatCpr(r, cprValue(r, r.chance(0.85))))}
Ejendom: ${PROP(prop)}
Sag: ${CASE(kleNumber(r))}

Byggesagsgebyr, timeforbrug ${r.int(3, 14)} t.   ${AMT(`${amount(r)} kr.`)}
Betales senest ${DATE(dateText(r, 0))} til ${OPT(`reg.nr. ${r.digits(4)} konto ${r.digits(10)}`, 'ACCOUNT')} med angivelse af fakturanr.

Spørgsmål: ${S(s.full)}, ${WEM(s.email)}, tlf. ${SW(m.switchboard)}
`;
    },
  },
  {
    name: 'byg-mailtraad-ejer',
    caseType: 'building',
    count: 5,
    build(d) {
      const r = d.r;
      const m = r.pick(MUNIS);
      const s = d.employee(m);
      const o = d.person();
      const prop = `${makeStreet(r, r.chance(0.5))}, ${r.pick(AREAS)}`;
      d.keep.push(prop);
      const email = privateEmail(r, o);
      const phone = formatPhone(r, phoneDigits(r));
      return d.w`Fra: ${S(s.full)} <${WEM(s.email)}>
Til: ${EM(email)}
Emne: SV: Spørgsmål til tagterrasse, ${PROP(prop)}

Kære ${d.P(o.full)}

Tak for din henvendelse. En tagterrasse på ${PROP(prop)} kræver byggetilladelse, fordi den giver indblik til naboen. Send tegninger via Byg og Miljø.

Venlig hilsen
${S(s.full)}
${ORG(m.name)}, Byggeri · ${muniAddr(m)} · ${SW(m.switchboard)}

-----Oprindelig meddelelse-----
Fra: ${d.P(o.full.toUpperCase())} [mailto:${EM(email)}]
Sendt: ${dateText(r, 1)}
Emne: Spørgsmål til tagterrasse

Hej
Må jeg bygge en tagterrasse på garagen? Jeg ${r.pick(['har haft', 'er i behandling for', 'er sygemeldt med'])} ${HL(r.pick(['en blodprop i hjernen', 'tarmkræft', 'depression', 'sclerose']))} og vil gerne have et sted at sidde ude.
${signoff(r)} ${d.P(o.first)}, tlf. ${PH(phone)}
`;
    },
  },
];

// ---------------------------------------------------------------------------------------------------------
// Self-check and output
// ---------------------------------------------------------------------------------------------------------

function covered(doc: GoldDoc, start: number, end: number): boolean {
  return doc.entities.some((e) => e.start <= start && e.end >= end);
}

function check(doc: GoldDoc, persons: Person[]): void {
  const ents = [...doc.entities].sort((a, b) => a.start - b.start);
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i]!;
    if (e.start < 0 || e.end > doc.text.length || e.end <= e.start)
      throw new Error(`${doc.id}: bad span ${e.start}-${e.end}`);
    const s = doc.text.slice(e.start, e.end);
    if (s.trim() !== s || s.length === 0)
      throw new Error(`${doc.id}: entity has outer whitespace: ${JSON.stringify(s)}`);
    const next = ents[i + 1];
    if (next && next.start < e.end)
      throw new Error(
        `${doc.id}: overlap ${JSON.stringify(s)} / ${JSON.stringify(doc.text.slice(next.start, next.end))}`,
      );
  }
  // Every token of every person's name must be inside an entity wherever it occurs.
  for (const p of persons) {
    for (const tok of p.full.split(/[\s-]+/)) {
      if (tok.length < 3) continue;
      for (const variant of new Set([tok, tok.toUpperCase(), tok.toLowerCase()])) {
        const re = new RegExp(
          `(?<![\\p{L}\\d._@])${variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`,
          'gu',
        );
        for (const mm of doc.text.matchAll(re)) {
          const at = mm.index ?? 0;
          if (!covered(doc, at, at + variant.length))
            throw new Error(`${doc.id}: unlabelled name token ${JSON.stringify(variant)} at ${at}`);
        }
      }
    }
  }
  // Every CPR-shaped or phone-shaped number must be labelled (as personal data or as a readable number).
  for (const re of [
    /(?<!\d)\d{6}[- ]?\d{4}(?!\d)/g,
    /(?<![\d.,])\d{8}(?![\d.,])/g,
    /(?<!\d)\d{2} \d{2} \d{2} \d{2}(?!\d)/g,
  ]) {
    for (const mm of doc.text.matchAll(re)) {
      const at = mm.index ?? 0;
      if (!covered(doc, at, at + mm[0].length)) throw new Error(`${doc.id}: unlabelled number ${mm[0]}`);
    }
  }
  const norm = (x: string): string => x.replace(/-\n/g, '').replace(/\s+/g, ' ').toLowerCase();
  for (const k of doc.keep)
    if (!norm(doc.text).includes(norm(k))) throw new Error(`${doc.id}: keep string not in text: ${k}`);
}

function generate(seed: number): GoldDoc[] {
  const out: GoldDoc[] = [];
  let n = 0;
  TEMPLATES.forEach((t, ti) => {
    for (let i = 0; i < t.count; i++) {
      n++;
      const r = new Rng(seed * 1000 + ti * 37 + i * 7919);
      const d = new Doc(t.caseType, r);
      t.build(d);
      // The case record is sometimes incomplete: drop a party now and then.
      let parties = d.parties;
      if (parties.length > 1 && r.chance(0.25)) parties = parties.slice(0, -1);
      const doc: GoldDoc = {
        id: `ho-${pad(n, 3)}-${t.name}`,
        case_type: t.caseType,
        text: d.text,
        parties,
        staff: d.staff,
        keep: d.keep,
        entities: d.entities,
      };
      check(doc, d.persons);
      out.push(doc);
    }
  });
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (k: string, dflt: string): string => {
    const i = args.indexOf(k);
    return i >= 0 && args[i + 1] ? (args[i + 1] as string) : dflt;
  };
  const here = dirname(fileURLToPath(import.meta.url));
  const seed = Number(opt('--seed', '20261127'));
  const outPath = resolve(opt('--out', resolve(here, 'pii-holdout.jsonl')));
  const docs = generate(seed);
  writeFileSync(outPath, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const counts = new Map<string, number>();
  for (const d of docs)
    for (const e of d.entities)
      counts.set(`${e.label}/${String(e.redact)}`, (counts.get(`${e.label}/${String(e.redact)}`) ?? 0) + 1);
  console.log(
    `${docs.length} documents (${docs.filter((d) => d.case_type === 'building').length} building) -> ${outPath}`,
  );
  console.log(
    [...counts.entries()]
      .sort()
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n'),
  );
}

main();
