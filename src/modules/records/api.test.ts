// The aktindsigt workflow through the real app and database: public intake → upload → screening → review →
// decision letter → release package → public download; plus scoping, audit and deadlines.
import * as mupdf from 'mupdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestUser, type Agent, type TestApp } from '../../../test/fixtures/index.js';
import { addWorkingDays, copenhagenDate } from '../../platform/calendar/index.js';
import { createZip } from './output/zip-writer.js';
import { loginCaseworker, multipart, pdfWith, waitForJob } from './test-helpers.js';
import { unzip } from './service/unzip.js';

let t: TestApp;
// Building the app migrates a fresh database; allow for a busy machine.
beforeAll(async () => {
  t = await createTestApp();
}, 180_000);
afterAll(() => t.close());

const SECRET_CPR = '070761-4285';

function pdfText(bytes: Uint8Array): string {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  let text = '';
  for (let i = 0; i < doc.countPages(); i += 1)
    text += doc.loadPage(i).toStructuredText('preserve-whitespace').asText();
  return text;
}

async function caseworker(): Promise<{ agent: Agent; slug: string; tenantId: string }> {
  const { tenant, agent } = await loginCaseworker(t);
  return { agent, slug: tenant.slug, tenantId: tenant.id };
}

describe('aktindsigt from request to release', () => {
  it(
    'runs the whole journey and the package leaks nothing that was redacted',
    { timeout: 120_000 },
    async () => {
      const { agent, slug } = await caseworker();
      const today = copenhagenDate(new Date());

      // 1. A citizen asks through the public form, without logging in.
      const intake = await t.app.inject({
        method: 'POST',
        url: `/api/public/records/${slug}/requests`,
        payload: {
          name: 'Anne Jensen',
          email: 'anne@example.dk',
          subject: 'Alle dokumenter i byggesagen om Skovvej 12',
          caseReferences: ['BYG-17'],
        },
      });
      expect(intake.statusCode).toBe(201);
      const ack = intake.json();
      expect(ack.caseNumber).toMatch(/^AI-\d{4}-000001$/);
      expect(ack.decisionDue).toBe(addWorkingDays(today, 7));
      expect(ack.message_da).toContain(ack.caseNumber);

      const status = await t.app.inject({
        method: 'GET',
        url: `/api/public/records/${slug}/requests/${ack.statusToken}`,
      });
      expect(status.json()).toMatchObject({ caseNumber: ack.caseNumber, status: 'received', download: null });
      expect(
        (await t.app.inject({ method: 'GET', url: `/api/public/records/${slug}/requests/${'x'.repeat(32)}` }))
          .statusCode,
      ).toBe(404);

      // 2. The caseworker sees it and uploads a zip of the case plus a loose file.
      const list = (await agent.get('/api/records/requests')).json();
      expect(list.requests).toHaveLength(1);
      const id = list.requests[0].id;
      const letterPdf = await pdfWith([
        'Indsigelse fra naboen',
        `Mit CPR-nummer er ${SECRET_CPR}.`,
        'Hemmelig bemærkning om helbred',
      ]);
      const drawing = await pdfWith(['Tegning af carport, 3 x 6 meter']);
      const zip = createZip([
        { name: 'sag/indsigelse.pdf', bytes: letterPdf },
        { name: 'sag/tegning.pdf', bytes: drawing },
        { name: '__MACOSX/._tegning.pdf', bytes: new Uint8Array([0]) },
      ]);
      const upload = await agent.request({
        method: 'POST',
        url: `/api/records/requests/${id}/documents`,
        ...multipart([
          { name: 'sagen.zip', bytes: zip },
          { name: 'kopi.pdf', bytes: drawing },
        ]),
      });
      expect(upload.statusCode).toBe(201);
      const docs = upload.json().documents;
      expect(docs.map((d: { number: number; title: string }) => [d.number, d.title])).toEqual([
        [1, 'indsigelse'],
        [2, 'tegning'],
        [3, 'kopi'],
      ]);
      expect(docs[2].duplicateOf).toBe(docs[1].id);

      // 3. The upload started screening as a background job; its progress and result are at /api/jobs/:id.
      const jobId = upload.json().screeningJobId;
      expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
      const job = await waitForJob(agent, jobId);
      expect(job).toMatchObject({
        name: 'records.screen',
        state: 'completed',
        progress: { percent: 100, message: '2 af 2 dokumenter screenet' },
        result: { screened: 2, failed: 0 },
      });
      const detail = (await agent.get(`/api/records/requests/${id}`)).json();
      const suggestions = (
        await agent.get(`/api/records/documents/${detail.documentList[0].id}/suggestions`)
      ).json().data;
      const cpr = suggestions.find((s: { label: string; basisKey: string }) => s.basisKey === 'ofl-30-1');
      expect(cpr).toBeTruthy();
      expect(detail.problems.filter((p: { code: string }) => p.code === 'undecided')).toHaveLength(3);

      // Viewing a document is audited.
      const view = await agent.get(`/api/records/documents/${docs[0].id}/content`);
      expect(view.statusCode).toBe(200);
      expect(view.headers['content-type']).toBe('application/pdf');
      const audited = await t.db.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'records.document.read' AND object_id = $1`,
        [docs[0].id],
      );
      expect(audited.rows[0]!.n).toBe(1);

      // 4. Review: accept the CPR suggestion, draw a box over the health remark; release the drawing; the copy is a duplicate.
      const health = await agent.put(`/api/records/documents/${docs[0].id}/decision`, {
        decision: 'partial',
        acceptSuggestionIds: [cpr.id],
        manualBoxes: [
          { page: 1, box: [45, 100, 400, 120], label: 'Helbredsoplysning', basisKey: 'ofl-30-1' },
        ],
        meroffentlighedConsidered: true,
      });
      expect(health.statusCode).toBe(200);
      expect(health.json().problems).toEqual([]);
      await agent.put(`/api/records/documents/${docs[1].id}/decision`, { decision: 'release' });
      await agent.put(`/api/records/documents/${docs[2].id}/decision`, {
        decision: 'not_covered',
        notCoveredReason: 'Dubletter af dokument 2',
      });

      // 5. Deciding without reasons and meroffentlighed is refused with the missing items.
      const blocked = await agent.post(`/api/records/requests/${id}/decide`, {});
      expect(blocked.statusCode).toBe(409);
      expect(blocked.json().code).toBe('records.blocked');
      expect(JSON.stringify(blocked.json())).toContain('meroffentlighed_missing');

      const draft = await agent.put(`/api/records/requests/${id}/letter-draft`, {
        reasoning: {
          'ofl-30-1': {
            considerations: 'Oplysningerne angår naboens private forhold.',
            facts: 'Indsigelsen indeholder CPR-nummer og helbred.',
          },
        },
        meroffentlighed: 'Hensynet til naboens privatliv vejer tungere end interessen i oplysningerne.',
      });
      expect(draft.statusCode).toBe(200);
      const preview = await agent.get(`/api/records/requests/${id}/letter-preview`);
      expect(pdfText(new Uint8Array(preview.rawPayload))).toContain('Klagevejledning');

      const decided = await agent.post(`/api/records/requests/${id}/decide`, {});
      expect(decided.statusCode).toBe(200);
      expect(decided.json()).toMatchObject({
        status: 'decided',
        workingDaysUsed: 0,
        onTime: true,
        outcome: 'partial',
        documents: 3,
      });
      const event = await t.db.sql.query<{ payload: Record<string, unknown> }>(
        `SELECT payload FROM domain_events WHERE type = 'records.request.decided' AND object_id = $1`,
        [id],
      );
      expect(event.rows[0]!.payload).toMatchObject({ workingDaysUsed: 0, outcome: 'partial' });

      // 6. Release and download without login; the redacted text is gone from the package.
      const release = await agent.post(`/api/records/requests/${id}/release`, {});
      expect(release.statusCode, release.body).toBe(201);
      const { downloadUrl, files } = release.json();
      expect(files).toEqual([
        'afgoerelse.pdf',
        'aktliste.pdf',
        'aktliste.csv',
        'dokumenter/001-indsigelse.pdf',
        'dokumenter/002-tegning.pdf',
      ]);
      const download = await t.app.inject({ method: 'GET', url: downloadUrl });
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/zip');
      const entries = await unzip(new Uint8Array(download.rawPayload));
      const text = (name: string) => pdfText(entries.find((e) => e.name === name)!.bytes);
      const released = text('dokumenter/001-indsigelse.pdf');
      expect(released).toContain('Indsigelse fra naboen');
      expect(released).not.toContain(SECRET_CPR);
      expect(released).not.toContain('helbred');
      expect(text('dokumenter/002-tegning.pdf')).toContain('carport');
      expect(text('afgoerelse.pdf')).toContain('Du får delvis aktindsigt.');
      const csv = new TextDecoder().decode(entries.find((e) => e.name === 'aktliste.csv')!.bytes);
      expect(csv).toContain('"1";"";"indsigelse";"Udleveres delvist";"OFL § 30, nr. 1"');

      // The requester's status page offers the package too.
      const after = (
        await t.app.inject({ method: 'GET', url: `/api/public/records/${slug}/requests/${ack.statusToken}` })
      ).json();
      expect(after.status).toBe('released');
      expect((await t.app.inject({ method: 'GET', url: after.download.url })).statusCode).toBe(200);
    },
  );

  it('hides requests from other municipalities (404) and keeps public tokens per tenant', async () => {
    const a = await caseworker();
    const b = await caseworker();
    const ack = (
      await t.app.inject({
        method: 'POST',
        url: `/api/public/records/${a.slug}/requests`,
        payload: { name: 'Bo', subject: 'Referater fra udvalget' },
      })
    ).json();
    const id = (await a.agent.get('/api/records/requests')).json().requests[0].id;
    expect((await b.agent.get(`/api/records/requests/${id}`)).statusCode).toBe(404);
    expect((await b.agent.get('/api/records/requests')).json().requests).toEqual([]);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/public/records/${b.slug}/requests/${ack.statusToken}`,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('validates intake in Danish and English', async () => {
    const { slug } = await caseworker();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/public/records/${slug}/requests`,
      payload: { name: 'Bo', subject: ' ', laws: ['fvl'] },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('records.invalid');
    expect(JSON.stringify(body)).toContain('Kun en part i sagen');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/public/records/no-such-kommune/requests',
          payload: { name: 'Bo', subject: 'Noget' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('registers a staff request with the right deadline, sends a fristbrev and lists the task', async () => {
    const { agent } = await caseworker();
    const received = addWorkingDays(copenhagenDate(new Date(Date.now() - 35 * 86_400_000)), 1);
    const reg = await agent.post('/api/records/requests', {
      channel: 'email',
      received,
      name: 'Dagbladet',
      requesterType: 'press',
      subject: 'Mails om budget 2027',
      laws: ['ofl', 'mol'],
    });
    expect(reg.statusCode).toBe(201);
    expect(reg.json().decisionDue).toBe(addWorkingDays(received, 7));
    const id = (await agent.get('/api/records/requests')).json().requests[0].id;
    const detail = (await agent.get(`/api/records/requests/${id}`)).json();
    expect(detail.deadline.status).toBe('overdue');

    const tasks = (await agent.get('/api/tasks'))
      .json()
      .tasks.filter((x: { module: string }) => x.module === 'records');
    expect(tasks[0]).toMatchObject({ severity: 'danger', url: `/aktindsigt/${id}` });

    const bad = await agent.post(`/api/records/requests/${id}/fristbrev`, {
      reason: 'kort',
      expectedDecisionDate: received,
    });
    expect(bad.statusCode).toBe(409);
    const expected = addWorkingDays(copenhagenDate(new Date()), 5);
    const sent = await agent.post(`/api/records/requests/${id}/fristbrev`, {
      reason: 'Mange dokumenter skal gennemgås, og to virksomheder skal høres.',
      expectedDecisionDate: expected,
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ inTime: false, status: 'fristbrev_sent' });
    const letter = await agent.get(`/api/records/requests/${id}/letters/${sent.json().letterId}`);
    expect(pdfText(new Uint8Array(letter.rawPayload))).toContain('Mange dokumenter skal gennemgås');

    const time = await agent.post(`/api/records/requests/${id}/time`, {
      minutes: 1230,
      activity: 'Gennemgang af 400 mails',
    });
    expect(time.json()).toEqual({ minutesSpent: 1230, timeStatus: 'approaching_limit' });

    const delay = await agent.post(`/api/records/requests/${id}/complaints`, { kind: 'delay' });
    expect(delay.statusCode).toBe(201);
    const forward = await agent.post(`/api/records/complaints/${delay.json().id}/forward`, {});
    expect(forward.json()).toMatchObject({ status: 'complaint_forwarded', inTime: true });
  });

  it('makes a partial decision first and the full decision later', { timeout: 120_000 }, async () => {
    const { agent, slug } = await caseworker();
    await t.app.inject({
      method: 'POST',
      url: `/api/public/records/${slug}/requests`,
      payload: { name: 'Bo', subject: 'Tegninger og notater' },
    });
    const id = (await agent.get('/api/records/requests?open=true')).json().requests[0].id;
    const up = await agent.request({
      method: 'POST',
      url: `/api/records/requests/${id}/documents`,
      ...multipart([
        { name: 'a.pdf', bytes: await pdfWith(['Tegning A']) },
        { name: 'b.pdf', bytes: await pdfWith(['Tegning B']) },
      ]),
    });
    const [a, b] = up.json().documents;
    // Not screened yet: nothing can be released.
    const early = await agent.put(`/api/records/documents/${a.id}/decision`, { decision: 'release' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('records.unchecked');
    expect((await waitForJob(agent, up.json().screeningJobId)).state).toBe('completed');
    await agent.put(`/api/records/documents/${a.id}/decision`, { decision: 'release' });
    const part = await agent.post(`/api/records/requests/${id}/decide?partial=true`, {});
    expect(part.statusCode, part.body).toBe(200);
    expect(part.json()).toMatchObject({ status: 'partially_decided', partial: true, documents: 1 });
    const letter = await agent.get(`/api/records/requests/${id}/letters/${part.json().letterId}`);
    expect(pdfText(new Uint8Array(letter.rawPayload))).toContain('Delvis afgørelse om aktindsigt');
    expect((await agent.post(`/api/records/requests/${id}/decide`, {})).statusCode).toBe(409);
    await agent.put(`/api/records/documents/${b.id}/decision`, { decision: 'release' });
    const full = await agent.post(`/api/records/requests/${id}/decide`, {});
    expect(full.json()).toMatchObject({ status: 'decided', outcome: 'full', documents: 2 });
  });

  it('refuses a delay complaint before 14 working days have passed (OFL § 39)', async () => {
    const { agent, slug } = await caseworker();
    await t.app.inject({
      method: 'POST',
      url: `/api/public/records/${slug}/requests`,
      payload: { name: 'Bo', subject: 'Noget om vejen' },
    });
    const id = (await agent.get('/api/records/requests')).json().requests[0].id;
    const res = await agent.post(`/api/records/requests/${id}/complaints`, { kind: 'delay' });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('§ 39');
  });
});

describe('casework on a request', () => {
  it('assigns to a colleague who works on aktindsigt (and nobody else), registers time, a note and a complaint', async () => {
    const { agent, slug, tenantId } = await caseworker();
    const colleague = await createTestUser(t.db, tenantId, { role: 'caseworker', name: 'Kim Kollega' });
    const planner = await createTestUser(t.db, tenantId, { role: 'planner', name: 'Pia Planlægger' });
    await createTestUser(t.db, tenantId, { role: 'caseworker', name: 'Gone Gammel', active: false });
    const stranger = await loginCaseworker(t);
    await t.app.inject({
      method: 'POST',
      url: `/api/public/records/${slug}/requests`,
      payload: { name: 'Bo', subject: 'Referater fra 2025' },
    });
    const id = (await agent.get('/api/records/requests')).json().requests[0].id;

    const people = (await agent.get('/api/records/caseworkers'))
      .json()
      .data.map((p: { name: string }) => p.name);
    expect(people).toContain('Kim Kollega');
    expect(people).not.toContain('Pia Planlægger');
    expect(people).not.toContain('Gone Gammel');
    const strangers = (await stranger.agent.get('/api/records/caseworkers')).json().data;
    expect(strangers.map((p: { name: string }) => p.name)).not.toContain('Kim Kollega');

    const toPlanner = await agent.patch(`/api/records/requests/${id}`, { assignedTo: planner.id });
    expect(toPlanner.statusCode).toBe(400);
    expect((await agent.patch(`/api/records/requests/${id}`, { assignedTo: colleague.id })).statusCode).toBe(
      200,
    );
    expect((await agent.get(`/api/records/requests/${id}`)).json().assignedTo).toBe(colleague.id);

    expect(
      (await agent.post(`/api/records/requests/${id}/time`, { minutes: 0, activity: 'x' })).statusCode,
    ).toBe(400);
    expect(
      (await agent.post(`/api/records/requests/${id}/time`, { minutes: 90, activity: 'Fandt dokumenterne' }))
        .statusCode,
    ).toBe(201);
    const note = await agent.post(`/api/records/requests/${id}/journal-entries`, {
      title: 'Telefonnotat',
      text: 'Borgeren ringede og præciserede anmodningen.',
    });
    expect(note.statusCode).toBe(201);
    const complaint = await agent.post(`/api/records/requests/${id}/complaints`, {
      kind: 'decision',
      note: 'Klage modtaget pr. mail',
    });
    expect(complaint.statusCode).toBe(201);
    const detail = (await agent.get(`/api/records/requests/${id}`)).json();
    expect(detail.minutesSpent).toBe(90);
    expect(detail.documentList.map((d: { title: string }) => d.title)).toContain('Telefonnotat');
    expect(detail.complaints).toHaveLength(1);
    expect(detail.complaints[0].forwardedOn).toBeNull();
  });
});
