// Own test documents, part C: decision letters, forms and OCR-like text.
import type { TTestDocument } from './documents-a.js';

export const DOCUMENTS_C: TTestDocument[] = [
  {
    name: 'decision letter with names in capitals, an IBAN and a child',
    input: {
      case_type: 'citizen',
      parties: ['Fatma Demir'],
      staff: ['Jakob Riber'],
      text: `FATMA DEMIR
Holmevænget 3, 2. mf.
7100 Vejle

Afgørelse om tabt arbejdsfortjeneste (servicelovens § 42)

Vejle Kommune har behandlet din ansøgning af 2. oktober 2024 vedrørende din datter Elif Demir, født 14.05.2016.
Elif har type 1-diabetes og cøliaki, og du har dokumenteret merudgifter på 3.212 kr. om måneden.
Ydelsen udbetales til IBAN DK50 0040 0440 1162 43.

Hvis du vil klage, skal du sende klagen til Vejle Kommune inden 4 uger.

Venlig hilsen
Jakob Riber
Familierådgiver
Vejle Kommune · Skolegade 1 · 7100 Vejle · tlf. 76 81 00 00
`,
    },
    redact: [
      'FATMA DEMIR',
      'Holmevænget 3, 2. mf.',
      'Elif Demir',
      'Elif',
      'type 1-diabetes',
      'cøliaki',
      'DK50 0040 0440 1162 43',
    ],
    readable: [
      'Jakob Riber',
      'Vejle Kommune',
      'Skolegade 1',
      '76 81 00 00',
      '3.212 kr.',
      '2. oktober 2024',
      '§ 42',
    ],
  },
  {
    name: 'form with labelled fields and a CPR written with a space',
    input: {
      case_type: 'citizen',
      parties: [],
      staff: [],
      text: `ANSØGNING OM ENKELTYDELSE
Navn: Thorbjørn Vestergård Lassen
CPR-nr.: 240562 1239
Adresse: Åbakken 14, 9520 Skørping
Telefon: 98 37 12 04
E-mail: tvl@webspeed.dk
Bankkonto: 9070 - 1628450127
Begrundelse: Jeg er langtidssygemeldt efter en blodprop i hjertet og kan ikke betale tandlægeregningen (faktura 230451, 8.750 kr.).
`,
    },
    redact: [
      'Thorbjørn Vestergård Lassen',
      '240562 1239',
      'Åbakken 14',
      '98 37 12 04',
      'tvl@webspeed.dk',
      '9070 - 1628450127',
      'blodprop i hjertet',
    ],
    readable: ['230451', '8.750 kr.', 'ANSØGNING OM ENKELTYDELSE'],
  },
  {
    name: 'building case file note: owner readable, owner CPR and account redacted',
    input: {
      case_type: 'building',
      parties: ['Lars Grønbæk'],
      staff: ['Mette Frost'],
      keep: ['Engtoften 9, 8660 Skanderborg'],
      text: `Notat vedr. Engtoften 9, 8660 Skanderborg (ESR 746-123456)

Ejer Lars Grønbæk (cpr 070761-4285) har rykket for svar. Gebyret på 2.650 kr. refunderes til
reg.nr. 1551 konto 3456789012. Grønbæk oplyser, at hans kone er blevet opereret for brystkræft, og at de derfor
ønsker byggeriet færdigt før jul. Grønbæks tømrer, Snedker Vang ApS, har tlf. 86 52 11 22.

Mette Frost, byggesagsbehandler
`,
    },
    redact: ['070761-4285', 'reg.nr. 1551 konto 3456789012', 'brystkræft'],
    readable: [
      'Engtoften 9, 8660 Skanderborg',
      'Lars Grønbæk',
      'Grønbæk',
      'Mette Frost',
      'Snedker Vang ApS',
      '86 52 11 22',
      '2.650 kr.',
      '746-123456',
    ],
  },
];
