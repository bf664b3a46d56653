// The publication decision: every screened document ends in exactly one state with a reason. Pure; the
// screening job gathers the facts (rules, case, property, what the redaction pipeline found) and stores the
// result. Order matters: a rule that keeps the whole document from the public wins over screening results.

export type TPublicationState = 'published' | 'review' | 'withheld' | 'locked' | 'failed';

export type TReasonCode =
  | 'clean'
  | 'approved'
  | 'protected_property'
  | 'case_type_never_published'
  | 'open_case'
  | 'screening_failed'
  | 'low_ocr_quality'
  | 'image_page'
  | 'unsure_detection'
  | 'health_information'
  | 'private_correspondence';

export type TRules = { neverPublishedTypes: string[]; holdOpenCases: boolean; minOcrConfidence: number };

export type TCaseFacts = { caseType: string; closed: boolean; protectedProperty: boolean };

export type TScreeningFacts = {
  /** Pages recognised by OCR, with a quality estimate 0–100 each (share of plausible words). */
  ocrPages: { page: number; quality: number; words: number }[];
  suggestions: { label: string; confidence: number }[];
  /** The text of the published copy (what a visitor could read). */
  text: string;
};

export type TDecision = { state: TPublicationState; reason: TReasonCode; detail: string };

/** Decisions that need no screening (rules about the case and the property). */
export function ruleDecision(rules: TRules, c: TCaseFacts): TDecision | null {
  if (c.protectedProperty)
    return { state: 'locked', reason: 'protected_property', detail: 'The property is protected (locked).' };
  if (rules.neverPublishedTypes.map((t) => t.toLowerCase()).includes(c.caseType.toLowerCase()))
    return {
      state: 'withheld',
      reason: 'case_type_never_published',
      detail: `Case type "${c.caseType}" is never published in this municipality.`,
    };
  if (!c.closed && rules.holdOpenCases)
    return { state: 'withheld', reason: 'open_case', detail: 'The case is open; held until it is closed.' };
  return null;
}

/** Below this confidence a detection is "unsure" and a person looks at it. */
export const UNSURE_BELOW = 0.75;

// A letter from or to a private person about something else than the property: salutation and sign-off of a
// personal letter, and words of private life. Deliberately simple; it only routes to review.
const SALUTATION = /(^|\n)\s*([Kk]ære|[Hh]ej|[Hh]ejsa|[Kk]æreste)\s+[A-ZÆØÅ][a-zæøå]+/;
const SIGN_OFF = /(kærlig hilsen|knus|mange hilsner|de bedste hilsner fra os)/i;
const PRIVATE_WORDS =
  /\b(skilsmisse|kæreste|privat og fortroligt|fortroligt|personligt|min mor|min far|sygdom|begravelse|arv|gæld)\b/i;

export function looksLikePrivateCorrespondence(text: string): boolean {
  const head = text.slice(0, 4000);
  const personal = SALUTATION.test(head) && SIGN_OFF.test(text);
  return (
    personal || (SALUTATION.test(head) && PRIVATE_WORDS.test(text)) || /privat og fortroligt/i.test(head)
  );
}

/** A rough OCR quality: the share of tokens that look like words or numbers (handwriting gives noise). */
export function ocrQuality(text: string): { quality: number; words: number } {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return { quality: 0, words: 0 };
  const plausible = tokens.filter((t) =>
    /^[("„«]?([A-ZÆØÅa-zæøåéü]{2,}[-'’]?[A-ZÆØÅa-zæøåéü]*|\d+([.,:/-]\d+)*[a-zA-Z]?|[A-ZÆØÅ]\.?|[a-zæøå]|&|-|–|§)[)"”».,;:!?]*$/.test(
      t,
    ),
  );
  return { quality: Math.round((plausible.length / tokens.length) * 100), words: tokens.length };
}

/** The decision after screening, when no rule withheld or locked the document before. */
export function screeningDecision(rules: TRules, s: TScreeningFacts): TDecision {
  const weak = s.ocrPages.filter((p) => p.words >= 15 && p.quality < rules.minOcrConfidence);
  if (weak.length)
    return {
      state: 'review',
      reason: 'low_ocr_quality',
      detail: `OCR quality below ${rules.minOcrConfidence} % on page ${weak.map((p) => p.page).join(', ')} (handwriting or a poor scan).`,
    };
  const images = s.ocrPages.filter((p) => p.words < 15);
  if (images.length)
    return {
      state: 'review',
      reason: 'image_page',
      detail: `Page ${images.map((p) => p.page).join(', ')} is mostly image or handwriting (little readable text).`,
    };
  const unsure = s.suggestions.filter((x) => x.confidence < UNSURE_BELOW);
  if (unsure.length)
    return {
      state: 'review',
      reason: 'unsure_detection',
      detail: `${unsure.length} detection(s) below ${Math.round(UNSURE_BELOW * 100)} % confidence (${[...new Set(unsure.map((u) => u.label))].join(', ')}).`,
    };
  if (s.suggestions.some((x) => x.label === 'HEALTH'))
    return {
      state: 'review',
      reason: 'health_information',
      detail: 'Health information was found and redacted; a person confirms before publication.',
    };
  if (looksLikePrivateCorrespondence(s.text))
    return {
      state: 'review',
      reason: 'private_correspondence',
      detail:
        'The document looks like private correspondence, which is not published unless it is about the property.',
    };
  return { state: 'published', reason: 'clean', detail: 'Screened and redacted automatically; verified.' };
}
