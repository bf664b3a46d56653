// Platform e-mail through a real SMTP server started in the test (smtp-server), and the outbox it keeps.
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.js';
import { withTenant } from '../../src/platform/db/database.js';
import { listOutbox, loadMailConfig, sendMail, type MailConfig } from '../../src/platform/mail/index.js';
import { createTestDb, createTestTenant, type TestDb } from '../fixtures/index.js';

type Received = { from: string; to: string[]; raw: Buffer; user?: string };

let db: TestDb;
let server: SMTPServer;
let port: number;
const received: Received[] = [];

beforeAll(async () => {
  db = await createTestDb();
  server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'rodtrad' && auth.password === 'hemmelig')
        return callback(null, { user: 'rodtrad' });
      return callback(new Error('invalid login'));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@refused.example')) return callback(new Error('no such mailbox'));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
          user: session.user as string | undefined,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
});

function smtp(extra: Record<string, string> = {}): { mail: MailConfig } {
  return {
    mail: loadMailConfig({
      RODTRAD_SMTP_HOST: '127.0.0.1',
      RODTRAD_SMTP_PORT: String(port),
      RODTRAD_MAIL_FROM: 'Testkommune <noreply@test.dk>',
      ...extra,
    }),
  };
}

describe('sendMail through SMTP', () => {
  it('delivers text, html and an attachment and records the message as sent', async () => {
    const tenant = await createTestTenant(db.db);
    const config = smtp({ RODTRAD_SMTP_USER: 'rodtrad', RODTRAD_SMTP_PASSWORD: 'hemmelig' });
    const result = await sendMail(
      { db: db.db, config },
      {
        tenantId: tenant.id,
        to: 'borger@example.dk',
        subject: 'Din anmodning om aktindsigt – kvittering',
        text: 'Kære Søren\n\nVi har modtaget din anmodning.',
        html: '<p>Kære Søren</p>',
        attachments: [{ filename: 'kvittering.txt', content: Buffer.from('æøå'), contentType: 'text/plain' }],
      },
    );
    expect(result).toEqual({ id: expect.any(String), status: 'sent', error: null });

    const got = received.at(-1)!;
    expect(got.to).toEqual(['borger@example.dk']);
    expect(got.from).toBe('noreply@test.dk');
    expect(got.user).toBe('rodtrad');
    const parsed = await simpleParser(got.raw);
    expect(parsed.subject).toBe('Din anmodning om aktindsigt – kvittering');
    expect(parsed.text).toContain('Kære Søren');
    expect(parsed.html).toContain('<p>Kære Søren</p>');
    expect(parsed.attachments.map((a) => [a.filename, a.content.toString('utf8')])).toEqual([
      ['kvittering.txt', 'æøå'],
    ]);

    const [entry] = await listOutbox(db.db, tenant.id);
    expect(entry).toMatchObject({
      id: result.id,
      to: 'borger@example.dk',
      from: 'Testkommune <noreply@test.dk>',
      status: 'sent',
      error: null,
      attachments: [{ filename: 'kvittering.txt', contentType: 'text/plain', size: 6 }],
    });
    expect(entry!.sentAt).not.toBeNull();
  });

  it('records a refused recipient as failed with the reason, without throwing', async () => {
    const tenant = await createTestTenant(db.db);
    const before = received.length;
    const result = await sendMail(
      { db: db.db, config: smtp() },
      { tenantId: tenant.id, to: 'nobody@refused.example', subject: 'Test', text: 'x' },
    );
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/no such mailbox|rejected|Recipient/i);
    expect(received.length).toBe(before);
    const [entry] = await listOutbox(db.db, tenant.id);
    expect(entry).toMatchObject({ status: 'failed', sentAt: null });
    expect(entry!.error).toBeTruthy();
  });

  it('records wrong SMTP credentials and an unreachable server as failed', async () => {
    const tenant = await createTestTenant(db.db);
    const wrong = await sendMail(
      { db: db.db, config: smtp({ RODTRAD_SMTP_USER: 'rodtrad', RODTRAD_SMTP_PASSWORD: 'forkert' }) },
      { tenantId: tenant.id, to: 'a@example.dk', subject: 'x', text: 'x' },
    );
    expect(wrong.status).toBe('failed');
    const closed = await sendMail(
      { db: db.db, config: smtp({ RODTRAD_SMTP_PORT: '1', RODTRAD_SMTP_TIMEOUT_SECONDS: '2' }) },
      { tenantId: tenant.id, to: 'a@example.dk', subject: 'x', text: 'x' },
    );
    expect(closed.status).toBe('failed');
    expect((await listOutbox(db.db, tenant.id)).map((e) => e.status)).toEqual(['failed', 'failed']);
  });

  it('only stores the message when no SMTP server is configured', async () => {
    const tenant = await createTestTenant(db.db);
    const before = received.length;
    const result = await sendMail(
      { db: db.db, config: { mail: loadMailConfig({}) } },
      { tenantId: tenant.id, to: 'borger@example.dk', subject: 'Hej', text: 'Tekst' },
    );
    expect(result.status).toBe('stored');
    expect(received.length).toBe(before);
    expect(await listOutbox(db.db, tenant.id, { to: 'BORGER@example.dk' })).toMatchObject([
      { status: 'stored', subject: 'Hej', text: 'Tekst' },
    ]);
  });

  it('refuses header injection and bad addresses before anything is stored', async () => {
    const tenant = await createTestTenant(db.db);
    const ctx = { db: db.db, config: smtp() };
    for (const bad of [
      { to: 'a@example.dk\r\nBcc: all@example.dk', subject: 'x' },
      { to: 'not-an-address', subject: 'x' },
      { to: 'a@example.dk', subject: 'x\r\nBcc: all@example.dk' },
    ])
      await expect(sendMail(ctx, { tenantId: tenant.id, text: 'x', ...bad })).rejects.toMatchObject({
        code: 'request.invalid',
      });
    expect(await listOutbox(db.db, tenant.id)).toEqual([]);
  });

  it('keeps each municipality to its own outbox (RLS)', async () => {
    const a = await createTestTenant(db.db);
    const b = await createTestTenant(db.db);
    await sendMail(
      { db: db.db, config: { mail: loadMailConfig({}) } },
      { tenantId: a.id, to: 'x@example.dk', subject: 'A', text: 'a' },
    );
    expect(await listOutbox(db.db, b.id)).toEqual([]);
    const visible = await withTenant(db.db, b.id, (tx) =>
      tx.sql.query('SELECT count(*)::int AS n FROM mail_outbox'),
    );
    expect(visible.rows[0]).toEqual({ n: 0 });
  });
});

