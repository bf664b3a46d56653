// More own test documents: building cases, the open archive, minutes and notes in other templates.
import type { TTestDocument } from './documents-a.js';

export const DOCUMENTS_B: TTestDocument[] = [
  {
    name: 'building case: neighbour objection with health and private contact details',
    input: {
      case_type: 'building',
      parties: ['Søren Abildgaard', 'Hatice Yıldız'],
      staff: ['Karina Østergaard'],
      keep: ['Niels Bohrs Allé 17, 5230 Odense M'],
      text: `Byggesag: Tilbygning til enfamiliehus, Niels Bohrs Allé 17, 5230 Odense M
Matr.nr. 7ca, Hjallese By, Dalum. BFE-nr. 4123987.

Ejer: Søren Abildgaard, Niels Bohrs Allé 17, 5230 Odense M
Nabo: Hatice Yıldız, Niels Bohrs Allé 19

Bemærkninger fra naboen:
Hatice Yıldız skriver, at tilbygningen vil tage lyset fra hendes stue. Hun er kørestolsbruger efter en
rygmarvsskade og har brug for at kunne komme rundt i haven. Ring gerne på 61 47 22 09 eller skriv til
hatice.yildiz@gmail.com.

Abildgaards arkitekt, Tegnestuen Lys & Rum ApS (CVR 38112233), har sendt reviderede tegninger den 14. maj 2024.

Sagsbehandler: Karina Østergaard, Byg og Miljø, tlf. 65 51 13 00, kaoe@odense.dk
`,
    },
    redact: ['rygmarvsskade', '61 47 22 09', 'hatice.yildiz@gmail.com', 'kørestolsbruger'],
    readable: [
      'Niels Bohrs Allé 17, 5230 Odense M',
      'Søren Abildgaard',
      'Hatice Yıldız',
      'Karina Østergaard',
      '65 51 13 00',
      'kaoe@odense.dk',
      'Tegnestuen Lys & Rum ApS',
      '38112233',
      '4123987',
      '14. maj 2024',
    ],
  },
  {
    name: 'publication: every phone number and e-mail is hidden, staff names stay',
    input: {
      case_type: 'publication',
      parties: ['Bjarne Kirkegaard'],
      staff: ['Tove Rahbek'],
      keep: ['Klintevej 4, 8420 Knebel'],
      text: `Landzonetilladelse – Klintevej 4, 8420 Knebel

Ansøger Bjarne Kirkegaard (mobil 40 12 88 31, bjarne@kirkegaard-vvs.dk) har søgt om at opføre et udhus.
Syddjurs Kommune meddeler hermed tilladelse. Spørgsmål kan rettes til Tove Rahbek på 87 53 50 00 eller
tovr@syddjurs.dk.
`,
    },
    redact: ['40 12 88 31', 'bjarne@kirkegaard-vvs.dk', '87 53 50 00', 'tovr@syddjurs.dk'],
    readable: ['Klintevej 4, 8420 Knebel', 'Bjarne Kirkegaard', 'Tove Rahbek', 'Syddjurs Kommune'],
  },
  {
    name: 'minutes of a staff meeting naming a citizen case',
    input: {
      case_type: 'citizen',
      parties: [],
      staff: ['Anders Kvist', 'Ulla Brøndum', 'Mehmet Kaya'],
      text: `Referat – visitationsmøde 4. marts 2025

Til stede: Anders Kvist (formand), Ulla Brøndum, Mehmet Kaya.

Punkt 1: Borgeren Inger-Lise Fabricius, Tulipanvej 8, 6000 Kolding, har søgt om plejebolig. Inger-Lise har
demens og faldt i hjemmet i januar. Hendes datter, Pia Fabricius, ønsker at blive kontaktet på 22 33 44 55.
Ulla undersøger ventelisten. Mehmet sender afgørelse senest fredag.

Punkt 2: Budgettet for 2025 er 4.250.000 kr.
`,
    },
    redact: ['Inger-Lise Fabricius', 'Tulipanvej 8', 'Inger-Lise', 'demens', 'Pia Fabricius', '22 33 44 55'],
    readable: ['Anders Kvist', 'Ulla Brøndum', 'Mehmet Kaya', 'Ulla', 'Mehmet', '4.250.000', '4. marts 2025'],
  },
  {
    name: 'journal note in running prose with addiction, treatment and phone without label',
    input: {
      case_type: 'citizen',
      parties: ['Kenneth Bøgh Lauritsen'],
      staff: ['Signe Pagh'],
      text: `Notat 11/9-2024 – telefonsamtale

Kenneth ringede fra 53 80 19 44 og fortalte, at han siden foråret har været sygemeldt med stress. Han har tidligere
været i behandling for alkoholafhængighed på Ringgården og tager nu antabus. Kenneths samlever, Marianne Holt,
bor fortsat på adressen Skovbrynet 31, st. th. Lauritsen ønsker et møde om sin økonomi.

/Signe Pagh, jobkonsulent
`,
    },
    redact: [
      'Kenneth',
      '53 80 19 44',
      'stress',
      'alkoholafhængighed',
      'antabus',
      'Kenneths',
      'Marianne Holt',
      'Skovbrynet 31, st. th.',
      'Lauritsen',
    ],
    readable: ['Signe Pagh', '11/9-2024'],
  },
  {
    name: 'street names with person names are addresses, not persons',
    input: {
      case_type: 'building',
      parties: ['Ole Andersen'],
      staff: [],
      keep: ['H.C. Andersens Boulevard 40, 1553 København V'],
      text: `Ejendommen H.C. Andersens Boulevard 40, 1553 København V ejes af Ole Andersen.
Der er også en ansøgning for Dronning Louises Vej 3 og Christian X's Allé 12 i samme område.
Andersen har oplyst, at facaden renoveres.
`,
    },
    redact: [],
    readable: [
      'H.C. Andersens Boulevard 40, 1553 København V',
      'Ole Andersen',
      'Dronning Louises Vej 3',
      'Andersen',
    ],
  },
];
