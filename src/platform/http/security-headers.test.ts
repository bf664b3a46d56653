import { describe, expect, it } from 'vitest';
import { computeSecurityHeaders } from './security-headers.js';

const headers = (options: Parameters<typeof computeSecurityHeaders>[0]) =>
  Object.fromEntries(computeSecurityHeaders(options).map(([k, v]) => [k.toLowerCase(), v]));

describe('security headers computed once from helmet', () => {
  it('carries the configured CSP and helmet defaults', () => {
    const h = headers({ contentSecurityPolicy: { directives: { frameAncestors: ["'none'"] } } });
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy']).toContain("default-src 'self'");
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  it('leaves HSTS out when it is switched off (plain http)', () => {
    expect(headers({ strictTransportSecurity: false })['strict-transport-security']).toBeUndefined();
  });

  it('rejects an invalid CSP at start rather than per request', () => {
    expect(() =>
      computeSecurityHeaders({ contentSecurityPolicy: { directives: { scriptSrc: ['self'] } } }),
    ).toThrow(/should be quoted/);
  });
});
