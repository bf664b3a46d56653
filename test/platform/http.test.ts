import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  createTestTenant,
  createTestUser,
  loginAgent,
  type Agent,
  type TestApp,
} from '../fixtures/index.js';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await createTestApp({ config: { bodyLimitBytes: 2048 } });
  const tenant = await createTestTenant(t.db);
  admin = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'administrator' }));
});
afterAll(() => t.close());

function expectProblem(
  res: {
    statusCode: number;
    headers: Record<string, unknown>;
    json(): Record<string, unknown>;
    body: string;
  },
  status: number,
  code: string,
) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  const body = res.json();
  expect(body).toMatchObject({ status, code, type: `urn:rodtrad:problem:${code}` });
  expect(typeof body.message_da).toBe('string');
  expect(typeof body.message_en).toBe('string');
  expect(res.body).not.toMatch(/\bat .+\.(ts|js):\d+/);
}

describe('bad input', () => {
  it('malformed JSON', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/org/units',
      headers: { 'content-type': 'application/json' },
      payload: '{"code": "A", ',
    });
    expectProblem(res, 400, 'request.malformed_json');
  });

  it('unknown fields are rejected', async () => {
    const res = await admin.post('/api/org/units', { code: 'A', name: 'A', colour: 'red' });
    expectProblem(res, 400, 'request.invalid');
    expect(JSON.stringify(res.json().errors)).toContain('colour');
  });

  it('wrong types name the field', async () => {
    const res = await admin.post('/api/org/units', { code: 42, name: 'A' });
    expectProblem(res, 400, 'request.invalid');
    expect(res.json().errors[0].path).toContain('code');
  });

  it('bad query parameters', async () => {
    expectProblem(await admin.get('/api/org/employees?limit=100000'), 400, 'request.invalid');
    expectProblem(await admin.get('/api/org/employees?unitId=not-a-uuid'), 400, 'request.invalid');
  });

  it('oversize bodies', async () => {
    const res = await admin.post('/api/org/units', { code: 'A', name: 'x'.repeat(5000) });
    expectProblem(res, 413, 'request.too_large');
  });

  it('unsupported content types', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/org/units',
      headers: { 'content-type': 'text/xml' },
      payload: '<a/>',
    });
    expectProblem(res, 415, 'request.unsupported_media_type');
  });

  it('unknown routes', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/nothing-here' }), 404, 'not_found');
  });
});

describe('http basics', () => {
  it('health and readiness', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });

  it('request ids: generated, or taken from a well-formed x-request-id', async () => {
    const generated = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await t.app.inject({
      method: 'GET',
      url: '/api/nothing',
      headers: { 'x-request-id': 'trace-12345678' },
    });
    expect(given.headers['x-request-id']).toBe('trace-12345678');
    expect(given.json().requestId).toBe('trace-12345678');
    const bad = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(bad.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('OpenAPI document and the documentation page', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/org/employees', '/api/audit', '/api/tasks']),
    );
    expect(doc.paths['/api/org/employees'].get.responses['200']).toBeDefined();
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html');
  });
});
