// Public API of the detection module: Danish personal data in administrative text.
// Used by the CLI (`rodtrad detect`), the redaction pipeline and the review UI endpoint.
import { runDetection } from './engine.js';
import type { TDetectInput, TDetectResult } from './types.js';

export type { TCaseType, TDetectInput, TDetectResult, TDetectSpan, TFinding, TLabel } from './types.js';
export { LEGAL_BASIS, REDACT_THRESHOLD } from './policy.js';

/**
 * Finds personal data in `input.text` and returns the spans to redact under the case type's policy
 * (sorted by start, non-overlapping, UTF-16 offsets, end exclusive), plus every finding with the reason it was
 * redacted or kept (for the review UI).
 */
export function detect(input: TDetectInput): TDetectResult {
  return runDetection(input);
}
