// A decision per document of the request, and the rules a decision must satisfy before the letter is made.
import type { PlainDate } from '../../../platform/calendar/index.js';
import type { Law } from './deadlines.js';
import { NOT_FOR_EMISSIONS, legalBasis } from './legal-basis.js';

export const DECISIONS = ['release', 'partial', 'withhold', 'not_covered'] as const;
export type Decision = (typeof DECISIONS)[number];

export const DECISION_NAMES: Record<Decision, { da: string; en: string }> = {
  release: { da: 'Udleveres', en: 'Released' },
  partial: { da: 'Udleveres delvist', en: 'Partly released' },
  withhold: { da: 'Undtages', en: 'Withheld' },
  not_covered: { da: 'Ikke omfattet af anmodningen', en: 'Not covered by the request' },
};

export interface RedactionBasis {
  basisKey: string;
  /** What kind of information was redacted, e.g. "CPR-nummer", "helbredsoplysning". */
  label: string;
}

export interface DocumentDecisionInput {
  number: number;
  title: string;
  date: PlainDate | null;
  decision: Decision | null;
  /** Document-level grounds (withhold). */
  basisKeys: string[];
  /** Redactions with their grounds (partial). */
  redactions: RedactionBasis[];
  /** The document is internal (OFL § 23 / FVL § 12): facts and assessments must be extracted. */
  internal: boolean;
  /** OFL §§ 28–29: what was extracted, or why nothing could be (§ 28, stk. 2). */
  extractionNote: string | null;
  /** OFL § 14: whether wider access was considered, and the outcome. */
  meroffentlighedConsidered: boolean;
  meroffentlighedNote: string | null;
  /** MOL: the document contains information on emissions into the environment. */
  emissionInformation: boolean;
  /** Why a document is not covered by the request. */
  notCoveredReason: string | null;
}

export interface DecisionProblem {
  number: number;
  code: string;
  severity: 'error' | 'warning';
  da: string;
  en: string;
}

/** The grounds a decision relies on (document-level and per redaction), without duplicates. */
export function groundsOf(d: Pick<DocumentDecisionInput, 'decision' | 'basisKeys' | 'redactions'>): string[] {
  if (d.decision === 'withhold') return [...new Set(d.basisKeys)];
  if (d.decision === 'partial') return [...new Set(d.redactions.map((r) => r.basisKey))];
  return [];
}

export function isRefusal(decision: Decision | null): boolean {
  return decision === 'partial' || decision === 'withhold';
}

