// Nothing is released that nobody checked. A document may be released (in full or with redactions) only when
// it was screened and the caseworker decided every suggestion, or when the caseworker explicitly confirmed
// "released without redaction" with a reason. Unsupported, unscreened, failed and duplicate documents carry a
// marker wherever documents are listed, and block the release until handled (pure code).

/** Why a document cannot be released as it stands; also shown as its marker. */
export const GATE_FLAGS = ['unscreened', 'unsupported', 'failed', 'duplicate', 'unreviewed'] as const;
export type GateFlag = (typeof GATE_FLAGS)[number];

export const GATE_FLAG_NAMES: Record<GateFlag, { da: string; en: string }> = {
  unscreened: { da: 'Ikke screenet', en: 'Not screened' },
  unsupported: { da: 'Filtypen kan ikke screenes', en: 'File type cannot be screened' },
  failed: { da: 'Screeningen fejlede', en: 'Screening failed' },
  duplicate: { da: 'Dublet', en: 'Duplicate' },
  unreviewed: { da: 'Forslag ikke gennemgået', en: 'Suggestions not reviewed' },
};

export interface GateInput {
  number: number;
  screeningStatus: string;
  duplicateOf: string | null;
  suggestionIds: readonly string[];
  /** Suggestion ids the caseworker accepted or rejected. */
  decidedSuggestionIds: readonly string[];
  /** The reason given when the caseworker confirmed release without redaction, if they did. */
  unredactedReason: string | null;
}

/** The markers of a document, whatever its decision. */
export function documentFlags(d: GateInput): GateFlag[] {
  const flags: GateFlag[] = [];
  if (d.duplicateOf) flags.push('duplicate');
  if (d.screeningStatus === 'unsupported') flags.push('unsupported');
  else if (d.screeningStatus === 'failed') flags.push('failed');
  else if (d.screeningStatus !== 'done' && !d.duplicateOf) flags.push('unscreened');
  if (d.screeningStatus === 'done' && unreviewedCount(d) > 0) flags.push('unreviewed');
  return flags;
}

export function unreviewedCount(d: Pick<GateInput, 'suggestionIds' | 'decidedSuggestionIds'>): number {
  const decided = new Set(d.decidedSuggestionIds);
  return d.suggestionIds.filter((id) => !decided.has(id)).length;
}

export interface GateProblem {
  number: number;
  code: `release_${GateFlag}`;
  da: string;
  en: string;
}

const MIN_REASON = 5;

export function hasUnredactedConfirmation(reason: string | null): boolean {
  return (reason?.trim().length ?? 0) >= MIN_REASON;
}

/**
 * What stops releasing this document (decision `release` or `partial`). Withholding a document or finding it
 * not covered releases nothing and is never blocked. An explicit "released without redaction" confirmation
 * with a reason lifts every block: the caseworker has then looked at the document themselves.
 */
export function releaseBlocks(d: GateInput): GateProblem[] {
  if (hasUnredactedConfirmation(d.unredactedReason)) return [];
  const n = d.number;
  return documentFlags(d).map((flag) => {
    const count = unreviewedCount(d);
    const text: Record<GateFlag, { da: string; en: string }> = {
      unscreened: {
        da: 'Dokumentet er ikke screenet. Screen det, eller bekræft udlevering uden overstregning med en begrundelse.',
        en: 'The document has not been screened. Screen it, or confirm release without redaction with a reason.',
      },
      unsupported: {
        da: 'Filtypen kan ikke screenes. Gennemgå filen selv og bekræft udlevering uden overstregning med en begrundelse, eller undtag den.',
        en: 'The file type cannot be screened. Check the file yourself and confirm release without redaction with a reason, or withhold it.',
      },
      failed: {
        da: 'Screeningen fejlede. Prøv igen, eller bekræft udlevering uden overstregning med en begrundelse.',
        en: 'Screening failed. Try again, or confirm release without redaction with a reason.',
      },
      duplicate: {
        da: 'Dokumentet er en dublet. Slet det, marker det som ikke omfattet, eller bekræft udleveringen med en begrundelse.',
        en: 'The document is a duplicate. Delete it, mark it not covered, or confirm the release with a reason.',
      },
      unreviewed: {
        da: `${count} forslag til overstregning er ikke gennemgået. Acceptér eller afvis hvert forslag først.`,
        en: `${count} suggested redactions have not been reviewed. Accept or reject each suggestion first.`,
      },
    };
    return { number: n, code: `release_${flag}` as const, ...text[flag] };
  });
}

/** Decisions that put (part of) the document in the package. */
export function releases(decision: string | null): boolean {
  return decision === 'release' || decision === 'partial';
}
