// Configuration from environment variables. Every value has a safe default for a local start. All of them are
// checked at start-up — including the modules' settings (settings.ts) — and every bad value is reported at
// once with its name, so a typo can never silently fall back to "no limit". Production (NODE_ENV=production)
// also refuses demo secrets. Documented in docs/operations.md.
import path from 'node:path';
import { loadMailConfig, MailConfigError, type MailConfig } from './mail/config.js';
import { secretWeakness, unknownSettingWarnings, validateModuleSettings } from './settings.js';

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
  /** Secret mixed into session-id hashes; production requires a random, non-demo value. */
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
  /** Serve /api/docs and /api/openapi.json (RODTRAD_API_DOCS; default off in production). */
  apiDocs: boolean;
  /** Public origin for links in e-mails (RODTRAD_PUBLIC_URL); null = the request's own origin. */
  publicUrl: string | null;
  /** Minutes a "forgotten password" link stays valid. */
  passwordResetMinutes: number;
  /** HMAC key for the audit head tokens (`rodtrad audit head`); null = unsigned (hash only). */
  auditHeadKey: string | null;
  /** Settings that look like typos of known ones (printed at start, not fatal). */
  warnings: string[];
};

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Parses with every failure collected, so one start reports all bad values at once. */
class Reader {
  readonly errors: string[] = [];
  constructor(private readonly env: Env) {}

  int(name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!/^\s*\d+\s*$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
      this.errors.push(
        max === Number.MAX_SAFE_INTEGER
          ? `${name} must be a whole number >= ${min} (got "${raw}")`
          : `${name} must be a whole number from ${min} to ${max} (got "${raw}")`,
      );
      return fallback;
    }
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
    this.errors.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  }

  url(name: string): string | null {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return null;
    try {
      const url = new URL(raw);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
    } catch {
      // reported below
    }
    this.errors.push(`${name} must be an http(s) URL such as https://rodtrad.kommune.dk (got "${raw}")`);
    return null;
  }

  check(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.errors.push(e instanceof Error ? e.message : String(e));
    }
  }
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv =
    env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const production = nodeEnv === 'production';
  const r = new Reader(env);
  const logLevel = env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info');
  if (!LOG_LEVELS.includes(logLevel))
    r.errors.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);
  let mail: MailConfig = loadMailConfig({});
  r.check(() => {
    try {
      mail = loadMailConfig(env);
    } catch (e) {
      if (e instanceof MailConfigError) throw new Error(e.message);
      throw e;
    }
  });
  const config: Config = {
    env: nodeEnv,
    host: env.HOST || '0.0.0.0',
    port: r.int('PORT', 3000, 0, 65535),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.RODTRAD_DATA_DIR || './data'),
    logLevel,
    sessionSecret: env.RODTRAD_SESSION_SECRET || DEMO_SESSION_SECRET,
    sessionIdleMinutes: r.int('RODTRAD_SESSION_IDLE_MINUTES', 30, 1),
    sessionAbsoluteHours: r.int('RODTRAD_SESSION_ABSOLUTE_HOURS', 12, 1),
    // The cache delays revocation made by another instance by up to this long (docs/decisions/0009).
    sessionCacheSeconds: r.int('RODTRAD_SESSION_CACHE_SECONDS', 5, 0, 60),
    cookieSecure: r.bool('RODTRAD_COOKIE_SECURE', production),
    bodyLimitBytes: r.int('RODTRAD_BODY_LIMIT_BYTES', 1_048_576, 1024),
    loginRateLimitPerMinute: r.int('RODTRAD_LOGIN_RATE_LIMIT', 10, 1),
    lockoutThreshold: r.int('RODTRAD_LOCKOUT_THRESHOLD', 5, 1, 1000),
    lockoutMinutes: r.int('RODTRAD_LOCKOUT_MINUTES', 15, 1, 100_000),
    seedDemo: r.bool('RODTRAD_SEED_DEMO', !production),
    trustProxy: r.bool('RODTRAD_TRUST_PROXY', false),
    dbPoolSize: r.int('RODTRAD_DB_POOL_SIZE', 10, 1, 1000),
    mail,
    apiDocs: r.bool('RODTRAD_API_DOCS', !production),
    publicUrl: r.url('RODTRAD_PUBLIC_URL'),
    passwordResetMinutes: r.int('RODTRAD_PASSWORD_RESET_MINUTES', 30, 5, 1440),
    auditHeadKey: env.RODTRAD_AUDIT_HEAD_KEY || null,
    warnings: unknownSettingWarnings(env),
  };
  if (config.auditHeadKey) {
    const weakness = secretWeakness(config.auditHeadKey);
    if (weakness) r.errors.push(`RODTRAD_AUDIT_HEAD_KEY ${weakness}`);
  }
  r.errors.push(...validateModuleSettings(env));
  if (production) {
    if (config.sessionSecret === DEMO_SESSION_SECRET)
      r.errors.push(
        'RODTRAD_SESSION_SECRET must be set in production (a random value, e.g. `openssl rand -base64 48`)',
      );
    else {
      const weakness = secretWeakness(config.sessionSecret);
      if (weakness)
        r.errors.push(`RODTRAD_SESSION_SECRET ${weakness}; generate one with \`openssl rand -base64 48\``);
    }
    if (config.seedDemo)
      r.errors.push('RODTRAD_SEED_DEMO must not be enabled in production (demo passwords are public)');
  }
  if (r.errors.length > 0)
    throw new ConfigError(
      `Invalid configuration (${r.errors.length} problem${r.errors.length === 1 ? '' : 's'}):\n  - ${r.errors.join('\n  - ')}`,
    );
  return config;
}

/**
 * A configuration for tests and tools: development defaults with overrides. The session cache is off, so tests
 * that age a session by editing its row see the effect at once; session-cache.test.ts turns it on.
 */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test' }), seedDemo: false, sessionCacheSeconds: 0, ...overrides };
}
