// Records files in the content-addressed document store: uploads land in the store (duplicates still found by
// hash), every view is audited, the request shows its screening job, Word files are screened, and
// migration 0008 moves files that were stored as bytea (PGlite, or PostgreSQL with DATABASE_URL).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestDb, type TestApp } from '../../../test/fixtures/index.js';
import { copenhagenDate } from '../../platform/calendar/index.js';
import { migrate, MIGRATIONS_DIR } from '../../platform/db/migrate.js';
import { bindDocumentStore } from '../../platform/documents/platform.js';
import { createFileSystemStore } from '../../platform/documents/store.js';
import { systemActor } from '../../platform/http/context.js';
import { withTenant } from '../../platform/db/database.js';
import { docx, mupdfText } from '../redaction/testing/fixtures.js';
import { releasedFiles } from './service/release.js';
import { loadDocuments } from './service/shared.js';
import { readDocumentContent } from './service/documents.js';
import { moveLegacyContent } from './service/storage.js';
import { loginCaseworker, multipart, pdfWith, waitForJob } from './test-helpers.js';

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const storedPath = (root: string, hash: string) =>
  path.join(root, 'files', hash.slice(0, 2), hash.slice(2, 4), hash);

let t: TestApp;
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'rodtrad-records-store-'));
  t = await createTestApp({ config: { dataDir } });
}, 180_000);
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A caseworker of a new municipality and one request registered by e-mail. */
async function caseworkerWithRequest() {
  const { tenant, agent } = await loginCaseworker(t);
  await agent.post('/api/records/requests', {
    channel: 'email',
    received: copenhagenDate(new Date()),
    name: 'Bo Holm',
    subject: 'Byggesag',
  });
  const id = (await agent.get('/api/records/requests')).json().requests[0].id as string;
  return { tenant, agent, id };
}

