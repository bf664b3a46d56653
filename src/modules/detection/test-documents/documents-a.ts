// Own test documents (other templates and names than the development corpus) with the strings that must be
// redacted and the strings that must stay readable. Used by documents.test.ts.
import type { TDetectInput } from '../types.js';

export interface TTestDocument {
  name: string;
  input: TDetectInput;
  redact: string[];
  readable: string[];
}

export const DOCUMENTS_A: TTestDocument[] = [
  {
    name: 'partshøring letter with family members and possessives',
    input: {
      case_type: 'citizen',
      parties: ['Birthe Kjeldgaard Thorsen'],
      staff: ['Nikolaj Brix'],
      text: `Birthe Kjeldgaard Thorsen
Søndre Ringvej 212, 1. th.
4000 Roskilde

Partshøring – sag 27.12.04-G01-1133-24

Kære Birthe Thorsen

Vi har modtaget en underretning om din søn Malthe. Underretningen beskriver, at Malthes far, Jørgen Winther,
har et hashmisbrug og at Malthe er udredt for autisme. Thorsens egen læge har oplyst, at hun er i behandling for
svær depression.

Før vi træffer afgørelse, har du mulighed for at komme med bemærkninger inden 14 dage. Du kan ringe til mig på
tlf. 46 31 30 00 (omstillingen) eller skrive til nibr@roskilde.dk.

Med venlig hilsen

Nikolaj Brix
Socialrådgiver, Familieafdelingen
`,
    },
    redact: [
      'Birthe Kjeldgaard Thorsen',
      'Søndre Ringvej 212, 1. th.',
      'Birthe Thorsen',
      'Malthe',
      'Malthes',
      'Jørgen Winther',
      'hashmisbrug',
      'autisme',
      'Thorsens',
      'depression',
    ],
    readable: [
      'Nikolaj Brix',
      '46 31 30 00',
      'nibr@roskilde.dk',
      '27.12.04-G01-1133-24',
      'Familieafdelingen',
    ],
  },
  {
    name: 'e-mail thread from a citizen with phone, account and CPR in several formats',
    input: {
      case_type: 'citizen',
      parties: [],
      staff: ['Louise Dam'],
      text: `From: Xhevdet Berisha <x.berisha@outlook.dk>
Sent: 3. februar 2025 09:14
To: Louise Dam <loda@kk.dk>
Subject: SV: Boligstøtte

Hej Louise

Tak for svar. Mit personnummer er 290779-1235 og min kone Drita Berisha har CPR 0312824568.
Pengene kan overføres til min konto i Danske Bank: reg.nr. 3001, kontonr. 0004567890.
Du kan fange mig på mobil +45 28 91 04 17 efter kl. 16.

Venlig hilsen
Xhevdet
`,
    },
    redact: [
      'Xhevdet Berisha',
      'x.berisha@outlook.dk',
      '290779-1235',
      'Drita Berisha',
      '0312824568',
      'reg.nr. 3001, kontonr. 0004567890',
      '+45 28 91 04 17',
      'Xhevdet',
    ],
    readable: ['Louise Dam', 'loda@kk.dk', 'Louise', '3. februar 2025', 'Danske Bank'],
  },
  {
    name: 'invoice and payment note where numbers are not CPR or phone numbers',
    input: {
      case_type: 'citizen',
      parties: ['Gunnar Lykkegaard'],
      staff: ['Pernille Aagaard'],
      text: `Betalingsoversigt

Faktura nr. 0101251234 fra VVS-Service Hansen & Søn ApS, CVR-nr. 29384756, EAN 5798000123456.
Ordrenr. 31052019 vedrører udskiftning af radiator. Beløb: 24.500,00 kr.
Journalnr. 2301120045. Sagsnr. 2024-12345.
Refusion til borger Gunnar Lykkegaard, cpr-nr. 121248-1237, udbetales til reg. 9570 konto 1234567.
Kontakt firmaet på 70 20 30 40 (hovednummer).
Godkendt 12.03.2024 af Pernille Aagaard.
`,
    },
    redact: ['Gunnar Lykkegaard', '121248-1237', 'reg. 9570 konto 1234567'],
    readable: [
      '0101251234',
      '29384756',
      '5798000123456',
      '31052019',
      '24.500,00',
      '2301120045',
      '2024-12345',
      'Hansen & Søn ApS',
      'Pernille Aagaard',
      '12.03.2024',
    ],
  },
];
