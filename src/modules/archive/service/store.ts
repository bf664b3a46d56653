// The document store the archive writes originals and published copies to: the one the app bound to this
// database (documents plugin), or for a CLI run without an app the store of the configured data directory.
import type { Config } from '../../../platform/config.js';
import type { Db } from '../../../platform/db/database.js';
import { documentsConfig } from '../../../platform/documents/config.js';
import { bindDocumentStore, documentStoreFor } from '../../../platform/documents/platform.js';
import { createFileSystemStore, type DocumentStore } from '../../../platform/documents/store.js';

export function archiveStore(db: Db, config: Config): DocumentStore {
  try {
    return documentStoreFor(db);
  } catch {
    const store = createFileSystemStore(documentsConfig(config.dataDir).root);
    bindDocumentStore(db, store);
    return store;
  }
}
