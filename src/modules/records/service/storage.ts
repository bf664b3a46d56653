// Where records files live: the platform's content-addressed document store, addressed by SHA-256. A
// records_documents row (tenant-scoped, RLS) is what makes a file visible; the store itself has no tenants.
// Files stored as bytea before migration 0008 wait in records_legacy_content until they are copied into the
// store: all at once on start (moveLegacyContent) and, should a read come first, on that read.
import { withSystem, type Db } from '../../../platform/db/database.js';
import { documentStoreFor } from '../../../platform/documents/platform.js';
import { DocumentNotFoundError, readAll } from '../../../platform/documents/store.js';

/** Stores the bytes (once per content) and returns their SHA-256. */
export async function storeFile(db: Db, bytes: Uint8Array): Promise<string> {
  return (await documentStoreFor(db).put(bytes)).sha256;
}

/**
 * The bytes of a stored file. Callers check the tenant's access on the row that references the hash first;
 * this function must not run inside a tenant transaction (the legacy fallback opens a system transaction).
 */
export async function loadFile(db: Db, sha256: string): Promise<Uint8Array> {
  const store = documentStoreFor(db);
  try {
    return await readAll(store, sha256);
  } catch (e) {
    if (!(e instanceof DocumentNotFoundError)) throw e;
    if (!(await moveOne(db, sha256))) throw e;
    return readAll(store, sha256);
  }
}

async function moveOne(db: Db, sha256: string): Promise<boolean> {
  const store = documentStoreFor(db);
  return withSystem(db, async (tx) => {
    const row = (
      await tx.sql.query<{ content: Uint8Array }>(
        'SELECT content FROM records_legacy_content WHERE sha256 = $1 FOR UPDATE',
        [sha256],
      )
    ).rows[0];
    if (!row) return false;
    const stored = await store.put(new Uint8Array(row.content));
    // The hash names the content: a mismatch means the row was damaged, and it is kept for inspection.
    if (stored.sha256 !== sha256) throw new Error(`legacy records file ${sha256} does not match its hash`);
    await tx.sql.query('DELETE FROM records_legacy_content WHERE sha256 = $1', [sha256]);
    return true;
  });
}

/**
 * Copies every file left by migration 0008 into the store (one transaction per file). A file that fails
 * (damaged row, store error) stays in the table, is counted, and is tried again on its next read or start.
 */
export async function moveLegacyContent(db: Db): Promise<{ moved: number; failed: number }> {
  const result = { moved: 0, failed: 0 };
  let after = '';
  for (;;) {
    const batch = await withSystem(
      db,
      async (tx) =>
        (
          await tx.sql.query<{ sha256: string }>(
            'SELECT sha256 FROM records_legacy_content WHERE sha256 > $1 ORDER BY sha256 LIMIT 50',
            [after],
          )
        ).rows,
    );
    if (batch.length === 0) return result;
    for (const { sha256 } of batch) {
      after = sha256;
      try {
        if (await moveOne(db, sha256)) result.moved += 1;
      } catch {
        result.failed += 1;
      }
    }
  }
}
