// The no-login side: a room's QR link (fault report form), the reporter's status link and the contractor's
// work link. Tokens are found across tenants with a system query, then everything runs inside that tenant.
import { writeAudit } from '../../../platform/audit/log.js';
import { withSystem, withTenant, type Db } from '../../../platform/db/database.js';
import { documentStoreFor } from '../../../platform/documents/platform.js';
import { DocumentTooLargeError, type StoredFile } from '../../../platform/documents/store.js';
import type { Actor } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import type { TStepBody } from '../contract.js';
import { reporterStatus, type Priority, type Status } from '../domain/work-orders.js';
import { fmError, newToken, sha256 } from './shared.js';
import { asbestosWarning } from './work-order-create.js';
import { orderEvents } from './work-order-read.js';
import { applyStep } from './work-order-steps.js';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTOS = 5;
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'image/gif'];

export type Client = { ip: string | null; userAgent: string | null };
const publicActor = (tenantId: string, label: string, client: Client): Actor => ({
  tenantId,
  userId: null,
  label,
  ip: client.ip,
  userAgent: client.userAgent,
  roles: [],
  abilities: new Set(),
});

export const photoTooLarge = () =>
  fmError(
    'facilities.photo_too_large',
    413,
    `Billedet er for stort. Et billede må højst fylde ${MAX_PHOTO_BYTES / 1024 / 1024} MB.`,
    `The photo is too large. A photo may be at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB.`,
  );

/** Stores the bytes (content-addressed, size-limited, images only) and returns what the row needs. */
export async function storePhoto(db: Db, bytes: Uint8Array) {
  if (bytes.byteLength > MAX_PHOTO_BYTES) throw photoTooLarge();
  try {
    return await documentStoreFor(db).put(bytes, {
      maxBytes: MAX_PHOTO_BYTES,
      accept: (file) => {
        if (!PHOTO_TYPES.includes(file.mime))
          throw fmError(
            'facilities.not_a_photo',
            415,
            'Filen er ikke et billede (JPEG, PNG, WebP, HEIC eller GIF).',
            'The file is not a photo (JPEG, PNG, WebP, HEIC or GIF).',
          );
      },
    });
  } catch (error) {
    if (error instanceof DocumentTooLargeError) throw photoTooLarge();
    throw error;
  }
}

async function tenantOf(db: Db, sql: string, token: string): Promise<{ tenantId: string; id: string }> {
  const row = (await withSystem(db, (tx) => tx.sql.query<{ tenant_id: string; id: string }>(sql, [token])))
    .rows[0];
  if (!row) throw notFound();
  return { tenantId: row.tenant_id, id: row.id };
}
const roomByToken = (db: Db, token: string) =>
  tenantOf(db, 'SELECT tenant_id, id FROM fm_rooms WHERE report_token = $1', token);
const reportByToken = (db: Db, token: string) =>
  tenantOf(db, 'SELECT tenant_id, id FROM fm_fault_reports WHERE status_token_hash = $1', sha256(token));
const orderByToken = (db: Db, token: string) =>
  tenantOf(db, 'SELECT tenant_id, id FROM fm_work_orders WHERE contractor_token_hash = $1', sha256(token));

export async function publicRoom(db: Db, token: string) {
  const { tenantId, id } = await roomByToken(db, token);
  return withTenant(db, tenantId, async (tx) => {
    const r = (
      await tx.sql.query<{ room: string; building: string; municipality: string }>(
        `SELECT r.name AS room, b.name AS building, t.name AS municipality FROM fm_rooms r
           JOIN fm_buildings b ON b.id = r.building_id JOIN tenants t ON t.id = r.tenant_id WHERE r.id = $1`,
        [id],
      )
    ).rows[0]!;
    return r;
  });
}

export type ReportInput = { text: string; name: string | null; contact: string | null; photos: Uint8Array[] };

