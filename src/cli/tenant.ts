// rodtrad tenant add | list | disable
import { isMailAddress } from '../platform/mail/index.js';
import { loadConfig } from '../platform/config.js';
import { migrate } from '../platform/db/migrate.js';
import { systemActor } from '../platform/http/context.js';
import {
  createTenant,
  findTenantBySlug,
  listTenants,
  setTenantDisabled,
} from '../platform/tenancy/service.js';
import { createUser } from '../platform/users/service.js';
import { DB_HELP, parseArgs, str } from './args.js';
import { openConfiguredDb } from './db.js';

const HELP = `Usage:
  rodtrad tenant add --slug SLUG --name "NAME" --admin-email EMAIL [--admin-name "NAME"] [--admin-password PW]
  rodtrad tenant list [--json]
  rodtrad tenant disable --slug SLUG [--enable]

add      creates a municipality with its first administrator (a temporary password is printed unless
         --admin-password is given; it must be changed at first login). Both are audited in the new
         municipality's audit chain, as done by "system:cli".
list     every municipality: slug, name, active users, created, disabled.
disable  refuses logins and ends the sessions of a municipality (data stay); --enable opens it again.
${DB_HELP}`;

export async function run(args: string[]): Promise<number> {
  const { options, positional } = parseArgs(args);
  const sub = positional[0];
  if (options.help || !sub) {
    console.log(HELP);
    return options.help ? 0 : 1;
  }
  if (!['add', 'list', 'disable'].includes(sub))
    throw new Error(`unknown subcommand "${sub}" (add, list, disable)`);
  const slug = str(options, 'slug');
  if (sub !== 'list' && !slug) throw new Error('--slug is required (see --help)');
  const adminEmail = str(options, 'admin-email')?.trim().toLowerCase();
  const password = str(options, 'admin-password');
  if (sub === 'add') {
    if (!str(options, 'name')) throw new Error('--name is required');
    if (!adminEmail || !isMailAddress(adminEmail))
      throw new Error(
        '--admin-email with a valid e-mail address is required: every municipality needs an administrator',
      );
    if (password !== undefined && password.length < 10)
      throw new Error('the password must have at least 10 characters');
  }
  const db = await openConfiguredDb(loadConfig());
  try {
    await migrate(db);
    if (sub === 'list') {
      const tenants = await listTenants(db);
      if (options.json) console.log(JSON.stringify(tenants, null, 2));
      else
        for (const t of tenants)
          console.log(
            `${t.slug.padEnd(20)} ${t.name.padEnd(30)} ${String(t.users).padStart(5)} users  created ${t.createdAt.slice(0, 10)}${t.disabledAt ? `  DISABLED ${t.disabledAt.slice(0, 10)}` : ''}`,
          );
      return 0;
    }
    if (sub === 'add') {
      const tenant = await createTenant(db, { slug: slug!, name: str(options, 'name')! }, 'system:cli');
      const result = await createUser(db, systemActor(tenant.id, 'system:cli'), {
        email: adminEmail!,
        name: str(options, 'admin-name') ?? adminEmail!,
        language: 'da',
        password,
        roles: [{ role: 'administrator', unitId: null }],
      });
      console.log(`Created ${tenant.name} (${tenant.slug}) with administrator ${result.user.email}.`);
      if (result.temporaryPassword) console.log(`Temporary password: ${result.temporaryPassword}`);
      return 0;
    }
    const tenant = await findTenantBySlug(db, slug!, { includeDisabled: true });
    if (!tenant) throw new Error(`no tenant with slug "${slug}"`);
    const enable = options.enable === true;
    await setTenantDisabled(db, tenant.id, !enable, 'system:cli');
    console.log(
      `${tenant.name} (${tenant.slug}) is ${enable ? 'enabled' : 'disabled; its sessions have ended'}.`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
