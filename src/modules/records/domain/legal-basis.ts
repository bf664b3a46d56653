// Catalogue of legal grounds for withholding documents or information in an aktindsigt case.
// Keys are stable identifiers stored with each decision; titles are Danish (the legal terms) with English.

import type { Law } from './deadlines.js';

export type BasisScope = 'document' | 'information';

export interface LegalBasis {
  key: string;
  law: Law;
  /** Citation as written in a decision letter. */
  citation: string;
  da: string;
  en: string;
  /** Whether the ground exempts whole documents or specific information in them. */
  scope: BasisScope;
  /** Internal-document grounds: the facts and assessments must still be extracted (OFL §§ 28–29, FVL § 14). */
  extractionDuty: boolean;
  /** Grounds that only apply to state ministries; offered with a warning in a municipality. */
  stateOnly?: boolean;
}

const ofl = (
  key: string,
  citation: string,
  da: string,
  en: string,
  scope: BasisScope,
  extractionDuty = false,
  stateOnly = false,
): LegalBasis => ({
  key,
  law: 'ofl',
  citation: `Offentlighedslovens ${citation}`,
  da,
  en,
  scope,
  extractionDuty,
  stateOnly,
});

const fvl = (
  key: string,
  citation: string,
  da: string,
  en: string,
  scope: BasisScope,
  extractionDuty = false,
): LegalBasis => ({
  key,
  law: 'fvl',
  citation: `Forvaltningslovens ${citation}`,
  da,
  en,
  scope,
  extractionDuty,
});

export const LEGAL_BASES: readonly LegalBasis[] = [
  ofl('ofl-19', '§ 19', 'Sager inden for strafferetsplejen', 'Criminal justice cases', 'document'),
  ofl(
    'ofl-20',
    '§ 20',
    'Sager om lovgivning før fremsættelse',
    'Legislation before a bill is tabled',
    'document',
    false,
    true,
  ),
  ofl(
    'ofl-21',
    '§ 21',
    'Sager om ansættelse og ansættelsesforhold',
    'Cases on appointment and employment',
    'document',
  ),
  ofl('ofl-22', '§ 22', 'Sager om førelse af en kalender', 'Keeping of a calendar', 'document'),
  ofl('ofl-23', '§ 23', 'Interne dokumenter', 'Internal documents', 'document', true),
  ofl('ofl-24', '§ 24', 'Ministerbetjening', 'Advice to ministers', 'document', true, true),
  ofl(
    'ofl-27-4',
    '§ 27, nr. 4',
    'Brevveksling med sagkyndige til brug i retssager',
    'Correspondence with experts for litigation',
    'document',
    true,
  ),
  ofl(
    'ofl-27-5',
    '§ 27, nr. 5',
    'Materiale til statistik eller videnskabelige undersøgelser',
    'Material for statistics or research',
    'document',
  ),
  ofl(
    'ofl-30-1',
    '§ 30, nr. 1',
    'Enkeltpersoners private, herunder økonomiske, forhold',
    "Individuals' private matters",
    'information',
  ),
  ofl(
    'ofl-30-2',
    '§ 30, nr. 2',
    'Tekniske indretninger, drifts- eller forretningsforhold',
    'Business and operating matters',
    'information',
  ),
  ofl(
    'ofl-31',
    '§ 31',
    'Statens sikkerhed eller rigets forsvar',
    'National security or defence',
    'information',
  ),
  ofl('ofl-32', '§ 32', 'Rigets udenrigspolitiske interesser', 'Foreign-policy interests', 'information'),
  ofl(
    'ofl-33-1',
    '§ 33, nr. 1',
    'Forebyggelse, efterforskning og forfølgning af lovovertrædelser',
    'Prevention and prosecution of offences',
    'information',
  ),
  ofl(
    'ofl-33-2',
    '§ 33, nr. 2',
    'Gennemførelse af offentlig kontrol, regulering eller planlægning',
    'Public control, regulation or planning',
    'information',
  ),
  ofl(
    'ofl-33-3',
    '§ 33, nr. 3',
    'Det offentliges økonomiske interesser',
    'Public financial interests',
    'information',
  ),
  ofl(
    'ofl-33-5',
    '§ 33, nr. 5',
    'Private og offentlige interesser, hvor hemmeligholdelse er påkrævet',
    'Interests requiring secrecy',
    'information',
  ),
  ofl('ofl-35', '§ 35', 'Særlig tavshedspligt fastsat ved lov', 'Statutory confidentiality', 'information'),
  fvl('fvl-12', '§ 12', 'Interne dokumenter', 'Internal documents', 'document', true),
  fvl(
    'fvl-14',
    '§ 14',
    'Særlige dokumenttyper (bl.a. brevveksling med sagkyndige)',
    'Special document types',
    'document',
    true,
  ),
  fvl(
    'fvl-15',
    '§ 15',
    'Statens sikkerhed eller rigets forsvar',
    'National security or defence',
    'information',
  ),
  fvl('fvl-15a', '§ 15 a', 'Rigets udenrigspolitiske interesser', 'Foreign-policy interests', 'information'),
  fvl(
    'fvl-15b',
    '§ 15 b',
    'Afgørende hensyn til andre private eller offentlige interesser',
    'Overriding private or public interests',
    'information',
  ),
  {
    key: 'mol-2',
    law: 'mol',
    citation: 'Miljøoplysningslovens § 2, jf. offentlighedsloven',
    da: 'Undtagelse efter offentlighedsloven, afvejet mod offentlighedens interesse i miljøoplysninger',
    en: 'Exception under the Access to Files Act, weighed against the public interest',
    scope: 'information',
    extractionDuty: false,
  },
];

const BY_KEY = new Map(LEGAL_BASES.map((b) => [b.key, b]));

export function legalBasis(key: string): LegalBasis | undefined {
  return BY_KEY.get(key);
}

/** The grounds a caseworker may choose from when the request is handled under the given laws. */
export function basesForLaws(laws: readonly Law[]): LegalBasis[] {
  return LEGAL_BASES.filter((b) => laws.includes(b.law));
}

/**
 * Grounds that may not be used to refuse information on emissions into the environment (MOL implements
 * directive 2003/4/EC, whose art. 4(2) excludes i.a. commercial confidentiality and personal data for
 * emissions). The caseworker flags emission information per document.
 */
export const NOT_FOR_EMISSIONS: ReadonlySet<string> = new Set(['ofl-30-1', 'ofl-30-2']);
