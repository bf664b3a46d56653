// The content-addressed store each database handle's app writes files to, for modules that keep their own
// metadata rows and reference files by SHA-256 (records). The documents plugin binds the store of the app's
// data directory; tools and tests without an app bind one themselves.
import type { Db } from '../db/database.js';
import type { DocumentStore } from './store.js';

const stores = new WeakMap<Db, DocumentStore>();

export function bindDocumentStore(db: Db, store: DocumentStore): void {
  stores.set(db, store);
}

export function documentStoreFor(db: Db): DocumentStore {
  const store = stores.get(db);
  if (!store)
    throw new Error('no document store is bound to this database (register the documents plugin first)');
  return store;
}
