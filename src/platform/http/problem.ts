// Every error leaves the server as RFC 9457 problem+json with a stable code and Danish + English messages:
// { type: 'urn:rodtrad:problem:<code>', title, status, code, detail, message_da, message_en, requestId, errors? }.
// Stack traces and internal messages are logged, never sent.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, ERRORS, type FieldError } from './errors.js';

export type Problem = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  message_da: string;
  message_en: string;
  requestId: string;
  errors?: FieldError[];
};

export function problemOf(error: AppError, requestId: string): Problem {
  return {
    type: `urn:rodtrad:problem:${error.code}`,
    title: error.messages.en,
    status: error.status,
    code: error.code,
    ...(error.detail ? { detail: error.detail } : {}),
    message_da: error.messages.da,
    message_en: error.messages.en,
    requestId,
    ...(error.fieldErrors?.length ? { errors: error.fieldErrors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  // A busy server (a full work queue) tells the client when to come back.
  const retryAfter = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  return reply
    .status(error.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(problemOf(error, String(reply.request.id)));
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
]);

function isDatabaseUnavailable(e: { code?: string; message?: string } | undefined): boolean {
  if (!e) return false;
  if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|database unavailable/i.test(
    e.message ?? '',
  );
}

/** Maps anything thrown to an AppError. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const e = error as FastifyError & { validation?: unknown };
  if (hasZodFastifySchemaValidationErrors(e)) {
    const fields = e.validation.map((v) => ({
      path: [
        e.validationContext,
        ...String(v.instancePath || '')
          .split('/')
          .filter(Boolean),
      ]
        .filter(Boolean)
        .join('.'),
      message: v.message ?? 'invalid',
    }));
    return new AppError('request.invalid', fields.map((f) => `${f.path}: ${f.message}`).join('; '), fields);
  }
  switch (e?.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('request.malformed_json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('request.too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('request.unsupported_media_type');
  }
  if (e instanceof SyntaxError && (e as { statusCode?: number }).statusCode === 400)
    return new AppError('request.malformed_json');
  if (e?.statusCode === 429) return new AppError('request.rate_limited');
  if (e?.validation) return new AppError('request.invalid', e.message);
  if (isDatabaseUnavailable(e)) return new AppError('service.unavailable');
  if (e?.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    const known = Object.entries(ERRORS).find(([, d]) => d.status === e.statusCode);
    return new AppError(known ? known[0] : 'request.invalid', e.message);
  }
  return new AppError('internal');
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      req.log.error(
        { err: error, serialization: isResponseSerializationError(error as Error) },
        'request failed',
      );
    } else {
      req.log.info({ code: appError.code, detail: appError.detail }, 'request rejected');
    }
    return sendProblem(reply, appError);
  });
}
