// rodtrad oidc set | list — per-municipality OpenID Connect providers (docs/modules/oidc.md).
import { writeAudit } from '../platform/audit/log.js';
import { isRole, ROLES } from '../platform/access/permissions.js';
import { upsertOidcProvider } from '../platform/auth/oidc.js';
import { loadConfig } from '../platform/config.js';
import { withTenant } from '../platform/db/database.js';
import { migrate } from '../platform/db/migrate.js';
import { systemActor } from '../platform/http/context.js';
import { findTenantBySlug } from '../platform/tenancy/service.js';
import { DB_HELP, parseArgs, str } from './args.js';
import { openConfiguredDb } from './db.js';

const HELP = `Usage:
  rodtrad oidc set --tenant SLUG --key KEY --label "LABEL" --issuer URL --client-id ID --client-secret env:NAME
                   [--scopes "openid email profile"] [--match-by email|none] [--create-users --create-role ROLE]
                   [--allow-insecure] [--disabled]
  rodtrad oidc list --tenant SLUG

set    creates or updates a provider (by key) for the municipality; the login page offers every enabled one.
       --client-secret takes env:NAME (read from that environment variable at login; recommended, keeps the
       secret out of the database and the shell history) or the secret itself.
       Register <RODTRAD_PUBLIC_URL>/api/auth/oidc/callback as the redirect URI at the provider.
       --allow-insecure permits an http:// issuer: for tests and local development only.
list   prints the providers (never their secrets).
${DB_HELP}`;

export async function run(args: string[]): Promise<number> {
  const { options, positional } = parseArgs(args);
  const sub = positional[0];
  if (options.help || !sub) {
    console.log(HELP);
    return options.help ? 0 : 1;
  }
  if (sub !== 'set' && sub !== 'list') throw new Error(`unknown subcommand "${sub}" (see --help)`);
  const slug = str(options, 'tenant');
  if (!slug) throw new Error('--tenant is required (see --help)');
  const input = sub === 'set' ? providerInput(options) : null;
  const db = await openConfiguredDb(loadConfig());
  try {
    await migrate(db);
    const tenant = await findTenantBySlug(db, slug);
    if (!tenant) throw new Error(`no tenant with slug "${slug}"`);
    if (input) {
      const id = await upsertOidcProvider(db, tenant.id, input);
      const actor = systemActor(tenant.id, 'system:cli');
      await withTenant(db, tenant.id, (tx) =>
        writeAudit(tx, actor, {
          action: 'auth.oidc.provider.set',
          objectType: 'oidc_provider',
          objectId: id,
          // Never the secret itself; only whether it is taken from the environment.
          details: {
            key: input.key,
            issuer: input.issuer,
            enabled: input.enabled,
            secretFromEnv: input.clientSecret.startsWith('env:'),
          },
        }),
      );
      console.log(`OIDC provider "${input.key}" saved for ${tenant.name}.`);
      return 0;
    }
    const rows = await withTenant(
      db,
      tenant.id,
      async (tx) =>
        (
          await tx.sql.query<{ key: string; label: string; issuer: string; enabled: boolean }>(
            'SELECT key, label, issuer, enabled FROM oidc_providers ORDER BY key',
          )
        ).rows,
    );
    for (const r of rows)
      console.log(`${r.key}\t${r.enabled ? 'enabled' : 'disabled'}\t${r.issuer}\t${r.label}`);
    if (rows.length === 0) console.log(`No OIDC providers for ${tenant.name}.`);
    return 0;
  } finally {
    await db.close();
  }
}

function providerInput(options: ReturnType<typeof parseArgs>['options']) {
  const need = (name: string): string => {
    const v = str(options, name);
    if (!v) throw new Error(`--${name} is required (see --help)`);
    return v;
  };
  const issuer = need('issuer');
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`--issuer must be a URL (got "${issuer}")`);
  }
  const allowInsecure = options['allow-insecure'] === true;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowInsecure))
    throw new Error('--issuer must use https:// (http:// only with --allow-insecure, for tests)');
  const matchBy = str(options, 'match-by') ?? 'email';
  if (matchBy !== 'email' && matchBy !== 'none') throw new Error('--match-by must be email or none');
  const createRole = str(options, 'create-role') ?? null;
  if (createRole && !isRole(createRole))
    throw new Error(`unknown role "${createRole}" (roles: ${ROLES.join(', ')})`);
  const createUsers = options['create-users'] === true;
  return {
    key: need('key'),
    label: need('label'),
    issuer,
    clientId: need('client-id'),
    clientSecret: need('client-secret'),
    scopes: str(options, 'scopes'),
    matchBy: matchBy as 'email' | 'none',
    createUsers,
    createRole,
    allowInsecure,
    enabled: options.disabled !== true,
  };
}
