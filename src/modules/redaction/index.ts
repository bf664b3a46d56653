// Public API of the redaction module: genuine redaction of PDFs, Word files, e-mails and scans.
export { analyseDocument, defaultDetector, redactDocument, selectSuggestions } from './redact.js';
export { RedactionError, type TRedactionErrorCode } from './errors.js';
export { sniffFormat } from './sniff.js';
export { sniffText } from './convert/text.js';
export { openAsPdf } from './convert/to-pdf.js';
export { LIMITS } from './limits.js';
export {
  createRedactionPool,
  defaultPoolSize,
  sharedRedactionPool,
  type TRedactionPool,
  type TWorkerPool,
} from './pool.js';
export { MAX_RENDER_PIXELS, type TPageSize, type TTextBox } from './render.js';
export type {
  TAnalysis,
  TDetector,
  TInputFormat,
  TManualBox,
  TPageInfo,
  TRect,
  TRedactContext,
  TRedactOptions,
  TRedactReport,
  TRejection,
  TSuggestion,
} from './types.js';
export { checkFidelity, type TFidelityResult } from './fidelity.js';
