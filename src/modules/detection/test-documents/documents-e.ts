// Own test documents, part E: address forms (letter address blocks, capitals, lower case, OCR spacing, flat
// numbers, streets without a street ending) and phone ownership in logs, minutes and signatures.
import type { TTestDocument } from './documents-a.js';

export const DOCUMENTS_E: TTestDocument[] = [
  {
    name: 'decision letter with a capitals address block under a municipal letterhead',
    input: {
      case_type: 'citizen',
      staff: ['Birgitte Hvid'],
      text: `FREDERICIA KOMMUNE
Social og Sundhed
Gothersgade 20, 7000 Fredericia

ESTHER MØLGAARD
ELLEN HØRUPS VEJ 31, 1. TV., LEJL. 6
7000 FREDERICIA

Afgørelse om merudgifter
Sagsnr. 27.12.08-G01-41-25. CVR 69116418. EAN 5798005530091.

Du har søgt om dækning af 3.450,00 kr. Vi har bevilget ydelsen fra 01.03.2025.

Med venlig hilsen
Birgitte Hvid
Socialrådgiver
Telefon 72 10 60 00
`,
    },
    redact: ['ESTHER MØLGAARD', 'ELLEN HØRUPS VEJ 31, 1. TV., LEJL. 6', '7000 FREDERICIA\n'],
    readable: [
      'Gothersgade 20, 7000 Fredericia',
      '27.12.08-G01-41-25',
      '69116418',
      '5798005530091',
      '3.450,00 kr.',
      '01.03.2025',
      'Birgitte Hvid',
      '72 10 60 00',
    ],
  },
  {
    name: 'lower-case citizen e-mail with street, phone and a sign-off',
    input: {
      case_type: 'citizen',
      parties: ['Villads Krag'],
      text: `hej

jeg er flyttet og min nye adresse er skovsnogevej 7 st tv, 8800 viborg. ring gerne på 31 41 59 26
eller (+45) 2718 2818 hvis der mangler noget. mine børn er i børnehaven 3 dage om ugen.

mvh villads
skovsnogevej 7
`,
    },
    redact: ['skovsnogevej 7 st tv, 8800 viborg', '31 41 59 26', '(+45) 2718 2818', 'villads'],
    readable: ['børnehaven 3 dage'],
  },
  {
    name: 'OCR-scanned housing benefit letter with doubled spaces and a street without an ending',
    input: {
      case_type: 'citizen',
      text: `ODENSE  KOMMUNE
Borgerservice  ·  Boligstøtte

Kære  Mikkel  Thorsen

Vi  har  registreret,  at  du  bor  på  Klostermosen  44,  2.  sal,  lejlighed  9  i  Odense.
Din  tidligere  bopæl  Ved  Kanalen  3  er  afmeldt.  Journalnr.  2025-004411.
`,
    },
    redact: ['Mikkel  Thorsen', 'Klostermosen  44,  2.  sal,  lejlighed  9', 'Ved  Kanalen  3'],
    readable: ['ODENSE  KOMMUNE', '2025-004411'],
  },
  {
    name: 'home care log: the relative owns the mobile number, the duty phone is the service',
    input: {
      case_type: 'citizen',
      staff: ['Pia Dam', 'Yasmin Aziz'],
      parties: ['Erling Busk'],
      text: `Hjemmeplejen Nord – døgnrapport
Borger: Erling Busk, Bakkedraget 12, 9400 Nørresundby

03.02.2025 08.10 Pia: Erling har haft et fald. Talt med sønnen Henrik Busk, mobil 41-22-63-84.
03.02.2025 15.40 Yasmin: Besked sendt til Henrik. Vagttelefon 96 31 10 10.
04.02.2025 09.00 Pia: Naboen Gudrun Ravn, tlf.nr.: 2233 4455, har nøgle.

Ansvarlig: Pia Dam (pd@aalborg.dk), 99 31 20 20
`,
    },
    redact: [
      'Erling Busk',
      'Bakkedraget 12, 9400 Nørresundby',
      'Henrik Busk',
      '41-22-63-84',
      'Gudrun Ravn',
      '2233 4455',
    ],
    readable: ['Pia Dam', 'Yasmin', '96 31 10 10', '99 31 20 20', 'pd@aalborg.dk'],
  },
  {
    name: 'minutes: the meeting venue stays readable, the parents’ address after their names does not',
    input: {
      case_type: 'citizen',
      staff: ['Lotte Krogh'],
      text: `Referat af netværksmøde 12.05.2025 kl. 10.00–11.30, mødelokale "Skoven", Jernbanegade 4, 6000 Kolding
Til stede: Lotte Krogh (referent)
Forældre: Amalie Bech og Rasmus Lind, Birkebakken 17, 6000 Kolding
`,
    },
    redact: ['Amalie Bech', 'Rasmus Lind', 'Birkebakken 17, 6000 Kolding'],
    readable: ['Jernbanegade 4, 6000 Kolding', 'Lotte Krogh', '12.05.2025'],
  },
  {
    name: 'building case: property and owner stay readable, streets named after people are addresses',
    input: {
      case_type: 'building',
      keep: ['H.C. Andersens Vej 63'],
      text: `Byggetilladelse – H.C. Andersens Vej 63, 5000 Odense C, matr.nr. 12ab
Ansøger: Ole Rømer Hansen, Niels Bohrs Allé 4, 5230 Odense M, tlf. 51 52 53 54.
Sagsnr. 24/18822. Gebyr 4.200 kr. Ordrenr. 45123987.
`,
    },
    redact: ['51 52 53 54'],
    readable: [
      'H.C. Andersens Vej 63',
      'Ole Rømer Hansen',
      'Niels Bohrs Allé 4, 5230 Odense M',
      '24/18822',
      '45123987',
    ],
  },
];
