import { loadConfig } from '../platform/config.js';
import { migrate } from '../platform/db/migrate.js';
import { DB_HELP, parseArgs } from './args.js';
import { openConfiguredDb } from './db.js';

const HELP = `Usage: rodtrad migrate

Applies the SQL migrations in migrations/ that are not yet applied (under an advisory lock, so several
instances may run it at once). ${DB_HELP}`;

export async function run(args: string[]): Promise<number> {
  if (parseArgs(args).options.help) return (console.log(HELP), 0);
  const db = await openConfiguredDb(loadConfig());
  try {
    const result = await migrate(db);
    console.log(
      result.applied.length
        ? `Applied ${result.applied.join(', ')} (${result.total} in total).`
        : `Up to date (${result.total} migrations).`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