/** Checks one document's decision against the rules; errors block the decision letter. */
export function checkDocumentDecision(d: DocumentDecisionInput, laws: readonly Law[]): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  const add = (code: string, severity: 'error' | 'warning', da: string, en: string) =>
    problems.push({ number: d.number, code, severity, da, en });

  if (d.decision === null) {
    add('undecided', 'error', 'Dokumentet mangler en afgørelse.', 'The document has no decision.');
    return problems;
  }
  if (d.decision === 'not_covered') {
    if (!d.notCoveredReason?.trim()) {
      add(
        'not_covered_reason',
        'error',
        'Angiv, hvorfor dokumentet ikke er omfattet.',
        'State why the document is not covered.',
      );
    }
    return problems;
  }
  if (d.decision === 'release') {
    if (d.redactions.length > 0) {
      add(
        'release_with_redactions',
        'error',
        'Et dokument, der udleveres fuldt, kan ikke have overstregninger.',
        'A fully released document cannot have redactions.',
      );
    }
    return problems;
  }
  if (d.decision === 'partial' && d.redactions.length === 0) {
    add(
      'partial_without_redactions',
      'error',
      'Delvis udlevering kræver mindst én overstregning.',
      'A partial release needs at least one redaction.',
    );
  }
  const grounds = groundsOf(d);
  if (d.decision === 'withhold' && grounds.length === 0) {
    add(
      'missing_basis',
      'error',
      'Angiv hjemlen for at undtage dokumentet.',
      'State the legal basis for withholding.',
    );
  }
  for (const key of grounds) {
    const basis = legalBasis(key);
    if (!basis) {
      add('unknown_basis', 'error', `Ukendt hjemmel "${key}".`, `Unknown legal basis "${key}".`);
      continue;
    }
    if (!laws.includes(basis.law)) {
      add(
        'basis_wrong_law',
        'error',
        `${basis.citation} kan ikke bruges, da anmodningen ikke behandles efter denne lov.`,
        `${basis.citation} does not apply: the request is not handled under that law.`,
      );
    }
    if (basis.stateOnly) {
      add(
        'state_only_basis',
        'warning',
        `${basis.citation} gælder normalt kun for statslige myndigheder.`,
        `${basis.citation} normally applies to state authorities only.`,
      );
    }
    if (laws.includes('mol') && d.emissionInformation && NOT_FOR_EMISSIONS.has(key)) {
      add(
        'emission_basis',
        'error',
        `Oplysninger om emissioner kan ikke undtages efter ${basis.citation} (miljøoplysningsloven).`,
        `Emission information cannot be withheld under ${basis.citation} (environmental information).`,
      );
    }
  }
  if (
    d.decision === 'withhold' &&
    grounds.length > 0 &&
    grounds.every((k) => legalBasis(k)?.scope === 'information')
  ) {
    add(
      'consider_partial',
      'warning',
      'Hjemlen undtager oplysninger, ikke hele dokumenter: overvej delvis udlevering (offentlighedslovens § 34).',
      'The ground covers information, not whole documents: consider partial release (OFL § 34).',
    );
  }
  const needsExtraction = d.internal || grounds.some((k) => legalBasis(k)?.extractionDuty);
  if (d.decision === 'withhold' && needsExtraction && !d.extractionNote?.trim()) {
    add(
      'extraction_missing',
      'error',
      'Interne dokumenter: notér de ekstraherede faktiske oplysninger og faglige vurderinger (offentlighedslovens §§ 28–29), eller hvorfor intet kan ekstraheres.',
      'Internal documents: note the facts and assessments extracted (OFL §§ 28–29), or why none can be.',
    );
  }
  if (!d.meroffentlighedConsidered) {
    add(
      'meroffentlighed',
      'error',
      'Tag stilling til meroffentlighed (offentlighedslovens § 14) ved ethvert afslag.',
      'Consider wider access (OFL § 14) for every refusal.',
    );
  }
  return problems;
}

export function checkAllDecisions(
  docs: readonly DocumentDecisionInput[],
  laws: readonly Law[],
): DecisionProblem[] {
  return docs.flatMap((d) => checkDocumentDecision(d, laws));
}

export function hasBlockingProblems(problems: readonly DecisionProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

const OPENNESS: Record<Decision, number> = { release: 3, partial: 2, withhold: 1, not_covered: 0 };

/** When a document is assessed under several laws, the most favourable outcome for the requester wins. */
export function mostFavourable(decisions: readonly Decision[]): Decision {
  if (decisions.length === 0) throw new RangeError('no decisions to combine');
  return decisions.reduce((best, d) => (OPENNESS[d] > OPENNESS[best] ? d : best));
}

export interface DecisionSummary {
  total: number;
  counts: Record<Decision, number>;
  /** Outcome of the request as a whole. */
  outcome: 'full' | 'partial' | 'refused' | 'nothing_covered';
  /** Grounds used, with the document numbers that rely on each. */
  grounds: { basisKey: string; numbers: number[] }[];
}

export function summariseDecisions(docs: readonly DocumentDecisionInput[]): DecisionSummary {
  const counts: Record<Decision, number> = { release: 0, partial: 0, withhold: 0, not_covered: 0 };
  const grounds = new Map<string, number[]>();
  for (const d of docs) {
    if (!d.decision) continue;
    counts[d.decision] += 1;
    for (const key of groundsOf(d)) grounds.set(key, [...(grounds.get(key) ?? []), d.number]);
  }
  const covered = counts.release + counts.partial + counts.withhold;
  const outcome =
    covered === 0
      ? 'nothing_covered'
      : counts.partial + counts.withhold === 0
        ? 'full'
        : counts.release + counts.partial === 0
          ? 'refused'
          : 'partial';
  return {
    total: docs.length,
    counts,
    outcome,
    grounds: [...grounds.entries()].map(([basisKey, numbers]) => ({ basisKey, numbers })),
  };
}
