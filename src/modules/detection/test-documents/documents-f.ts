// Own test documents, part F: a citizen's letter with a two-block letterhead, e-mail thread with quotes,
// minutes with "Surname, First name" lists, OCR and capitals, lower-case text messages, a journal note whose
// header names the caseworker, and phone numbers that share a line with a company.
import type { TTestDocument } from './documents-a.js';

export const DOCUMENTS_F: TTestDocument[] = [
  {
    name: 'citizen complaint: sender block, municipal block, apposition and split phone formats',
    input: {
      case_type: 'citizen',
      text: `Kirsten Dyhr
Øster Allé 12, 3. th.
8000 Aarhus C

Aarhus Kommune
Borgerservice
Rådhuspladsen 2
8000 Aarhus C

Klage over afgørelse af 3. marts 2025 (j.nr. 2025-11234)

Jeg er uenig i afgørelsen. Min mand, Preben Dyhr, har haft blodprop i hjernen og har brug for hjælp.
Ring til mig på tlf.nr.: 22 33 44 55 eller mobil 4050-6070.

Venlig hilsen
Kirsten Dyhr
`,
    },
    redact: [
      'Kirsten Dyhr',
      'Øster Allé 12, 3. th.',
      'Preben Dyhr',
      'blodprop i hjernen',
      '22 33 44 55',
      '4050-6070',
    ],
    readable: ['Rådhuspladsen 2', '2025-11234', '3. marts 2025'],
  },
  {
    name: 'building objection: the neighbour’s phone stays private although his company is named later',
    input: {
      case_type: 'building',
      keep: ['Kløvervej 9'],
      text: `Indsigelse mod byggeri på Kløvervej 9, matr.nr. 7a Tilst By
Sagsnr. 2024-18233

Jeg, Ulrik Sand, ejer af naboejendommen Kløvervej 11, gør indsigelse mod carporten.
Kontakt: +45 22334455 eller ulrik.sand@hotmail.com. CVR-nr. 12345678 (mit firma Sand Byg ApS).
Faktura 87654321 vedlagt. Beløb: 12.345,00 kr.
`,
    },
    redact: ['+45 22334455', 'ulrik.sand@hotmail.com'],
    readable: [
      'Kløvervej 9',
      'Ulrik Sand',
      'Kløvervej 11',
      '12345678',
      '87654321',
      '12.345,00 kr.',
      '2024-18233',
    ],
  },
  {
    name: 'minutes listing participants as "Surname, First name (role)"',
    input: {
      case_type: 'citizen',
      staff: ['Tove Mikkelsen'],
      text: `Referat – børnefagligt møde 10.10.2025
Deltagere:
Nielsen, Karina (mor)
Ahmadi, Reza (far)
Mikkelsen, Tove (sagsbehandler)

Karina oplyste, at Reza er sygemeldt med stress. Tove følger op. Næste møde 24.10.2025 kl. 9.00.
`,
    },
    redact: ['Nielsen, Karina', 'Ahmadi, Reza', 'Karina', 'Reza', 'stress'],
    readable: ['Mikkelsen, Tove', 'Tove følger', '10.10.2025', '24.10.2025'],
  },
  {
    name: 'OCR form with doubled blanks and a letter in capitals',
    input: {
      case_type: 'citizen',
      text: `Borger:  Lars  Holmgaard
Adresse:  Vestre  Ringvej  44,  st.  tv.
Tlf.  22  33  44  55
CPR:  120345-1234

TIL: MARIA VESTERGAARD
VESTERBROGADE 112, 4. SAL
1620 KØBENHAVN V

VEDR. BOLIGSTØTTE. MARIA HAR OPLYST AT HUN ER GRAVID.
`,
    },
    redact: [
      'Lars  Holmgaard',
      'Vestre  Ringvej  44,  st.  tv.',
      '22  33  44  55',
      '120345-1234',
      'MARIA VESTERGAARD',
      'VESTERBROGADE 112, 4. SAL',
      'MARIA',
      'GRAVID',
    ],
    readable: ['HAR OPLYST', 'BOLIGSTØTTE'],
  },
  {
    name: 'lower-case text message with names, an address without capitals and ordinary words',
    input: {
      case_type: 'citizen',
      text: `hej det er søren fra nr. 4. min kone birgitte er faldet og har brækket hoften. vi bor på lindevænget 4 1.th. ring på 28 29 30 31
solen skinner og vi står i en lang line ved stranden. tak for hjælpen.
hilsen søren
`,
    },
    redact: ['søren', 'birgitte', 'lindevænget 4 1.th.', '28 29 30 31'],
    readable: ['solen skinner', 'lang line', 'stranden'],
  },
  {
    name: 'journal note: the caseworker in the header does not make the citizen’s new mobile hers',
    input: {
      case_type: 'citizen',
      staff: ['Maja Thy'],
      text: `Journalnotat 14.11.2025 – Maja Thy
Telefonsamtale med Omar Farouk (far til Yusuf, 7 år). Omar fortalte, at Yusuf har ADHD og tager Ritalin.
Omar bor nu hos sin bror på Rughaven 12, 1. th., 2730 Herlev. Ny mobil 53 54 55 56.
Aftalt: hjemmebesøg 20.11.2025 kl. 10. Møde den 24 12 2025 er aflyst.
`,
    },
    redact: ['Omar Farouk', 'Yusuf', 'ADHD', 'Ritalin', 'Rughaven 12, 1. th., 2730 Herlev', '53 54 55 56'],
    readable: ['Maja Thy', '14.11.2025', '20.11.2025', '24 12 2025'],
  },
  {
    name: 'law firm letterhead: firm address and switchboard readable, the client’s address not',
    input: {
      case_type: 'citizen',
      text: `Hansen & Larsen Advokater I/S
H.C. Andersens Boulevard 27, 1553 København V
Tlf. 33 12 34 56 · CVR 12345678

Vores klient, Tine Skov, Egebakken 14, 4000 Roskilde, har bedt os klage.
`,
    },
    redact: ['Tine Skov', 'Egebakken 14, 4000 Roskilde'],
    readable: ['H.C. Andersens Boulevard 27, 1553 København V', '33 12 34 56', '12345678'],
  },
  {
    name: 'application form with first name and surname fields and a postcode field',
    input: {
      case_type: 'citizen',
      text: `ANSØGNINGSSKEMA – HJÆLPEMIDLER
Fornavn: Gunhild
Efternavn: Kjær-Madsen
Adresse: Bakkedraget 12
Postnr./by: 6100 Haderslev
Mobil: 2012 34 56
Beskriv behovet: Jeg har KOL og bruger rollator. Ansøgningen er modtaget 2024 12 31.
`,
    },
    redact: ['Gunhild', 'Kjær-Madsen', 'Bakkedraget 12', '6100 Haderslev', '2012 34 56', 'KOL', 'rollator'],
    readable: ['2024 12 31', 'HJÆLPEMIDLER'],
  },
  {
    name: 'copy to a lawyer: the law firm’s address after the lawyer’s name stays readable',
    input: {
      case_type: 'citizen',
      text: `Med venlig hilsen

Helle Rasmussen
Sagsbehandler | Ydelsesservice
Direkte: 72 36 48 12 | Mobil: 21 22 23 24
hera@vejle.dk

Kopi til: borgerens søster, Ea Lund, Tjørnehøj 4, og advokat Jonas Friis, Friis Advokater ApS, Vestergade 2, 7100 Vejle
`,
    },
    redact: ['Ea Lund', 'Tjørnehøj 4', 'Jonas Friis'],
    readable: ['Helle Rasmussen', '72 36 48 12', '21 22 23 24', 'hera@vejle.dk', 'Vestergade 2, 7100 Vejle'],
  },
  {
    name: 'building application: owner and contractor phones private, the architect firm’s number readable',
    input: {
      case_type: 'building',
      keep: ['Fasanvej 7'],
      staff: ['Karl Nyborg'],
      text: `Byggeansøgning – Fasanvej 7, 8520 Lystrup
Ejer: Bent Hviid, Fasanvej 7, 8520 Lystrup, mobil 22 45 67 89
Arkitekt: Lone Holm, Holm Tegnestue ApS, tlf. 86 12 34 56
Entreprenør: Bo Madsen, tlf. 23 45 67 81

Bent Hviid oplyser, at hans kone har sklerose og derfor har brug for en rampe.

Med venlig hilsen
Karl Nyborg
Byggesagsbehandler, tlf. 89 40 12 34
`,
    },
    redact: ['22 45 67 89', '23 45 67 81', 'sklerose'],
    readable: [
      'Fasanvej 7',
      'Bent Hviid',
      'Lone Holm',
      '86 12 34 56',
      'Bo Madsen',
      'Karl Nyborg',
      '89 40 12 34',
    ],
  },
];
