// Text that PostgreSQL cannot store — NUL characters and unpaired UTF-16 surrogates — is refused with 400
// before any handler runs, on every route (anonymous ones too). Without this, such input reaches the database
// and comes back as a 500 with a stack trace in the log.
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first unstorable string in value (depth-limited), or null. */
export function findUnstorable(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path || '/' : null;
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    if (UNSTORABLE.test(key)) return `${path}/${key.replace(UNSTORABLE, '?')}`;
    const found = findUnstorable(item, `${path}/${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    for (const [part, value] of [
      ['params', req.params],
      ['query', req.query],
      ['body', req.body],
    ] as const) {
      const path = findUnstorable(value);
      if (path)
        throw new AppError(
          'request.invalid',
          `${part}${path === '/' ? '' : path} contains a NUL character or an unpaired surrogate`,
        );
    }
  });
}
