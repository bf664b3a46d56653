import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { Writable } from 'node:stream';
import { AccessLog, maskTokens, serializeRequest } from './access-log.js';

describe('access log', () => {
  it('masks capability tokens in addresses', () => {
    expect(maskTokens('/api/public/records/demo/requests/AbC123xyz/package', 'AbC123xyz')).toBe(
      '/api/public/records/demo/requests/[token]/package',
    );
    expect(maskTokens('/anmod-om-aktindsigt/demo/status/Zz9-_q?lang=en')).toBe(
      '/anmod-om-aktindsigt/demo/status/[token]?lang=en',
    );
    expect(maskTokens('/api/org/employees?limit=50')).toBe('/api/org/employees?limit=50');
  });

  it('writes one line per request without the token', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = Fastify({
      logger: { level: 'info', stream: sink, serializers: { req: serializeRequest } },
      logController: new AccessLog(),
    });
    app.get('/api/public/records/download/:token', async () => ({ ok: true }));
    await app.ready();
    const secret = 'k3P9xQ2mZ7vB4nL8wR1tY6uI0oE5aS';
    expect(
      (await app.inject({ method: 'GET', url: `/api/public/records/download/${secret}` })).statusCode,
    ).toBe(200);
    await app.close();
    const completed = lines.filter((l) => l.includes('request completed'));
    expect(completed).toHaveLength(1);
    expect(completed[0]).toContain('/api/public/records/download/[token]');
    expect(lines.join('')).not.toContain(secret);
  });
});
