// Smaller guards from issue 19, each of which failed before its fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/modules/redaction/index.js';
import { zip } from '../../src/modules/redaction/testing/fixtures.js';
import {
  createTestApp,
  createTestEmployee,
  createTestTenant,
  createTestUnit,
  createTestUser,
  loginAgent,
  type TestApp,
} from '../fixtures/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('NUL bytes and lone surrogates', () => {
  it('give 400 problem+json on anonymous and authenticated routes, never 500', async () => {
    const tenant = await createTestTenant(t.db);
    const admin = await loginAgent(
      t,
      tenant,
      await createTestUser(t.db, tenant.id, { role: 'administrator' }),
    );
    const bad = ['nul\u0000byte', 'lone \ud800 high', 'lone \udc00 low'];
    for (const text of bad) {
      const responses = [
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { tenant: tenant.slug, email: `a${text}@b.dk`, password: text },
        }),
        await t.app.inject({
          method: 'POST',
          url: `/api/public/records/${tenant.slug}/requests`,
          payload: { name: text, subject: 'x' },
        }),
        await admin.post('/api/org/units', { code: 'X1', name: text }),
      ];
      // A URL cannot carry a lone surrogate (it decodes to U+FFFD), but it can carry %00.
      if (text.includes('\u0000'))
        responses.push(
          await admin.get(`/api/org/employees?q=${encodeURIComponent(text)}`),
          await admin.get(`/api/audit?actor=${encodeURIComponent(text)}`),
        );
      for (const res of responses) {
        expect(res.statusCode, res.body).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().code).toBe('request.invalid');
      }
    }
    // A proper pair (an emoji) is fine.
    expect((await admin.post('/api/org/units', { code: 'X2', name: 'Enhed 😀' })).statusCode).toBe(201);
  });

  it('in a path parameter give 400 too', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/records/x%00y/requests/abc' });
    expect(res.statusCode).toBe(400);
  });
});

describe('audit actor filter', () => {
  it('treats % and _ literally', async () => {
    const tenant = await createTestTenant(t.db);
    const admin = await loginAgent(
      t,
      tenant,
      await createTestUser(t.db, tenant.id, { role: 'administrator' }),
    );
    await admin.post('/api/org/units', { code: 'A1', name: 'A' });
    const all = (await admin.get('/api/audit?actor=%25')).json();
    expect(all.total).toBe(0);
    const underscore = (await admin.get('/api/audit?actor=_')).json();
    expect(underscore.total).toBe(0);
    expect((await admin.get('/api/audit?actor=user-')).json().total).toBeGreaterThan(0);
  });
});

describe('users.employeeId', () => {
  it('must name an employee of the same municipality', async () => {
    const a = await createTestTenant(t.db);
    const b = await createTestTenant(t.db);
    const admin = await loginAgent(t, a, await createTestUser(t.db, a.id, { role: 'administrator' }));
    const foreign = await createTestEmployee(t.db, b.id, (await createTestUnit(t.db, b.id)).id);
    const own = await createTestEmployee(t.db, a.id, (await createTestUnit(t.db, a.id)).id);
    const created = await admin.post('/api/admin/users', {
      email: 'linked@test.dk',
      name: 'Linked',
      employeeId: foreign.id,
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().code).toBe('users.invalid_employee');
    const user = await createTestUser(t.db, a.id);
    const patched = await admin.patch(`/api/admin/users/${user.id}`, { employeeId: foreign.id });
    expect(patched.json().code).toBe('users.invalid_employee');
    expect((await admin.patch(`/api/admin/users/${user.id}`, { employeeId: own.id })).statusCode).toBe(200);
  });
});

describe('the last administrator', () => {
  it('cannot be demoted or deactivated, also not by two administrators at once', async () => {
    const tenant = await createTestTenant(t.db);
    const first = await createTestUser(t.db, tenant.id, { role: 'administrator' });
    const second = await createTestUser(t.db, tenant.id, { role: 'administrator' });
    const a = await loginAgent(t, tenant, first);
    const b = await loginAgent(t, tenant, second);
    // Each demotes the other at the same moment: exactly one may succeed.
    const [x, y] = await Promise.all([
      a.put(`/api/admin/users/${second.id}/roles`, [{ role: 'caseworker', unitId: null }]),
      b.put(`/api/admin/users/${first.id}/roles`, [{ role: 'caseworker', unitId: null }]),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
    const survivor = x.statusCode === 200 ? a : b;
    const survivorId = x.statusCode === 200 ? first.id : second.id;
    const lost = x.statusCode === 200 ? y : x;
    expect(lost.json().code).toBe('users.last_administrator');
    // A unit-scoped administrator does not count as the municipality's administrator.
    const unit = await createTestUnit(t.db, tenant.id);
    const demote = await survivor.put(`/api/admin/users/${survivorId}/roles`, [
      { role: 'administrator', unitId: unit.id },
    ]);
    expect(demote.statusCode).toBe(409);
    // Another administrator may deactivate… but not the last one.
    const other = x.statusCode === 200 ? second : first;
    await survivor.put(`/api/admin/users/${other.id}/roles`, [{ role: 'administrator', unitId: null }]);
    expect((await survivor.patch(`/api/admin/users/${other.id}`, { active: false })).statusCode).toBe(200);
    expect(
      (
        await survivor.put(`/api/admin/users/${survivorId}/roles`, [{ role: 'employee', unitId: null }])
      ).json().code,
    ).toBe('users.last_administrator');
  });
});

describe('file type sniffing', () => {
  it('takes a zip with %PDF- in its first kilobyte for a zip, not a PDF', () => {
    const sneaky = zip({ '%PDF-1.7.txt': 'not really', 'b.txt': 'x' });
    expect(new TextDecoder('latin1').decode(sneaky.subarray(0, 1024))).toContain('%PDF-');
    expect(sniffFormat(sneaky)).toBe('zip');
    const textWithPdf = new TextEncoder().encode('Hello\n%PDF-1.4\n');
    expect(sniffFormat(textWithPdf)).not.toBe('pdf');
    expect(sniffFormat(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n'))).toBe('pdf');
    expect(sniffFormat(new TextEncoder().encode('\n%PDF-1.7\n'))).toBe('pdf');
  });
});

describe('audit search scope', () => {
  it('gives a team lead only their own entries, and an administrator everything', async () => {
    const tenant = await createTestTenant(t.db);
    const admin = await loginAgent(
      t,
      tenant,
      await createTestUser(t.db, tenant.id, { role: 'administrator' }),
    );
    const leadUser = await createTestUser(t.db, tenant.id, { role: 'team_lead' });
    const lead = await loginAgent(t, tenant, leadUser);
    await admin.post('/api/org/units', { code: 'S1', name: 'Secret unit' });
    await lead.get('/api/audit'); // the search itself is the lead's own audited action
    const seen = (await lead.get('/api/audit?limit=200')).json();
    expect(seen.entries.length).toBeGreaterThan(0);
    expect(seen.entries.every((e: { actorUserId: string }) => e.actorUserId === leadUser.id)).toBe(true);
    expect(JSON.stringify(seen)).not.toContain('Secret unit');
    const exported = await lead.get('/api/audit/export.csv');
    expect(exported.body).not.toContain('Secret unit');
    const all = (await admin.get('/api/audit?limit=200')).json();
    expect(JSON.stringify(all)).toContain('Secret unit');
  });
});
