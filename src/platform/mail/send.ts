// Sending through SMTP (nodemailer) with every message recorded in the tenant's outbox first, so a message is
// never sent without a record and a failure is visible in the outbox with its error.
import nodemailer, { type Transporter } from 'nodemailer';
import { withTenant, type Db } from '../db/database.js';
import { AppError } from '../http/errors.js';
import { isMailAddress, type MailConfig } from './config.js';

export type MailContext = { db: Db; config: { mail: MailConfig } };

export type MailAttachment = { filename: string; content: Buffer | string; contentType?: string };

export type MailMessage = {
  tenantId: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
};

export type MailStatus = 'pending' | 'sent' | 'failed' | 'stored';

export type MailResult = { id: string; status: Exclude<MailStatus, 'pending'>; error: string | null };

const transports = new WeakMap<MailConfig, Transporter>();

function transportFor(mail: MailConfig): Transporter {
  let transport = transports.get(mail);
  if (!transport) {
    transport = nodemailer.createTransport({
      host: mail.host!,
      port: mail.port,
      secure: mail.secure,
      auth: mail.user ? { user: mail.user, pass: mail.password ?? '' } : undefined,
      connectionTimeout: mail.timeoutMs,
      greetingTimeout: mail.timeoutMs,
      socketTimeout: mail.timeoutMs,
    });
    transports.set(mail, transport);
  }
  return transport;
}

function validate(message: MailMessage): void {
  if (!isMailAddress(message.to)) throw new AppError('request.invalid', 'not a valid e-mail address');
  // Line breaks in a subject would let a caller add headers.
  if (/[\r\n]/.test(message.subject) || message.subject.length > 500)
    throw new AppError('request.invalid', 'the subject must be one line of at most 500 characters');
}

/**
 * Records the message in the outbox and sends it when an SMTP server is configured. Never throws for an
 * SMTP failure: the result (and the outbox row) says `failed` with the server's error.
 */
export async function sendMail(ctx: MailContext, message: MailMessage): Promise<MailResult> {
  validate(message);
  const { mail } = ctx.config;
  const attachments = (message.attachments ?? []).map((a) => ({
    filename: a.filename,
    contentType: a.contentType ?? null,
    size: Buffer.byteLength(a.content),
  }));
  const id = await withTenant(ctx.db, message.tenantId, async (tx) => {
    const rows = await tx.sql.query<{ id: string }>(
      `INSERT INTO mail_outbox (tenant_id, from_address, to_address, subject, text, html, attachments, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        message.tenantId,
        mail.from,
        message.to,
        message.subject,
        message.text,
        message.html ?? null,
        JSON.stringify(attachments),
        mail.host ? 'pending' : 'stored',
      ],
    );
    return rows.rows[0]!.id;
  });
  if (!mail.host) return { id, status: 'stored', error: null };

  let status: 'sent' | 'failed' = 'sent';
  let error: string | null = null;
  let messageId: string | null = null;
  try {
    const info = await transportFor(mail).sendMail({
      from: mail.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      attachments: message.attachments?.map((a) => ({ ...a })),
    });
    messageId = info.messageId ?? null;
    const rejected = info.rejected ?? [];
    if (rejected.length > 0) {
      status = 'failed';
      error = `rejected by the server: ${rejected.map(String).join(', ')}`;
    }
  } catch (e) {
    status = 'failed';
    error = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
  }
  await withTenant(ctx.db, message.tenantId, (tx) =>
    tx.sql.query(
      `UPDATE mail_outbox SET status = $2, error = $3, message_id = $4, attempts = attempts + 1,
         sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE NULL END WHERE id = $1`,
      [id, status, error, messageId],
    ),
  );
  return { id, status, error };
}
