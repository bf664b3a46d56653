// Security headers (CSP, HSTS, X-Content-Type-Options, …) from helmet, computed once at start.
// @fastify/helmet calls helmet(options) on every request, which re-parses the CSP directives and rebuilds the
// middleware chain each time (about 2 % of the server's CPU in the API benchmark). Our configuration has no
// per-request parts (no nonces, no directive functions), so the headers are the same for every response: they
// are captured once from helmet itself and copied onto each response.
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

export type SecurityHeaders = ReadonlyArray<readonly [string, string]>;

/** Runs helmet once against a recording response and returns the headers it sets. */
export function computeSecurityHeaders(options: HelmetOptions): SecurityHeaders {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      if (typeof value !== 'string') throw new Error(`helmet set a non-string header ${name}`);
      headers.push([name, value]);
    },
    removeHeader() {
      // X-Powered-By: Node's http server never sends it.
    },
  };
  let finished = false;
  helmet(options)({} as never, recorder as never, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  // helmet's middlewares are synchronous; a change there must not silently drop the headers.
  if (!finished) throw new Error('helmet did not finish synchronously');
  return headers;
}

/** Browser features the application never uses, switched off for it and anything it embeds. */
export const PERMISSIONS_POLICY =
  'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), ' +
  'magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), usb=(), ' +
  'screen-wake-lock=(), xr-spatial-tracking=(), browsing-topics=(), interest-cohort=()';

export function registerSecurityHeaders(
  app: FastifyInstance,
  { permissionsPolicy, ...options }: HelmetOptions & { permissionsPolicy?: string },
): void {
  const headers = [...computeSecurityHeaders(options)];
  // helmet does not set Permissions-Policy.
  if (permissionsPolicy) headers.push(['Permissions-Policy', permissionsPolicy]);
  app.addHook('onRequest', (_req, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}
