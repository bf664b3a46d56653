// Start-up checks for settings that modules read themselves (so a typo in any of them stops the server with
// a clear message instead of silently removing a limit), the list of every known setting (to point out
// misspelt names), and the strength check for secrets.
type Env = Record<string, string | undefined>;

type Rule = { name: string; check: (raw: string) => string | null };

const wholeNumber =
  (min: number, max = Number.MAX_SAFE_INTEGER) =>
  (raw: string): string | null => {
    const n = Number(raw);
    if (/^\s*\d+\s*$/.test(raw) && Number.isSafeInteger(n) && n >= min && n <= max) return null;
    return max === Number.MAX_SAFE_INTEGER
      ? `must be a whole number >= ${min}`
      : `must be a whole number from ${min} to ${max}`;
  };

const number =
  (min: number, max = Number.MAX_VALUE) =>
  (raw: string): string | null => {
    const n = Number(raw);
    if (raw.trim() !== '' && Number.isFinite(n) && n >= min && n <= max) return null;
    return max === Number.MAX_VALUE ? `must be a number >= ${min}` : `must be a number from ${min} to ${max}`;
  };

const flag = (raw: string): string | null =>
  ['1', 'true', 'yes', 'on', '0', 'false', 'no', 'off'].includes(raw.toLowerCase())
    ? null
    : 'must be true or false';

const mimeList = (raw: string): string | null =>
  raw
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
    .every((t) => /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i.test(t))
    ? null
    : 'must be a comma-separated list of MIME types such as application/pdf,image/png';

/** Settings parsed by modules and platform parts outside config.ts; the ranges match their parsers. */
const MODULE_RULES: Rule[] = [
  { name: 'RODTRAD_UPLOAD_MAX_BYTES', check: wholeNumber(1) },
  { name: 'RODTRAD_UPLOAD_REQUEST_MAX_BYTES', check: wholeNumber(1) },
  { name: 'RODTRAD_UPLOAD_TOTAL_MAX_BYTES', check: wholeNumber(1) },
  { name: 'RODTRAD_UPLOAD_TYPES', check: mimeList },
  { name: 'RODTRAD_REDACTION_WORKERS', check: wholeNumber(1, 16) },
  { name: 'RODTRAD_REDACTION_TASK_SECONDS', check: number(1, 86_400) },
  { name: 'RODTRAD_REDACTION_CACHE_MB', check: number(0) },
  { name: 'RODTRAD_JOBS_WORKERS', check: flag },
  { name: 'RODTRAD_JOBS_POLL_SECONDS', check: number(0.5) },
  { name: 'RODTRAD_JOBS_HEARTBEAT_SECONDS', check: number(0.1) },
  { name: 'RODTRAD_JOBS_STALE_SECONDS', check: number(1) },
  { name: 'RODTRAD_RECORDS_INTAKE_PER_HOUR', check: wholeNumber(1) },
  { name: 'RODTRAD_RECORDS_LINK_DAYS', check: wholeNumber(1, 365) },
];

export function validateModuleSettings(env: Env): string[] {
  const errors: string[] = [];
  for (const rule of MODULE_RULES) {
    const raw = env[rule.name];
    if (raw === undefined || raw === '') continue;
    const problem = rule.check(raw);
    if (problem) errors.push(`${rule.name} ${problem} (got "${raw}")`);
  }
  return errors;
}

/** Every RODTRAD_* setting the application reads (docs/operations.md and the module docs). */
const KNOWN = new Set([
  ...MODULE_RULES.map((r) => r.name),
  'RODTRAD_DATA_DIR',
  'RODTRAD_SESSION_SECRET',
  'RODTRAD_SESSION_IDLE_MINUTES',
  'RODTRAD_SESSION_ABSOLUTE_HOURS',
  'RODTRAD_SESSION_CACHE_SECONDS',
  'RODTRAD_COOKIE_SECURE',
  'RODTRAD_BODY_LIMIT_BYTES',
  'RODTRAD_LOGIN_RATE_LIMIT',
  'RODTRAD_LOCKOUT_THRESHOLD',
  'RODTRAD_LOCKOUT_MINUTES',
  'RODTRAD_SEED_DEMO',
  'RODTRAD_TRUST_PROXY',
  'RODTRAD_DB_POOL_SIZE',
  'RODTRAD_SMTP_HOST',
  'RODTRAD_SMTP_PORT',
  'RODTRAD_SMTP_SECURE',
  'RODTRAD_SMTP_USER',
  'RODTRAD_SMTP_PASSWORD',
  'RODTRAD_SMTP_TIMEOUT_SECONDS',
  'RODTRAD_MAIL_FROM',
  'RODTRAD_API_DOCS',
  'RODTRAD_PUBLIC_URL',
  'RODTRAD_PASSWORD_RESET_MINUTES',
  'RODTRAD_AUDIT_HEAD_KEY',
  'RODTRAD_DEBUG',
  'RODTRAD_CHECK_RESPONSES',
]);

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/**
 * A set RODTRAD_* variable that is not a known setting but is within two edits of one is almost certainly a
 * typo that leaves the real setting at its default. A warning, not an error: other variables may be the
 * operator's own.
 */
export function unknownSettingWarnings(env: Env): string[] {
  const warnings: string[] = [];
  for (const name of Object.keys(env)) {
    if (!name.startsWith('RODTRAD_') || KNOWN.has(name) || env[name] === undefined) continue;
    const near = [...KNOWN].find((known) => distance(name, known) <= 2);
    if (near) warnings.push(`${name} is not a setting; did you mean ${near}? (${near} keeps its default)`);
  }
  return warnings;
}

/**
 * Why a secret is too weak, or null. Length alone is not enough ("a" × 36 is long): the estimated entropy
 * (Shannon entropy of its characters × length) must reach 90 bits and it needs 10 distinct characters and no
 * repeated pattern. The estimate undercounts true randomness — a random 32-character hex value (128 bits)
 * estimates 93–125 — so 90 accepts every random value of the required length and rejects words and runs.
 */
export function secretWeakness(secret: string): string | null {
  if (secret.length < 32) return `must be at least 32 characters (got ${secret.length})`;
  const counts = new Map<string, number>();
  for (const ch of secret) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let perChar = 0;
  for (const n of counts.values()) {
    const p = n / secret.length;
    perChar -= p * Math.log2(p);
  }
  const bits = perChar * secret.length;
  if (counts.size < 10 || bits < 90)
    return `is not random enough (about ${Math.floor(bits)} bits of entropy from ${counts.size} distinct characters; at least 90 are required)`;
  for (let period = 1; period <= secret.length / 2; period++)
    if (
      secret ===
      secret
        .slice(0, period)
        .repeat(Math.ceil(secret.length / period))
        .slice(0, secret.length)
    )
      return 'is a repeated pattern';
  return null;
}
