// Throughput benchmark: MB of text per second per core for the detection engine on a large generated input
// (≥ 20 MB of Danish administrative text with names, CPR numbers, addresses, phones, accounts and health terms,
// mixed with long neutral paragraphs and adversarial strings for the regexes). Single-threaded, so the figure
// is per core. Usage: npx tsx bench/detect/throughput.ts [--mb 20] [--doc-kb 8]
import { detect } from '../../src/modules/detection/index.js';
import type { TDetectInput } from '../../src/modules/detection/types.js';

const args = process.argv.slice(2);
const opt = (k: string, d: number): number => {
  const i = args.indexOf(k);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : d;
};
const targetMb = opt('--mb', 20);
const docKb = opt('--doc-kb', 8);

// Deterministic pseudo-random generator so runs are comparable.
let seed = 42;
const rnd = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)] as T;

const FIRST = [
  'Jens',
  'Mette',
  'Ahmad',
  'Zeynep',
  'Søren',
  'Anne-Marie',
  'Kasper',
  'Fatima',
  'Ole',
  'Ingrid',
  'Mikkel',
  'Nanna',
];
const LAST = [
  'Hansen',
  'Kjærgaard',
  'Yilmaz',
  'Nguyen',
  'Holm-Jensen',
  'Mortensen',
  'Bak',
  'Østergaard',
  'Lassen',
  'Friis',
];
const STREETS = [
  'Rosenvej',
  'Bøgevænget',
  'H.C. Andersens Vej',
  'Søndre Ringvej',
  'Toftebakken',
  'Nørregade',
  'Kirkestræde',
];
const TOWNS = ['8600 Silkeborg', '2100 København Ø', '5000 Odense C', '7400 Herning', '9000 Aalborg'];
const HEALTH = [
  'diabetes',
  'depression',
  'leddegigt',
  'alkoholmisbrug',
  'kræft i tyktarmen',
  'ADHD',
  'angst',
];
const NEUTRAL =
  'Kommunen har modtaget ansøgningen og vurderer, at projektet overholder lokalplanens bestemmelser om bebyggelsesprocent, ' +
  'højde og afstand til skel. Der er ikke indkommet bemærkninger i høringsperioden, og sagen kan derfor afgøres administrativt. ' +
  'Budgettet for 2025 er 4.250.000 kr., og mødet holdes 12.03.2025 kl. 10 i mødelokale 3. Sagsnr. 2024-12345, journalnr. 01.02.03-P20-1-24. ';
const ADVERSARIAL =
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@ ' +
  '1'.repeat(60) +
  ' ' +
  'Aaaaaaaaaaaaaaaaaaaaaaaa '.repeat(4) +
  '12 34 56 '.repeat(5) +
  '.\n';

function paragraph(): string {
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const dd = String(1 + rnd(28)).padStart(2, '0');
  const mm = String(1 + rnd(12)).padStart(2, '0');
  const yy = String(rnd(100)).padStart(2, '0');
  switch (rnd(6)) {
    case 0:
      return `Fra: ${name} <${name.split(' ')[0]?.toLowerCase()}@gmail.com>\nMit cpr-nr. er ${dd}${mm}${yy}-${1000 + rnd(9000)}.\n`;
    case 1:
      return `Samtale med ${name}. ${name.split(' ')[1]} fortæller, at han har ${pick(HEALTH)}. Tlf. ${20 + rnd(79)} ${10 + rnd(89)} ${10 + rnd(89)} ${10 + rnd(89)}.\n`;
    case 2:
      return `${name}\n${pick(STREETS)} ${1 + rnd(200)}, ${rnd(3) + 1}. tv., ${pick(TOWNS)}\n`;
    case 3:
      return `Udbetales til reg.nr. ${1000 + rnd(9000)} konto ${1000000000 + rnd(8999999999)}. Fakturanr. ${dd}${mm}${yy}${1000 + rnd(9000)}.\n`;
    case 4:
      return ADVERSARIAL;
    default:
      return NEUTRAL + '\n';
  }
}

const docs: TDetectInput[] = [];
let bytes = 0;
while (bytes < targetMb * 1024 * 1024) {
  let text = '';
  while (text.length < docKb * 1024) text += paragraph();
  docs.push({ text, case_type: 'citizen', parties: [`${pick(FIRST)} ${pick(LAST)}`], staff: ['Mette Lund'] });
  bytes += Buffer.byteLength(text, 'utf8');
}

// CPU time of this process is the honest "per core" figure on a shared machine; wall time is shown as well.
const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

detect(docs[0] as TDetectInput); // warm up
const t0 = performance.now();
const c0 = process.cpuUsage();
let spans = 0;
for (const d of docs) spans += detect(d).spans.length;
const seconds = (performance.now() - t0) / 1000;
const cpu = cpuSeconds(c0);
const mb = bytes / (1024 * 1024);
console.log(`documents: ${docs.length} of ~${docKb} KB, ${mb.toFixed(1)} MB UTF-8, ${spans} spans`);
console.log(`CPU time: ${cpu.toFixed(2)} s → ${(mb / cpu).toFixed(2)} MB/s per core (target ≥ 2)`);
console.log(
  `wall time: ${seconds.toFixed(2)} s → ${(mb / seconds).toFixed(2)} MB/s (lower when the machine is shared)`,
);

// One huge document: checks that nothing is quadratic in the document length.
const huge: TDetectInput = {
  text: docs
    .slice(0, 256)
    .map((d) => d.text)
    .join('\n'),
  case_type: 'citizen',
};
const hugeMb = Buffer.byteLength(huge.text, 'utf8') / (1024 * 1024);
const c1 = process.cpuUsage();
detect(huge);
const s1 = cpuSeconds(c1);
console.log(
  `single document of ${hugeMb.toFixed(1)} MB: ${s1.toFixed(2)} s CPU → ${(hugeMb / s1).toFixed(2)} MB/s per core`,
);