describe('records files in the document store', () => {
  it('stores uploads by hash, finds duplicates, audits each view, keeps the job on the request', async () => {
    const { agent, id } = await caseworkerWithRequest();
    expect((await agent.get(`/api/records/requests/${id}`)).json().screening).toBeNull();

    const pdf = await pdfWith(['Ansøger: Bo Holm, CPR 070761-4285']);
    const upload = await agent.request({
      method: 'POST',
      url: `/api/records/requests/${id}/documents`,
      ...multipart([
        { name: 'a.pdf', bytes: pdf },
        { name: 'b.pdf', bytes: pdf },
      ]),
    });
    expect(upload.statusCode).toBe(201);
    const [a, b] = upload.json().documents;
    expect(b.duplicateOf).toBe(a.id);
    // The bytes are in the store, once, and nowhere in the records table.
    expect(await readFile(storedPath(dataDir, sha(pdf)))).toEqual(Buffer.from(pdf));
    const columns = await t.db.sql.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'records_documents' AND data_type = 'bytea'`,
    );
    expect(columns.rows).toEqual([]);

    // The screening job is on the request: a reloaded page finds it without the job id in its address.
    const jobId = upload.json().screeningJobId as string;
    const running = (await agent.get(`/api/records/requests/${id}`)).json().screening;
    expect(running.jobId).toBe(jobId);
    expect(['queued', 'active', 'completed']).toContain(running.state);
    await waitForJob(agent, jobId);
    expect((await agent.get(`/api/records/requests/${id}`)).json().screening).toMatchObject({
      jobId,
      state: 'completed',
      percent: 100,
      message: '1 af 1 dokumenter screenet',
    });

    for (let i = 0; i < 2; i += 1) {
      const view = await agent.get(`/api/records/documents/${a.id}/content`);
      expect(view.statusCode).toBe(200);
      expect(new Uint8Array(view.rawPayload)).toEqual(pdf);
    }
    const audited = await t.db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'records.document.read' AND object_id = $1`,
      [a.id],
    );
    expect(audited.rows[0]!.n).toBe(2);
    // No redacted output yet: 404, and nothing audited for it.
    expect((await agent.get(`/api/records/documents/${a.id}/content?variant=redacted`)).statusCode).toBe(404);

    // A journal entry's text is a stored file as well.
    const note = await agent.post(`/api/records/requests/${id}/journal-entries`, {
      title: 'Telefonnotat',
      date: null,
      text: 'Ansøgeren ringede.',
    });
    expect(note.statusCode).toBe(201);
    expect(existsSync(storedPath(dataDir, sha('Ansøgeren ringede.')))).toBe(true);
    const text = await agent.get(`/api/records/documents/${note.json().id}/content`);
    expect(text.body).toBe('Ansøgeren ringede.');
  }, 120_000);

  it('treats a Word file as DOCX: screened, and redacted to a labelled PDF at release', async () => {
    const { tenant, agent, id } = await caseworkerWithRequest();
    const upload = await agent.request({
      method: 'POST',
      url: `/api/records/requests/${id}/documents`,
      ...multipart([{ name: 'notat.docx', bytes: docx(['Ansøger Bo Holm, CPR-nummer 070761-4285.']) }]),
    });
    const [doc] = upload.json().documents;
    expect(doc).toMatchObject({
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      screeningStatus: 'pending',
    });
    await waitForJob(agent, upload.json().screeningJobId);
    const screened = (await agent.get(`/api/records/requests/${id}`)).json().documentList[0];
    expect(screened.screeningStatus).toBe('done');
    const suggestions = (
      await agent.get(`/api/records/documents/${screened.id}/suggestions?perPage=500`)
    ).json().data as { id: string; label: string }[];
    const cpr = suggestions.find((s) => s.label === 'CPR');
    expect(cpr).toBeTruthy();
    // Every suggestion is decided (the release gate): the CPR number redacted, the rest kept readable.
    const decided = await agent.put(`/api/records/documents/${doc.id}/decision`, {
      decision: 'partial',
      acceptSuggestionIds: [cpr!.id],
      rejectSuggestionIds: suggestions.filter((s) => s.id !== cpr!.id).map((s) => s.id),
    });
    expect(decided.statusCode).toBe(200);
    const rows = await withTenant(t.db, tenant.id, (tx) => loadDocuments(tx, id));
    const { entries, produced } = await releasedFiles(t.db, rows, 'AI-TEST');
    expect(entries.map((e) => e.name)).toEqual(['dokumenter/001-notat.pdf']);
    expect(produced).toHaveLength(1);
    const text = mupdfText(entries[0]!.bytes);
    expect(text).toContain('Ansøger Bo Holm');
    expect(text).toContain('§ 30, nr. 1'); // the box's label: the ground's citation, not its catalogue key
    expect(text.replace(/\D/g, '')).not.toContain('0707614285');
  }, 120_000);

  it('a file missing from the store is an error, not an empty document', async () => {
    const { agent, id } = await caseworkerWithRequest();
    const note = await agent.post(`/api/records/requests/${id}/journal-entries`, {
      title: 'Notat',
      date: null,
      text: 'Denne fil forsvinder fra lageret.',
    });
    await rm(storedPath(dataDir, sha('Denne fil forsvinder fra lageret.')));
    expect((await agent.get(`/api/records/documents/${note.json().id}/content`)).statusCode).toBe(500);
  });
});

