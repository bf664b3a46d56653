// Use cases of the document store: upload (store bytes, sniff the type, record metadata + audit in one
// transaction) and read (metadata, content; every access audited). Missing or other tenants' ids are 404.
import type { Readable } from 'node:stream';
import { withTenant, type Db, type TenantTx } from '../db/database.js';
import { writeAudit } from '../audit/log.js';
import { AppError, notFound } from '../http/errors.js';
import { requirePermission, type Actor } from '../http/context.js';
import type { DocumentsConfig } from './config.js';
import { DocumentTooLargeError, type DocumentStore } from './store.js';

export type TDocumentView = {
  id: string;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  createdAt: string;
};

type Row = {
  id: string;
  filename: string;
  mime: string;
  size: string | number;
  sha256: string;
  uploaded_by: string | null;
  created_at: Date | string;
};

const present = (row: Row): TDocumentView => ({
  id: row.id,
  filename: row.filename,
  mime: row.mime,
  size: Number(row.size),
  sha256: row.sha256,
  uploadedBy: row.uploaded_by,
  createdAt: new Date(row.created_at).toISOString(),
});

export const DOCUMENT_ERRORS = {
  tooLarge: (maxBytes: number) =>
    new AppError('documents.too_large', `limit ${maxBytes} bytes`, undefined, {
      status: 413,
      da: `Filen er for stor (højst ${formatBytes(maxBytes)}).`,
      en: `The file is too large (at most ${formatBytes(maxBytes)}).`,
    }),
  type: (mime: string) =>
    new AppError('documents.unsupported_type', `detected ${mime}`, undefined, {
      status: 415,
      da: 'Filtypen understøttes ikke. Indholdet afgør typen, ikke filnavnet.',
      en: 'The file type is not supported. The content decides the type, not the file name.',
    }),
  missingFile: () =>
    new AppError('documents.no_file', undefined, undefined, {
      status: 400,
      da: 'Der er ingen fil i forespørgslen (felt "file").',
      en: 'The request contains no file (field "file").',
    }),
};

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} B`;
}

/** File names are shown and offered on download: keep the base name, strip control characters, cap length. */
export function cleanFilename(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((char) => char.charCodeAt(0) >= 32 && char.charCodeAt(0) !== 127)
    .join('')
    .trim()
    .slice(0, 255);
  return clean || 'fil';
}

const COLUMNS = 'id, filename, mime, size, sha256, uploaded_by, created_at';

export function createDocumentService(db: Db, store: DocumentStore, config: DocumentsConfig) {
  async function find(tx: TenantTx, id: string): Promise<TDocumentView> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
    const { rows } = await tx.sql.query<Row>(`SELECT ${COLUMNS} FROM documents WHERE id = $1`, [id]);
    if (!rows[0]) throw notFound();
    return present(rows[0]);
  }

  return {
    async upload(
      actor: Actor,
      input: { filename?: string; content: Readable | Uint8Array },
    ): Promise<TDocumentView> {
      requirePermission(actor, 'documents.write');
      let stored;
      try {
        stored = await store.put(input.content, {
          maxBytes: config.maxBytes,
          accept: (file) => {
            if (!config.allowedTypes.includes(file.mime)) throw DOCUMENT_ERRORS.type(file.mime);
          },
        });
      } catch (error) {
        if (error instanceof DocumentTooLargeError) throw DOCUMENT_ERRORS.tooLarge(config.maxBytes);
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw DOCUMENT_ERRORS.tooLarge(config.maxBytes);
        throw error;
      }
      const filename = cleanFilename(input.filename);
      return withTenant(db, actor.tenantId, async (tx) => {
        const { rows } = await tx.sql.query<Row>(
          `INSERT INTO documents (tenant_id, sha256, filename, mime, size, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6)
           RETURNING ${COLUMNS}`,
          [actor.tenantId, stored.sha256, filename, stored.mime, stored.size, actor.userId],
        );
        const doc = present(rows[0] as Row);
        await writeAudit(tx, actor, {
          action: 'documents.document.upload',
          objectType: 'document',
          objectId: doc.id,
          details: { filename, mime: doc.mime, size: doc.size, sha256: doc.sha256 },
        });
        return doc;
      });
    },

    async get(actor: Actor, id: string): Promise<TDocumentView> {
      requirePermission(actor, 'documents.read');
      return withTenant(db, actor.tenantId, (tx) => find(tx, id));
    },

    /** The document and a stream of its bytes; the access is in the audit log before a byte is sent. */
    async open(actor: Actor, id: string): Promise<{ document: TDocumentView; content: Readable }> {
      requirePermission(actor, 'documents.read');
      const document = await withTenant(db, actor.tenantId, async (tx) => {
        const doc = await find(tx, id);
        await writeAudit(tx, actor, {
          action: 'documents.document.read',
          objectType: 'document',
          objectId: doc.id,
        });
        return doc;
      });
      return { document, content: await store.get(document.sha256) };
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
