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
  | 'VERIFICATION_FAILED';

export class RedactionError extends Error {
  readonly code: TRedactionErrorCode;
  readonly messageDa: string;
  readonly file: string | undefined;

  constructor(code: TRedactionErrorCode, en: string, da: string, file?: string) {
    super(file ? `${file}: ${en}` : en);
    this.name = 'RedactionError';
    this.code = code;
    this.messageDa = file ? `${file}: ${da}` : da;
    this.file = file;
  }
}
