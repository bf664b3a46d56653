// rodtrad user add | reset-password
import { isRole, ROLES } from '../platform/access/permissions.js';
import { loadConfig } from '../platform/config.js';
import { migrate } from '../platform/db/migrate.js';
import { systemActor } from '../platform/http/context.js';
import { findTenantBySlug } from '../platform/tenancy/service.js';
import { createUser, findUserIdByEmail, resetPassword } from '../platform/users/service.js';
import { DB_HELP, parseArgs, str } from './args.js';
import { openConfiguredDb } from './db.js';

const HELP = `Usage:
  rodtrad user add --tenant SLUG --email EMAIL --name "NAME" [--role ROLE] [--password PASSWORD]
  rodtrad user reset-password --tenant SLUG --email EMAIL [--password PASSWORD]

add             creates a user with a tenant-wide role (default employee; roles: ${ROLES.join(', ')}).
                Without --password a temporary password is generated and printed.
reset-password  sets a new password (printed when generated), unlocks the account and ends its sessions.
${DB_HELP}`;

export async function run(args: string[]): Promise<number> {
  const { options, positional } = parseArgs(args);
  const sub = positional[0];
  if (options.help || !sub) {
    console.log(HELP);
    return options.help ? 0 : 1;
  }
  const slug = str(options, 'tenant');
  const email = str(options, 'email');
  if (!slug || !email) throw new Error('--tenant and --email are required (see --help)');
  const password = str(options, 'password');
  if (password !== undefined && password.length < 10)
    throw new Error('the password must have at least 10 characters');
  const db = await openConfiguredDb(loadConfig());
  try {
    await migrate(db);
    const tenant = await findTenantBySlug(db, slug, { includeDisabled: true });
    if (!tenant) throw new Error(`no tenant with slug "${slug}"`);
    const actor = systemActor(tenant.id, 'system:cli');
    if (sub === 'add') {
      const name = str(options, 'name');
      const role = str(options, 'role') ?? 'employee';
      if (!name) throw new Error('--name is required');
      if (!isRole(role)) throw new Error(`unknown role "${role}" (roles: ${ROLES.join(', ')})`);
      const result = await createUser(db, actor, {
        email,
        name,
        language: 'da',
        password,
        roles: [{ role, unitId: null }],
      });
      console.log(`Created ${result.user.email} (${role}) in ${tenant.name}.`);
      if (result.temporaryPassword) console.log(`Temporary password: ${result.temporaryPassword}`);
      return 0;
    }
    if (sub === 'reset-password') {
      const id = await findUserIdByEmail(db, tenant.id, email);
      if (!id) throw new Error(`no user ${email} in ${slug}`);
      const newPassword = await resetPassword(db, actor, id, password);
      console.log(
        password ? `Password of ${email} changed.` : `Temporary password for ${email}: ${newPassword}`,
      );
      return 0;
    }
    throw new Error(`unknown subcommand "${sub}" (add, reset-password)`);
  } finally {
    await db.close();
  }
}
