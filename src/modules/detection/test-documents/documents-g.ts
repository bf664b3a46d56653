// Own test documents, part G: text with no personal data at all (guidance, minutes of a committee), which must
// come out with nothing redacted — counts, project names, institutions, hospital and town-hall addresses,
// service numbers after "Har du spørgsmål", CVR/EAN/order/invoice numbers and dates written with blanks.
import type { TTestDocument } from './documents-a.js';

export const DOCUMENTS_G: TTestDocument[] = [
  {
    name: 'guidance text without personal data: nothing is redacted',
    input: {
      case_type: 'citizen',
      text: `Vejledning om byggetilladelse
Kommunen behandler ansøgninger efter Byggeloven og Bygningsreglement 2018 (BR18).
Afsnit 3, Stk. 2: Carporte på op til 50 m² kræver ikke tilladelse. Se også Bilag 4, Side 12.
Gebyret er 1.250 kr. Har du spørgsmål, kan du ringe på 70 12 34 56.
Borgerservice, Rådhustorvet 1, 7100 Vejle. Vi holder lukket 24 12 2025.
Ordrenr. 45678912, Faktura 23456789, EAN 5798000000001, CVR 29189668.
Projektet Grøn Omstilling 2030 er vedtaget. Trin 2 begynder i Uge 34.
Hans Christian Andersen Airport ligger i Beldringe. Hold 3 mødes i Lokale 2.14.
Parken 3 gange om ugen bliver slået. Sygehus Lillebælt, Sygehusvej 24, 6000 Kolding.
`,
    },
    redact: [],
    readable: [
      '70 12 34 56',
      'Rådhustorvet 1, 7100 Vejle',
      '24 12 2025',
      '45678912',
      '23456789',
      '29189668',
      'Projektet Grøn Omstilling',
      'Hans Christian Andersen',
      'Parken 3',
      'Sygehusvej 24, 6000 Kolding',
    ],
  },
  {
    name: 'a case note typed in capitals: staff first names readable, unknown surnames ended by punctuation',
    input: {
      case_type: 'citizen',
      staff: ['Karina Holt', 'Pernille Aagaard'],
      text: `NOTAT 03.03.2025
FRA: ÅSTED SKOLE V/ KLASSELÆRER PERNILLE AAGAARD
TALT MED DATTEREN OKSANA BONDARENKO, MOBIL 61 72 83 94. KARINA LOVEDE AT RINGE TILBAGE.
EJENDOM: H.C. ANDERSENS VEJ 63, 8800 VIBORG. BORGER: YOU-
SEF KARIMI, IB (4 ÅR) BOR HOS HAM.
KLAGE OVER AFGØRELSEN. BORGER OPLYSTE NY ADRESSE. LEVERANDØR: TØMRERFIRMAET BYG & BO APS, CVR 11661647.
KOPI TIL: AKTINDSIGT@ESBJERG.DK
`,
    },
    redact: ['OKSANA BONDARENKO', '61 72 83 94', 'YOU-\nSEF KARIMI', 'IB'],
    readable: [
      'PERNILLE AAGAARD',
      'KARINA',
      'DATTEREN',
      '03.03.2025',
      'OVER AFGØRELSEN',
      'OPLYSTE',
      'BO APS',
      'AKTINDSIGT@',
    ],
  },
  {
    name: 'a reply written entirely in lower case: staff name and the town hall readable, the citizen not',
    input: {
      case_type: 'citizen',
      staff: ['Louise Bundesen'],
      text: `hej

tak til louise bundesen for svaret. min mor gerda holm har det dårligt og hun har adhd. vi bor på tulipanvej 8,
7100 vejle. jeg kommer forbi vejle kommune, skolegade 1, 7100 vejle på mandag.

med venlig hilsen
jonna holm
`,
    },
    redact: ['gerda holm', 'adhd', 'tulipanvej 8', 'jonna holm'],
    readable: ['louise bundesen', 'skolegade 1, 7100 vejle'],
  },
];
