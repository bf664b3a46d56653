// Configuration from environment variables. Every value has a safe default for a local start;
// production (NODE_ENV=production) refuses to start with demo secrets. Documented in docs/operations.md.
import path from 'node:path';
import { loadMailConfig, MailConfigError, type MailConfig } from './mail/config.js';

export const DEMO_SESSION_SECRET = 'rodtrad-demo-session-secret-not-for-production';

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** PostgreSQL connection string; when unset the embedded PGlite database in dataDir is used. */
  databaseUrl?: string;
  /** Data directory (PGlite database, document store). */
  dataDir: string;
  logLevel: string;
  /** Secret mixed into session-id hashes; production requires a non-demo value. */
  sessionSecret: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Seconds a validated session may be served from the in-process cache (0 = always read the database). */
  sessionCacheSeconds: number;
  /** Send cookies with the Secure flag (behind HTTPS). */
  cookieSecure: boolean;
  bodyLimitBytes: number;
  loginRateLimitPerMinute: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** Seed Demo Kommune on an empty database at start. */
  seedDemo: boolean;
  trustProxy: boolean;
  /** Database connections in the pool (PostgreSQL only). */
  dbPoolSize: number;
  /** SMTP settings (RODTRAD_SMTP_*, RODTRAD_MAIL_FROM); no host = messages are only stored in the outbox. */
  mail: MailConfig;
};

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new ConfigError(`${name} must be an integer >= ${min} (got "${raw}")`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

function mailConfig(env: Env): MailConfig {
  try {
    return loadMailConfig(env);
  } catch (e) {
    if (e instanceof MailConfigError) throw new ConfigError(e.message);
    throw e;
  }
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv =
    env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const production = nodeEnv === 'production';
  const config: Config = {
    env: nodeEnv,
    host: env.HOST || '0.0.0.0',
    port: int(env, 'PORT', 3000, 0),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.RODTRAD_DATA_DIR || './data'),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    sessionSecret: env.RODTRAD_SESSION_SECRET || DEMO_SESSION_SECRET,
    sessionIdleMinutes: int(env, 'RODTRAD_SESSION_IDLE_MINUTES', 30, 1),
    sessionAbsoluteHours: int(env, 'RODTRAD_SESSION_ABSOLUTE_HOURS', 12, 1),
    sessionCacheSeconds: int(env, 'RODTRAD_SESSION_CACHE_SECONDS', 5, 0),
    cookieSecure: bool(env, 'RODTRAD_COOKIE_SECURE', production),
    bodyLimitBytes: int(env, 'RODTRAD_BODY_LIMIT_BYTES', 1_048_576, 1024),
    loginRateLimitPerMinute: int(env, 'RODTRAD_LOGIN_RATE_LIMIT', 10, 1),
    lockoutThreshold: int(env, 'RODTRAD_LOCKOUT_THRESHOLD', 5, 1),
    lockoutMinutes: int(env, 'RODTRAD_LOCKOUT_MINUTES', 15, 1),
    seedDemo: bool(env, 'RODTRAD_SEED_DEMO', !production),
    trustProxy: bool(env, 'RODTRAD_TRUST_PROXY', false),
    dbPoolSize: int(env, 'RODTRAD_DB_POOL_SIZE', 10, 1),
    mail: mailConfig(env),
  };
  // The cache delays revocation made by another instance by up to this long (docs/decisions/0009).
  if (config.sessionCacheSeconds > 60)
    throw new ConfigError(
      `RODTRAD_SESSION_CACHE_SECONDS must be at most 60 (got ${config.sessionCacheSeconds})`,
    );
  if (production) {
    if (config.sessionSecret === DEMO_SESSION_SECRET || config.sessionSecret.length < 32) {
      throw new ConfigError(
        'RODTRAD_SESSION_SECRET must be set to a random value of at least 32 characters in production',
      );
    }
    if (config.seedDemo)
      throw new ConfigError(
        'RODTRAD_SEED_DEMO must not be enabled in production (demo passwords are public)',
      );
  }
  return config;
}

/**
 * A configuration for tests and tools: development defaults with overrides. The session cache is off, so tests
 * that age a session by editing its row see the effect at once; session-cache.test.ts turns it on.
 */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test' }), seedDemo: false, sessionCacheSeconds: 0, ...overrides };
}
