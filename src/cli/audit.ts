// rodtrad audit verify | head
import { existsSync, readFileSync } from 'node:fs';
import { anchorsIn, chainHeads, formatAnchor, type Anchor } from '../platform/audit/anchor.js';
import { verifyAudit } from '../platform/audit/verify.js';
import { loadConfig } from '../platform/config.js';
import { findTenantBySlug } from '../platform/tenancy/service.js';
import { DB_HELP, parseArgs, str } from './args.js';
import { openConfiguredDb } from './db.js';

const HELP = `Usage: rodtrad audit verify [--tenant SLUG] [--expect-head TOKEN|FILE] [--json]
       rodtrad audit head [--tenant SLUG] [--json]

verify  Recomputes the hash chain of every tenant's audit log (or one tenant's) and reports any altered,
        inserted or removed row. With --expect-head (a token printed by \`audit head\`, several separated by
        commas, or a file holding them) it also checks that each stored head is still part of its chain, which
        detects removed newest entries even when someone also moved the head back. Exit code 0 when intact,
        3 when problems were found.
head    Prints each tenant's chain head as a token to store OUTSIDE this database (a ticket, a write-once
        bucket, a syslog server). Signed with HMAC-SHA256 when RODTRAD_AUDIT_HEAD_KEY is set.
${DB_HELP} Threat model: docs/security.md.`;

function expectedHeads(value: string | undefined): Anchor[] | undefined {
  if (!value) return undefined;
  const text = value.startsWith('rodtrad-audit-head:')
    ? value.replaceAll(',', ' ')
    : existsSync(value)
      ? readFileSync(value, 'utf8')
      : '';
  const anchors = anchorsIn(text);
  if (anchors.length === 0)
    throw new Error(`--expect-head: no audit head token in "${value.slice(0, 120)}" (a token or a file)`);
  return anchors;
}

export async function run(args: string[]): Promise<number> {
  const { options, positional } = parseArgs(args);
  const sub = positional[0];
  if (options.help || (sub !== 'verify' && sub !== 'head')) {
    console.log(HELP);
    return options.help ? 0 : 1;
  }
  const config = loadConfig();
  const expect = sub === 'verify' ? expectedHeads(str(options, 'expect-head')) : undefined;
  const db = await openConfiguredDb(config);
  try {
    const slug = str(options, 'tenant');
    const tenant = slug ? await findTenantBySlug(db, slug, { includeDisabled: true }) : null;
    if (slug && !tenant) throw new Error(`no tenant with slug "${slug}"`);
    if (sub === 'head') {
      const heads = await chainHeads(db, tenant?.id);
      const at = new Date().toISOString();
      const rows = heads.map((h) => ({ ...h, at, token: formatAnchor(h, config.auditHeadKey) }));
      if (options.json) console.log(JSON.stringify(rows, null, 2));
      else for (const r of rows) console.log(`${r.token} ${r.slug} ${r.at}`);
      return 0;
    }
    const result = await verifyAudit(db, {
      tenantId: tenant?.id,
      expectHeads: expect,
      headKey: config.auditHeadKey,
    });
    if (options.json) console.log(JSON.stringify(result, null, 2));
    else if (result.problems.length === 0)
      console.log(
        `Audit log intact: ${result.rows} rows in ${result.tenants} tenant(s)` +
          (expect ? `; all ${expect.length} stored head(s) are part of their chains.` : '.'),
      );
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
