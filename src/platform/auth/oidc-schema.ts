// Tables of OIDC login: identity providers configured per tenant, the link from a provider's subject to a
// user, and pending logins (state, nonce and PKCE verifier kept server-side until the callback).
import { boolean, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../tenancy/schema.js';
import { users } from './schema.js';

/** Tenant-scoped (RLS). */
export const oidcProviders = pgTable(
  'oidc_providers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    /** Short id used in URLs and on the login page, e.g. "entra". */
    key: text('key').notNull(),
    label: text('label').notNull(),
    issuer: text('issuer').notNull(),
    clientId: text('client_id').notNull(),
    /** The secret itself, or `env:NAME` to read it from the environment variable NAME. */
    clientSecret: text('client_secret').notNull(),
    scopes: text('scopes').notNull().default('openid email profile'),
    /** How a login finds its user when no identity link exists yet: 'email' (verified e-mail) or 'none'. */
    matchBy: text('match_by').notNull().default('email'),
    /** Just-in-time creation of unknown users (off by default) and the role they get. */
    createUsers: boolean('create_users').notNull().default(false),
    createRole: text('create_role'),
    /** Allow http:// and other insecure requests to the issuer (tests and local development only). */
    allowInsecure: boolean('allow_insecure').notNull().default(false),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('oidc_providers_tenant_key_uq').on(t.tenantId, t.key)],
);

/** Tenant-scoped (RLS): this provider's subject is this user. */
export const userIdentities = pgTable(
  'user_identities',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => oidcProviders.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.providerId, t.subject] })],
);

/** Platform table (no RLS, not granted to the app role): looked up by state before the tenant is known. */
export const oidcLoginStates = pgTable('oidc_login_states', {
  stateHash: text('state_hash').primaryKey(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  providerId: uuid('provider_id')
    .notNull()
    .references(() => oidcProviders.id, { onDelete: 'cascade' }),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  returnTo: text('return_to').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
