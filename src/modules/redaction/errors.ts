// Errors with a stable code and a message in Danish and English, so callers can show either.
export type TRedactionErrorCode =
  | 'EMPTY_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'CORRUPT_FILE'
  | 'ENCRYPTED'
  | 'WRONG_PASSWORD'
  | 'ZIP_BOMB'
  | 'TOO_MANY_PAGES'
  | 'IMAGE_TOO_LARGE'
  | 'MAIL_TOO_DEEP'
  | 'TOO_MANY_PARTS'
  | 'TIMEOUT'
  | 'INVALID_REVIEW'
  | 'VERIFICATION_FAILED';

export class RedactionError extends Error {
  readonly code: TRedactionErrorCode;
  readonly messageDa: string;
  readonly file: string | undefined;
  /** Where verification refused: the page (1-based) and the item still readable, so a caseworker can act
   * (draw a manual box there, or keep the item readable). */
  readonly data: { page?: number; item?: string; label?: string };

  constructor(
    code: TRedactionErrorCode,
    en: string,
    da: string,
    file?: string,
    data: { page?: number; item?: string; label?: string } = {},
  ) {
    super(file ? `${file}: ${en}` : en);
    this.name = 'RedactionError';
    this.code = code;
    this.messageDa = file ? `${file}: ${da}` : da;
    this.file = file;
    this.data = data;
  }

  /** The same error naming the file (errors raised deep in the pipeline do not know it). */
  withFile(file: string): RedactionError {
    if (this.file) return this;
    return new RedactionError(this.code, this.message, this.messageDa, file, this.data);
  }
}

/** Any failure while processing a document, as a RedactionError that names the file. */
export function asRedactionError(e: unknown, file: string): RedactionError {
  if (e instanceof RedactionError) return e.withFile(file);
  const msg = e instanceof Error ? e.message : String(e);
  return new RedactionError(
    'CORRUPT_FILE',
    `cannot be processed (${msg})`,
    `kan ikke behandles (${msg})`,
    file,
  );
}
