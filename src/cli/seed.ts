import { loadConfig } from '../platform/config.js';
import { migrate } from '../platform/db/migrate.js';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../platform/seed/demo.js';
import { findTenantBySlug } from '../platform/tenancy/service.js';
import { DB_HELP, parseArgs } from './args.js';
import { openConfiguredDb } from './db.js';

const HELP = `Usage: rodtrad seed

Migrates, then creates the demo municipality "Demo Kommune" (slug demo) with units, ~30 employees and one
user per role (password "${DEMO_PASSWORD}") unless it exists. Refused when NODE_ENV=production. ${DB_HELP}`;

export async function run(args: string[]): Promise<number> {
  if (parseArgs(args).options.help) return (console.log(HELP), 0);
  const config = loadConfig();
  if (config.env === 'production') {
    console.error('rodtrad seed: refusing to create demo users with a public password in production');
    return 1;
  }
  const db = await openConfiguredDb(config);
  try {
    await migrate(db);
    if (await findTenantBySlug(db, 'demo', { includeDisabled: true })) {
      console.log('Demo Kommune exists already; nothing to do.');
      return 0;
    }
    await seedDemo(db);
    console.log(
      `Seeded Demo Kommune. Logins (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => u.email).join(', ')}`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
