// The detection endpoint as the review UI calls it: through a real login, session and CSRF token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  createTestTenant,
  createTestUser,
  loginAgent,
  type TestApp,
} from '../fixtures/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const letter = {
  text: 'Kære Jens Hansen\n\nDit cpr-nr. 010203-1234 er registreret. Ring på 23 45 67 89.\n\nMed venlig hilsen\nMette Lund',
  case_type: 'citizen',
  parties: ['Jens Hansen'],
  staff: ['Mette Lund'],
};

describe('POST /api/detection/detect', () => {
  it('returns the spans to redact for a caseworker and keeps the staff name readable', async () => {
    const tenant = await createTestTenant(t.db);
    const agent = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'caseworker' }));
    const res = await agent.post('/api/detection/detect', letter);
    expect(res.statusCode).toBe(200);
    const spans = res.json().spans as { start: number; end: number; label: string }[];
    const redacted = spans.map((s) => `${s.label}:${letter.text.slice(s.start, s.end)}`);
    expect(redacted).toEqual(
      expect.arrayContaining(['PERSON:Jens Hansen', 'CPR:010203-1234', 'PHONE:23 45 67 89']),
    );
    expect(redacted.some((r) => r.includes('Mette Lund'))).toBe(false);
  });

  it('refuses anonymous callers and roles without detection.use', async () => {
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/detection/detect', payload: letter });
    expect(anonymous.statusCode).toBe(401);
    const tenant = await createTestTenant(t.db);
    const employee = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'employee' }));
    const res = await employee.post('/api/detection/detect', letter);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('auth.forbidden');
  });

  it('rejects a body of the wrong shape with a problem document', async () => {
    const tenant = await createTestTenant(t.db);
    const agent = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'caseworker' }));
    const res = await agent.post('/api/detection/detect', { text: 42, case_type: 'tax' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