describe('migrations 0008 and 0009 (bytea → document store)', () => {
  it('moves files, redacted outputs, journal texts and release packages; reads work before and after', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rodtrad-migrations-'));
    const storeDir = await mkdtemp(path.join(os.tmpdir(), 'rodtrad-legacy-store-'));
    const test = await createTestDb({ migrate: false });
    try {
      // The database as it was before 0008.
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const journal = JSON.parse(await readFile(path.join(dir, 'meta/_journal.json'), 'utf8'));
      journal.entries = journal.entries.filter((e: { tag: string }) => e.tag < '0008');
      await writeFile(path.join(dir, 'meta/_journal.json'), JSON.stringify(journal));
      await migrate(test.db, dir);

      // Raw SQL: the tenancy service writes columns that later migrations add.
      const tenant = (
        await test.db.sql.query<{ id: string }>(
          `INSERT INTO tenants (slug, name) VALUES ('legacy-' || md5(random()::text), 'Gammel Kommune') RETURNING id`,
        )
      ).rows[0]!;
      const file = await pdfWith(['Gammel fil']);
      const redacted = await pdfWith(['Gammel fil, anonymiseret']);
      const journalText = 'Notat fra før flytningen';
      const request = (
        await test.db.sql.query<{ id: string }>(
          `INSERT INTO records_requests (tenant_id, case_number, requester_type, requester_name, laws, governing_law, subject,
             channel, received, decision_due, fristbrev_due, status_token_hash)
           VALUES ($1, 'AI-2026-000001', 'citizen', 'Bo Holm', '{ofl}', 'ofl', 'Byggesag', 'email', '2026-04-01',
             '2026-04-15', '2026-04-15', 'x') RETURNING id`,
          [tenant.id],
        )
      ).rows[0]!.id;
      const insert = (
        n: number,
        kind: string,
        hash: string | null,
        content: Uint8Array,
        red: Uint8Array | null,
      ) =>
        test.db.sql.query<{ id: string }>(
          `INSERT INTO records_documents (tenant_id, request_id, number, title, kind, sha256, content, redacted_content)
           VALUES ($1, $2, $3, 'Dok', $4, $5, $6, $7) RETURNING id`,
          [tenant.id, request, n, kind, hash, content, red],
        );
      const original = (await insert(1, 'file', sha(file), file, redacted)).rows[0]!.id;
      await insert(2, 'file', sha(file), file, null);
      const note = (await insert(3, 'journal', null, new TextEncoder().encode(journalText), null)).rows[0]!
        .id;

      const zip = new TextEncoder().encode('PK release package of before 0009');
      await test.db.sql.query(
        `INSERT INTO records_releases (tenant_id, request_id, token_hash, expires_at, package_zip)
         VALUES ($1, $2, 'h', now() + interval '1 day', $3)`,
        [tenant.id, request, zip],
      );

      const applied = await migrate(test.db);
      expect(applied.applied.slice(0, 2)).toEqual([
        '0008_records_document_store',
        '0009_records_release_packages_store',
      ]);
      const legacy = await test.db.sql.query<{ sha256: string }>(
        'SELECT sha256 FROM records_legacy_content ORDER BY sha256',
      );
      expect(legacy.rows.map((r) => r.sha256)).toEqual(
        [sha(file), sha(redacted), sha(journalText), sha(zip)].sort(),
      );
      const release = await test.db.sql.query<{ package_sha256: string }>(
        'SELECT package_sha256 FROM records_releases',
      );
      expect(release.rows).toEqual([{ package_sha256: sha(zip) }]);
      const rows = await test.db.sql.query<{ id: string; sha256: string; redacted_sha256: string | null }>(
        'SELECT id, sha256, redacted_sha256 FROM records_documents ORDER BY number',
      );
      expect(rows.rows.map((r) => [r.sha256, r.redacted_sha256])).toEqual([
        [sha(file), sha(redacted)],
        [sha(file), null],
        [sha(journalText), null],
      ]);

      bindDocumentStore(test.db, createFileSystemStore(path.join(storeDir, 'files')));
      const actor = systemActor(tenant.id, 'test');
      // A read before the bulk move copies that one file into the store on the way.
      const read = await readDocumentContent(test.db, actor, note);
      expect(new TextDecoder().decode(read.bytes)).toBe(journalText);
      expect(existsSync(storedPath(storeDir, sha(journalText)))).toBe(true);

      expect(await moveLegacyContent(test.db)).toEqual({ moved: 3, failed: 0 });
      expect(await readFile(storedPath(storeDir, sha(zip)))).toEqual(Buffer.from(zip));
      expect((await test.db.sql.query('SELECT 1 FROM records_legacy_content')).rows).toEqual([]);
      expect((await readDocumentContent(test.db, actor, original)).bytes).toEqual(file);
      expect((await readDocumentContent(test.db, actor, original, 'redacted')).bytes).toEqual(redacted);
      expect(await moveLegacyContent(test.db)).toEqual({ moved: 0, failed: 0 });
    } finally {
      await test.close();
      await rm(dir, { recursive: true, force: true });
      await rm(storeDir, { recursive: true, force: true });
    }
  }, 120_000);
});
