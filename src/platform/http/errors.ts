// Application errors with a stable code and Danish + English messages, rendered as RFC 9457 problem+json:
// { type, title, status, code, detail, message_da, message_en, requestId, errors? }.
export type ErrorDef = { status: number; da: string; en: string };

export const ERRORS = {
  'request.invalid': { status: 400, da: 'Forespørgslen er ugyldig.', en: 'The request is invalid.' },
  'request.malformed_json': {
    status: 400,
    da: 'Forespørgslens JSON kan ikke læses.',
    en: 'The request body is not valid JSON.',
  },
  'request.too_large': {
    status: 413,
    da: 'Forespørgslen er for stor.',
    en: 'The request body is too large.',
  },
  'request.unsupported_media_type': {
    status: 415,
    da: 'Indholdstypen understøttes ikke.',
    en: 'Unsupported content type.',
  },
  'request.rate_limited': {
    status: 429,
    da: 'For mange forsøg. Vent lidt og prøv igen.',
    en: 'Too many requests. Wait a moment and try again.',
  },
  'auth.unauthenticated': { status: 401, da: 'Du skal logge ind.', en: 'You must log in.' },
  'auth.session_expired': {
    status: 401,
    da: 'Din session er udløbet. Log ind igen.',
    en: 'Your session has expired. Please log in again.',
  },
  'auth.invalid_credentials': {
    status: 401,
    da: 'Forkert e-mail eller adgangskode.',
    en: 'Wrong e-mail or password.',
  },
  'auth.locked': {
    status: 423,
    da: 'Kontoen er midlertidigt låst efter for mange forkerte forsøg.',
    en: 'The account is temporarily locked after too many failed attempts.',
  },
  'auth.reset_invalid': {
    status: 400,
    da: 'Linket til at vælge ny adgangskode er udløbet eller allerede brugt. Bed om et nyt.',
    en: 'The link to choose a new password has expired or was already used. Ask for a new one.',
  },
  'auth.csrf': {
    status: 403,
    da: 'Sikkerhedstoken mangler eller er forkert. Genindlæs siden.',
    en: 'Missing or wrong security token. Reload the page.',
  },
  'auth.forbidden': {
    status: 403,
    da: 'Du har ikke adgang til denne funktion.',
    en: 'You do not have access to this function.',
  },
  not_found: {
    status: 404,
    da: 'Det findes ikke, eller du har ikke adgang til det.',
    en: 'Not found, or you do not have access to it.',
  },
  conflict: { status: 409, da: 'Det findes allerede.', en: 'It already exists.' },
  'org.unit_cycle': {
    status: 409,
    da: 'En enhed kan ikke ligge under sig selv.',
    en: 'A unit cannot be placed under itself.',
  },
  'org.invalid_parent': {
    status: 400,
    da: 'Den overordnede enhed findes ikke.',
    en: 'The parent unit does not exist.',
  },
  'org.invalid_unit': { status: 400, da: 'Enheden findes ikke.', en: 'The unit does not exist.' },
  'users.email_taken': {
    status: 409,
    da: 'Der findes allerede en bruger med den e-mail.',
    en: 'A user with that e-mail already exists.',
  },
  'users.cannot_deactivate_self': {
    status: 409,
    da: 'Du kan ikke deaktivere dig selv.',
    en: 'You cannot deactivate yourself.',
  },
  'users.invalid_employee': {
    status: 400,
    da: 'Medarbejderen findes ikke i kommunen.',
    en: 'The employee does not exist in this municipality.',
  },
  'users.last_administrator': {
    status: 409,
    da: 'Kommunen skal have mindst én aktiv administrator for hele kommunen.',
    en: 'The municipality must keep at least one active administrator for the whole municipality.',
  },
  'service.unavailable': {
    status: 503,
    da: 'Tjenesten er midlertidigt utilgængelig.',
    en: 'The service is temporarily unavailable.',
  },
  internal: { status: 500, da: 'Der opstod en uventet fejl.', en: 'An unexpected error occurred.' },
} satisfies Record<string, ErrorDef>;

export type ErrorCode = keyof typeof ERRORS;

export type FieldError = { path: string; message: string };

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode | (string & {}),
    readonly detail?: string,
    readonly fieldErrors?: FieldError[],
    def?: ErrorDef,
  ) {
    const d = def ?? (ERRORS as Record<string, ErrorDef>)[code] ?? ERRORS.internal;
    super(detail ?? d.en);
    this.status = d.status;
    this.messages = { da: d.da, en: d.en };
  }
  readonly messages: { da: string; en: string };
}

/** Module errors not in the catalogue above: new AppError('records.x', detail, undefined, {status, da, en}). */
export const notFound = (detail?: string) => new AppError('not_found', detail);
export const forbidden = () => new AppError('auth.forbidden');