export async function submitFaultReport(db: Db, token: string, input: ReportInput, client: Client) {
  const text = input.text.trim();
  if (text.length < 3)
    throw fmError(
      'facilities.report_text_missing',
      400,
      'Skriv kort, hvad der er galt (mindst 3 tegn).',
      'Describe briefly what is wrong (at least 3 characters).',
    );
  if (text.length > 5000)
    throw fmError(
      'facilities.report_text_long',
      400,
      'Teksten er for lang (højst 5000 tegn).',
      'The text is too long (at most 5000 characters).',
    );
  if (input.photos.length > MAX_PHOTOS)
    throw fmError(
      'facilities.too_many_photos',
      400,
      `Højst ${MAX_PHOTOS} billeder.`,
      `At most ${MAX_PHOTOS} photos.`,
    );
  const { tenantId, id: roomId } = await roomByToken(db, token);
  // Photos first: if one is refused, nothing is registered and the reporter can try again.
  const stored: StoredFile[] = [];
  for (const bytes of input.photos) stored.push(await storePhoto(db, bytes));
  const statusToken = newToken();
  const actor = publicActor(tenantId, 'public:fault-report', client);
  await withTenant(db, tenantId, async (tx) => {
    const id = (
      await tx.sql.query<{ id: string }>(
        `INSERT INTO fm_fault_reports (tenant_id, room_id, text, reporter_name, reporter_contact, status_token_hash)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          tenantId,
          roomId,
          text,
          input.name?.trim() || null,
          input.contact?.trim() || null,
          sha256(statusToken),
        ],
      )
    ).rows[0]!.id;
    for (const p of stored)
      await tx.sql.query(
        `INSERT INTO fm_photos (tenant_id, owner_type, owner_id, sha256, mime, size, added_by)
         VALUES ($1, 'fault_report', $2, $3, $4, $5, 'reporter')`,
        [tenantId, id, p.sha256, p.mime, p.size],
      );
    await writeAudit(tx, actor, {
      action: 'facilities.fault_report.submit',
      objectType: 'fm_fault_report',
      objectId: id,
      details: { roomId, photos: stored.length },
    });
  });
  return {
    statusToken,
    message_da: 'Tak. Fejlmeldingen er modtaget. Gem linket for at følge sagen.',
    message_en: 'Thank you. The fault report has been received. Keep the link to follow it.',
  };
}

export async function reportStatus(db: Db, token: string) {
  const { tenantId, id } = await reportByToken(db, token);
  return withTenant(db, tenantId, async (tx) => {
    const r = (
      await tx.sql.query<{
        room: string;
        building: string;
        text: string;
        created_at: Date;
        wo_status: Status | null;
        report_status: string;
        planned_on: string | null;
      }>(
        `SELECT r.name AS room, b.name AS building, f.text, f.created_at, w.status AS wo_status,
                f.status AS report_status, w.planned_on::text AS planned_on
           FROM fm_fault_reports f JOIN fm_rooms r ON r.id = f.room_id JOIN fm_buildings b ON b.id = r.building_id
           LEFT JOIN fm_work_orders w ON w.id = f.work_order_id WHERE f.id = $1`,
        [id],
      )
    ).rows[0]!;
    return {
      room: r.room,
      building: r.building,
      text: r.text,
      createdAt: new Date(r.created_at).toISOString(),
      status: r.report_status === 'rejected' ? ('closed' as const) : reporterStatus(r.wo_status),
      plannedOn: r.planned_on,
    };
  });
}

export async function contractorView(db: Db, token: string, client: Client) {
  const { tenantId, id } = await orderByToken(db, token);
  return withTenant(db, tenantId, async (tx) => {
    const w = (
      await tx.sql.query<{
        number: number;
        title: string;
        description: string;
        building_id: string;
        building: string;
        address: string | null;
        room: string | null;
        priority: Priority;
        status: Status;
        due_at: Date;
        planned_on: string | null;
        part_id: string | null;
        assignee_name: string;
        report_text: string | null;
        photos: number;
      }>(
        `SELECT w.number, w.title, w.description, w.building_id, b.name AS building, p.address, r.name AS room,
                w.priority, w.status, w.due_at, w.planned_on::text AS planned_on, w.part_id, w.assignee_name,
                (SELECT f.text FROM fm_fault_reports f WHERE f.work_order_id = w.id LIMIT 1) AS report_text,
                (SELECT count(*)::int FROM fm_photos ph WHERE ph.owner_type = 'work_order' AND ph.owner_id = w.id) AS photos
           FROM fm_work_orders w JOIN fm_buildings b ON b.id = w.building_id
           JOIN fm_properties p ON p.id = b.property_id LEFT JOIN fm_rooms r ON r.id = w.room_id WHERE w.id = $1`,
        [id],
      )
    ).rows[0]!;
    await writeAudit(tx, publicActor(tenantId, `contractor:${w.assignee_name}`, client), {
      action: 'facilities.work_order.contractor_view',
      objectType: 'fm_work_order',
      objectId: id,
    });
    return {
      number: w.number,
      title: w.title,
      description: w.description,
      building: w.building,
      address: w.address,
      room: w.room,
      priority: w.priority,
      status: w.status,
      dueAt: new Date(w.due_at).toISOString(),
      plannedOn: w.planned_on,
      asbestosWarning: await asbestosWarning(tx, w.building_id, w.part_id),
      // The reporter's name and contact stay with the municipality; the contractor sees the description only.
      reportText: w.report_text,
      events: (await orderEvents(tx, id)).map((e) => ({
        ...e,
        actor: e.actor.startsWith('contractor:') ? e.actor : 'kommunen',
      })),
      photos: w.photos,
    };
  });
}

export async function contractorStep(db: Db, token: string, body: TStepBody, client: Client) {
  const { tenantId, id } = await orderByToken(db, token);
  return withTenant(db, tenantId, async (tx) => {
    const name = (
      await tx.sql.query<{ n: string }>('SELECT assignee_name AS n FROM fm_work_orders WHERE id = $1', [id])
    ).rows[0]!.n;
    return {
      status: await applyStep(
        tx,
        publicActor(tenantId, `contractor:${name}`, client),
        id,
        body,
        'contractor',
      ),
    };
  });
}

export async function contractorPhotos(db: Db, token: string, photos: Uint8Array[], client: Client) {
  if (photos.length === 0) throw fmError('facilities.no_photo', 400, 'Vælg et billede.', 'Choose a photo.');
  if (photos.length > MAX_PHOTOS)
    throw fmError(
      'facilities.too_many_photos',
      400,
      `Højst ${MAX_PHOTOS} billeder.`,
      `At most ${MAX_PHOTOS} photos.`,
    );
  const { tenantId, id } = await orderByToken(db, token);
  const stored: StoredFile[] = [];
  for (const bytes of photos) stored.push(await storePhoto(db, bytes));
  return withTenant(db, tenantId, async (tx) => {
    const name = (
      await tx.sql.query<{ n: string }>('SELECT assignee_name AS n FROM fm_work_orders WHERE id = $1', [id])
    ).rows[0]!.n;
    for (const p of stored)
      await tx.sql.query(
        `INSERT INTO fm_photos (tenant_id, owner_type, owner_id, sha256, mime, size, added_by)
         VALUES ($1, 'work_order', $2, $3, $4, $5, $6)`,
        [tenantId, id, p.sha256, p.mime, p.size, `contractor:${name}`],
      );
    await tx.sql.query(
      'INSERT INTO fm_work_order_events (tenant_id, work_order_id, actor_label, kind, data) VALUES ($1, $2, $3, $4, $5)',
      [tenantId, id, `contractor:${name}`, 'photos', JSON.stringify({ count: stored.length })],
    );
    await writeAudit(tx, publicActor(tenantId, `contractor:${name}`, client), {
      action: 'facilities.work_order.photos',
      objectType: 'fm_work_order',
      objectId: id,
      details: { count: stored.length },
    });
    return { ok: true as const };
  });
}
