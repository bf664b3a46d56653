// rodtrad audit verify
import { verifyAudit } from '../platform/audit/verify.js';
import { loadConfig } from '../platform/config.js';
import { findTenantBySlug } from '../platform/tenancy/service.js';
import { DB_HELP, parseArgs, str } from './args.js';
import { openConfiguredDb } from './db.js';

const HELP = `Usage: rodtrad audit verify [--tenant SLUG] [--json]

Recomputes the hash chain of every tenant's audit log (or one tenant's) and reports any altered, inserted or
removed row. Exit code 0 when intact, 3 when problems were found. ${DB_HELP}`;

export async function run(args: string[]): Promise<number> {
  const { options, positional } = parseArgs(args);
  if (options.help || positional[0] !== 'verify') {
    console.log(HELP);
    return options.help ? 0 : 1;
  }
  const db = await openConfiguredDb(loadConfig());
  try {
    const slug = str(options, 'tenant');
    const tenant = slug ? await findTenantBySlug(db, slug) : null;
    if (slug && !tenant) throw new Error(`no tenant with slug "${slug}"`);
    const result = await verifyAudit(db, { tenantId: tenant?.id });
    if (options.json) console.log(JSON.stringify(result, null, 2));
    else if (result.problems.length === 0)
      console.log(`Audit log intact: ${result.rows} rows in ${result.tenants} tenant(s).`);
    else {
      console.log(`Audit log NOT intact: ${result.problems.length} problem(s) in ${result.rows} rows.`);
      for (const p of result.problems)
        console.log(`  tenant ${p.tenantId} seq ${p.seq ?? '-'}: ${p.problem}`);
    }
    return result.problems.length === 0 ? 0 : 3;
  } finally {
    await db.close();
  }
}