describe('mail settings', () => {
  it('are validated at start with a message naming the setting', () => {
    expect(() => loadConfig({ RODTRAD_SMTP_HOST: 'smtp.example.dk' })).toThrow(/RODTRAD_MAIL_FROM/);
    expect(() =>
      loadConfig({
        RODTRAD_SMTP_HOST: 'smtp.example.dk',
        RODTRAD_MAIL_FROM: 'x@y.dk',
        RODTRAD_SMTP_PORT: '25x',
      }),
    ).toThrow(/RODTRAD_SMTP_PORT/);
    expect(() =>
      loadConfig({
        RODTRAD_SMTP_HOST: 'smtp.example.dk',
        RODTRAD_MAIL_FROM: 'x@y.dk',
        RODTRAD_SMTP_PORT: '70000',
      }),
    ).toThrow(/RODTRAD_SMTP_PORT/);
    expect(() =>
      loadConfig({
        RODTRAD_SMTP_HOST: 'smtp.example.dk',
        RODTRAD_MAIL_FROM: 'x@y.dk',
        RODTRAD_SMTP_SECURE: 'ja',
      }),
    ).toThrow(/RODTRAD_SMTP_SECURE/);
    expect(() =>
      loadConfig({
        RODTRAD_SMTP_HOST: 'smtp.example.dk',
        RODTRAD_MAIL_FROM: 'x@y.dk',
        RODTRAD_SMTP_USER: 'u',
      }),
    ).toThrow(/RODTRAD_SMTP_PASSWORD/);
    expect(() => loadConfig({ RODTRAD_SMTP_USER: 'u', RODTRAD_SMTP_PASSWORD: 'p' })).toThrow(
      /RODTRAD_SMTP_HOST/,
    );
    expect(() => loadConfig({ RODTRAD_SMTP_HOST: 'h', RODTRAD_MAIL_FROM: 'not an address' })).toThrow(
      /RODTRAD_MAIL_FROM/,
    );
  });

  it('default to port 465 with secure and store-only without a host', () => {
    expect(
      loadConfig({
        RODTRAD_SMTP_HOST: 'h',
        RODTRAD_MAIL_FROM: 'Kommunen <k@k.dk>',
        RODTRAD_SMTP_SECURE: 'true',
      }).mail,
    ).toMatchObject({ host: 'h', port: 465, secure: true });
    expect(loadConfig({}).mail).toMatchObject({ host: null });
  });
});
