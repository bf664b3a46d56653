// /api/documents through the real app on a real database: upload with sniffed type, audited download,
// size limit, refused types and tenant isolation.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystem } from '../db/database.js';
import {
  createTestApp,
  createTestTenant,
  createTestUser,
  loginAgent,
  type Agent,
  type TestApp,
} from '../../../test/fixtures/index.js';

const LIMIT = 64 * 1024;
let t: TestApp;
let dataDir: string;
let caseworker: Agent;
let employee: Agent;
let stranger: Agent;

const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
const ELF = Buffer.concat([Buffer.from('7f454c46020101000000000000000000', 'hex'), Buffer.alloc(256)]);

function multipart(filename: string, content: Buffer, field = 'file') {
  const boundary = `----rodtrad${randomUUID()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (agent: Agent, filename: string, content: Buffer, field?: string) =>
  agent.request({ method: 'POST', url: '/api/documents', ...multipart(filename, content, field) });

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'rodtrad-docs-'));
  process.env.RODTRAD_UPLOAD_MAX_BYTES = String(LIMIT);
  t = await createTestApp({ config: { dataDir } });
  const tenant = await createTestTenant(t.db);
  const other = await createTestTenant(t.db);
  caseworker = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'caseworker' }));
  employee = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'employee' }));
  stranger = await loginAgent(t, other, await createTestUser(t.db, other.id, { role: 'administrator' }));
});

afterAll(async () => {
  delete process.env.RODTRAD_UPLOAD_MAX_BYTES;
  await t?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('/api/documents', () => {
  it('stores an upload under its content hash with the sniffed type, whatever the name says', async () => {
    const res = await upload(caseworker, 'Høringssvar.txt', PDF);
    expect(res.statusCode).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({
      filename: 'Høringssvar.txt',
      mime: 'application/pdf',
      size: PDF.length,
      uploadedBy: caseworker.user.id,
    });
    const files = await readdir(path.join(dataDir, 'files', doc.sha256.slice(0, 2), doc.sha256.slice(2, 4)));
    expect(files).toEqual([doc.sha256]);
    expect((await caseworker.get(`/api/documents/${doc.id}`)).json()).toEqual(doc);
  });

  it('serves the content as an attachment and writes every download to the audit log', async () => {
    const doc = (await upload(caseworker, 'brev.pdf', PDF)).json();
    const res = await caseworker.get(`/api/documents/${doc.id}/content`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload).toEqual(PDF);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="brev.pdf"; filename*=UTF-8''brev.pdf`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    await caseworker.get(`/api/documents/${doc.id}/content`);
    const audit = await withSystem(
      t.db,
      async (tx) =>
        (
          await tx.sql.query<{ action: string; actor_user_id: string }>(
            `SELECT action, actor_user_id FROM audit_log WHERE object_id = $1 ORDER BY seq`,
            [doc.id],
          )
        ).rows,
    );
    expect(audit).toEqual([
      { action: 'documents.document.upload', actor_user_id: caseworker.user.id },
      { action: 'documents.document.read', actor_user_id: caseworker.user.id },
      { action: 'documents.document.read', actor_user_id: caseworker.user.id },
    ]);
  });

  it('rejects a file over the size limit with a clear error and stores nothing', async () => {
    const huge = Buffer.alloc(LIMIT * 4, 0x41);
    const res = await upload(caseworker, 'stor.txt', huge);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      code: 'documents.too_large',
      message_da: 'Filen er for stor (højst 64 kB).',
    });
    expect(await readdir(path.join(dataDir, 'files', 'tmp'))).toEqual([]);
  });

  it('refuses content of a type that is not accepted, even with an innocent name', async () => {
    const res = await upload(caseworker, 'rapport.pdf', ELF);
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({
      code: 'documents.unsupported_type',
      detail: 'detected application/x-elf',
    });
  });

  it('answers another tenant with 404 and checks permissions', async () => {
    const doc = (await upload(caseworker, 'sag.pdf', PDF)).json();
    expect((await stranger.get(`/api/documents/${doc.id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/documents/${doc.id}/content`)).statusCode).toBe(404);
    expect((await caseworker.get(`/api/documents/${randomUUID()}`)).statusCode).toBe(404);
    expect((await upload(employee, 'x.pdf', PDF)).statusCode).toBe(403);
    expect((await employee.get(`/api/documents/${doc.id}`)).statusCode).toBe(403);
  });

  it('requires a file in the request', async () => {
    expect((await upload(caseworker, 'x.pdf', PDF, 'other')).statusCode).toBe(201);
    const empty = await caseworker.post('/api/documents', { file: 'nope' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('documents.no_file');
  });
});
