// SMTP settings from the environment, validated at start-up (docs/operations.md, "E-mail").
// No RODTRAD_SMTP_HOST = no sending: every message is only stored in the outbox (the embedded demo's mode).

export type MailConfig = {
  /** SMTP server; null = store messages in the outbox only. */
  host: string | null;
  port: number;
  /** TLS from the first byte (port 465); false = plain connection upgraded with STARTTLS when offered. */
  secure: boolean;
  user: string | null;
  password: string | null;
  /** Sender address of every message. */
  from: string;
  /** Milliseconds to wait for the SMTP server before the message is marked failed. */
  timeoutMs: number;
};

export class MailConfigError extends Error {}

type Env = Record<string, string | undefined>;

// Deliberately simple: one @, no spaces, no angle brackets or line breaks (header injection).
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

export function isMailAddress(value: string): boolean {
  return value.length <= 254 && ADDRESS.test(value);
}

/** "Name <a@b.dk>" or "a@b.dk". */
function validFrom(value: string): boolean {
  const named = /^([^<>\r\n]*)<([^<>\r\n]+)>$/.exec(value.trim());
  return named ? isMailAddress(named[2]!.trim()) : isMailAddress(value.trim());
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(value) || value < min || value > max)
    throw new MailConfigError(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new MailConfigError(`${name} must be true or false (got "${raw}")`);
}

export function loadMailConfig(env: Env): MailConfig {
  const host = env.RODTRAD_SMTP_HOST?.trim() || null;
  const secure = flag(env, 'RODTRAD_SMTP_SECURE', false);
  const port = integer(env, 'RODTRAD_SMTP_PORT', secure ? 465 : 587, 1, 65535);
  const user = env.RODTRAD_SMTP_USER || null;
  const password = env.RODTRAD_SMTP_PASSWORD || null;
  const from = env.RODTRAD_MAIL_FROM?.trim() || (host ? '' : 'Rød Tråd <noreply@rodtrad.invalid>');
  const timeoutMs = integer(env, 'RODTRAD_SMTP_TIMEOUT_SECONDS', 20, 1, 600) * 1000;
  if (!host) {
    for (const name of ['RODTRAD_SMTP_PORT', 'RODTRAD_SMTP_USER', 'RODTRAD_SMTP_PASSWORD'])
      if (env[name])
        throw new MailConfigError(
          `${name} is set but RODTRAD_SMTP_HOST is not; set the host or remove ${name}`,
        );
  }
  if (host && !from) throw new MailConfigError('RODTRAD_MAIL_FROM must be set when RODTRAD_SMTP_HOST is set');
  if (!validFrom(from))
    throw new MailConfigError(
      `RODTRAD_MAIL_FROM must be an e-mail address or "Name <address>" (got "${env.RODTRAD_MAIL_FROM}")`,
    );
  if ((user === null) !== (password === null))
    throw new MailConfigError('RODTRAD_SMTP_USER and RODTRAD_SMTP_PASSWORD must be set together');
  return { host, port, secure, user, password, from, timeoutMs };
}
