// Opens the configured database for a CLI command.
import { mkdirSync } from 'node:fs';
import type { Config } from '../platform/config.js';
import { openDatabase, type Db } from '../platform/db/database.js';

export async function openConfiguredDb(config: Config): Promise<Db> {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  return openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : `${config.dataDir}/pglite`,
    poolSize: config.dbPoolSize,
  });
}
