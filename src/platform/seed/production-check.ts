// Production refuses to start while a demo account still has the public demo password — e.g. a database that
// was seeded in demo mode and later switched to NODE_ENV=production. Refusing (rather than silently disabling
// the accounts) keeps the operator in charge: they reset or deactivate those accounts and start again.
import { verifyPassword } from '../auth/password.js';
import { ConfigError, type Config } from '../config.js';
import type { Db } from '../db/database.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo.js';

type Row = { slug: string; email: string; password_hash: string | null };

export async function demoAccountsWithDemoPassword(db: Db): Promise<{ tenant: string; email: string }[]> {
  const rows = await db.sql.query<Row>(
    `SELECT t.slug, u.email, u.password_hash FROM users u JOIN tenants t ON t.id = u.tenant_id
     WHERE u.active AND u.password_hash IS NOT NULL AND lower(u.email) = ANY($1::text[])
     ORDER BY t.slug, u.email`,
    [DEMO_USERS.map((u) => u.email.toLowerCase())],
  );
  const found: { tenant: string; email: string }[] = [];
  for (const r of rows.rows)
    if (await verifyPassword(DEMO_PASSWORD, r.password_hash)) found.push({ tenant: r.slug, email: r.email });
  return found;
}

export async function assertProductionSafe(db: Db, config: Config): Promise<void> {
  if (config.env !== 'production') return;
  const open = await demoAccountsWithDemoPassword(db);
  if (open.length === 0) return;
  const list = open.map((a) => `${a.email} (municipality "${a.tenant}")`).join(', ');
  throw new ConfigError(
    `Refusing to start in production: ${open.length} demo account(s) still have the public demo password: ${list}. ` +
      'Give each a new password (`rodtrad user reset-password --tenant <slug> --email <e-mail>`) or deactivate it, then start again.',
  );
}
