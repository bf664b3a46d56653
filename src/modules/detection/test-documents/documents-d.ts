// Own test documents, part D: meeting notes, complaints and notes with names of immigrant origin, initials,
// prose health information and municipal staff outside the staff list.
import type { TTestDocument } from './documents-a.js';

export const DOCUMENTS_D: TTestDocument[] = [
  {
    name: 'job centre meeting note with a bisidder and a phone after an amount',
    input: {
      case_type: 'citizen',
      staff: ['Lene Bruun'],
      parties: ['Abdullahi Mohamed Warsame'],
      text: `Referat af møde i Jobcentret 7.2.2025

Til stede: borgeren Abdullahi Mohamed Warsame, bisidder Hodan Farah, Lene Bruun (jobkonsulent).

Abdullahi fortalte, at han har været til udredning for søvnapnø. Warsames læge anbefaler skånejob. Hodan
tilføjede, at familien bor trangt på Gellerupparken 14, 3. tv.
Næste møde: 14.3.2025 kl. 9.30. Ydelse: 12.345,67 kr./md. Kontakt: fru Farah på 0045 60 70 80 90.
`,
    },
    redact: [
      'Abdullahi Mohamed Warsame',
      'Hodan Farah',
      'Abdullahi',
      'søvnapnø',
      'Warsames',
      'Hodan',
      'Gellerupparken 14, 3. tv.',
      'Farah',
      '0045 60 70 80 90',
    ],
    readable: ['Lene Bruun', '7.2.2025', '14.3.2025', '12.345,67 kr.'],
  },
  {
    name: 'complaint to Ankestyrelsen with initials in the signature and CPR without check digit',
    input: {
      case_type: 'citizen',
      text: `Til Ankestyrelsen

Klage fra Søren Kierkegaard Hansen, CPR-nummer 1203781234, over Horsens Kommunes afgørelse.
Sagens akter: bilag 1-4. J.nr. 24/05512. Se også tidligere sag 2019-0412345.
Min hustru Anne Sofie har sklerose og jeg passer hende. Min datter Ida-Marie er 12 år.
Med venlig hilsen
S. K. Hansen
Ny Østergade 3, st., 8700 Horsens
`,
    },
    redact: [
      'Søren Kierkegaard Hansen',
      '1203781234',
      'Anne Sofie',
      'sklerose',
      'Ida-Marie',
      'S. K. Hansen',
      'Ny Østergade 3, st.',
    ],
    readable: ['Ankestyrelsen', 'Horsens Kommunes', '24/05512', '2019-0412345'],
  },
  {
    name: 'note with staff outside the staff list (role context) and a psychiatric admission',
    input: {
      case_type: 'citizen',
      staff: ['Bodil Skaarup'],
      text: `Aktnotat

Den 12. januar 2025 ringede Vibeke Toft-Rasmussen (tlf. 2176 5543) om sin mor, Else Marie Toft. Moren er psykisk syg
og har været indlagt på Psykiatrisk Center Glostrup. Else Marie bor alene på Kastanie Allé 7, 2600 Glostrup.
Sagen er drøftet med sagsbehandler Rune Thygesen, som vender tilbage.

Bodil Skaarup
bodil.skaarup@glostrup.dk
Direkte: 43 23 61 20
`,
    },
    redact: [
      'Vibeke Toft-Rasmussen',
      '2176 5543',
      'Else Marie Toft',
      'psykisk syg',
      'Psykiatrisk Center',
      'Else Marie',
      'Kastanie Allé 7',
    ],
    readable: [
      'Rune Thygesen',
      'Bodil Skaarup',
      'bodil.skaarup@glostrup.dk',
      '43 23 61 20',
      '12. januar 2025',
    ],
  },
];
