// Public types of the detection module. Kept free of runtime code so every layer can import them.

export type TCaseType = 'citizen' | 'building' | 'publication';

export type TLabel = 'CPR' | 'PERSON' | 'ADDRESS' | 'PHONE' | 'EMAIL' | 'ACCOUNT' | 'HEALTH';

export interface TDetectInput {
  text: string;
  /** Defaults to 'citizen' (the strictest policy for names and addresses). */
  case_type?: TCaseType;
  /** Private persons known from the case record. */
  parties?: string[];
  /** Municipal employees acting in office (organisation master data). */
  staff?: string[];
  /** Strings that are the public subject of the case, e.g. the property in a building case. */
  keep?: string[];
}

/** A span to redact under the case type's policy. Offsets are UTF-16 indices, `end` exclusive. */
export interface TDetectSpan {
  start: number;
  end: number;
  label: TLabel | string;
  /** 0..1: how sure the recognizer is that this is personal data of the given label. */
  confidence: number;
  /** Human-readable reason (English) for the review UI. */
  explanation: string;
  /** Suggested legal basis for the redaction, e.g. 'OFL § 30, nr. 1'. */
  legalBasis: string;
  text: string;
}

/** Every candidate the recognizers found, including those kept readable and why. */
export interface TFinding extends TDetectSpan {
  redact: boolean;
  /** Why the policy redacts or keeps this finding. */
  decision: string;
}

export interface TDetectResult {
  spans: TDetectSpan[];
  findings: TFinding[];
}
