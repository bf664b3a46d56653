// Reading the outbox (the embedded demo's "sent mail", and a place to see failures).
import { withTenant, type Db } from '../db/database.js';
import type { MailStatus } from './send.js';

export type OutboxEntry = {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attachments: { filename: string; contentType: string | null; size: number }[];
  status: MailStatus;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
};

type Row = {
  id: string;
  from_address: string;
  to_address: string;
  subject: string;
  text: string;
  html: string | null;
  attachments: OutboxEntry['attachments'];
  status: MailStatus;
  error: string | null;
  created_at: Date | string;
  sent_at: Date | string | null;
};

const iso = (v: Date | string) => new Date(v).toISOString();

/** Newest first. `to` filters on the recipient (exact, case-insensitive). */
export async function listOutbox(
  db: Db,
  tenantId: string,
  options: { to?: string; limit?: number } = {},
): Promise<OutboxEntry[]> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 500);
  const rows = await withTenant(db, tenantId, (tx) =>
    tx.sql.query<Row>(
      `SELECT id, from_address, to_address, subject, text, html, attachments, status, error, created_at, sent_at
       FROM mail_outbox WHERE ($1::text IS NULL OR lower(to_address) = lower($1))
       ORDER BY created_at DESC, id LIMIT $2`,
      [options.to ?? null, limit],
    ),
  );
  return rows.rows.map((r) => ({
    id: r.id,
    from: r.from_address,
    to: r.to_address,
    subject: r.subject,
    text: r.text,
    html: r.html,
    attachments: r.attachments,
    status: r.status,
    error: r.error,
    createdAt: iso(r.created_at),
    sentAt: r.sent_at ? iso(r.sent_at) : null,
  }));
}
