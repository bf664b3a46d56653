// E-mail addresses. Found by scanning for '@' and expanding left and right (linear time, no backtracking).
import { candidate, type TCandidate } from './candidate.js';
import { FREEMAIL_DOMAINS, MUNICIPALITIES, PUBLIC_DOMAINS, ROLE_MAILBOXES } from './gazetteer/domains.js';

const LOCAL_CHAR = /[\p{L}\d._%+'-]/u;
const DOMAIN_CHAR = /[\p{L}\d.-]/u;

function asciiFold(s: string): string {
  return s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
}

const PUBLIC = new Set<string>(PUBLIC_DOMAINS);
for (const name of MUNICIPALITIES) {
  const lower = name.toLowerCase();
  PUBLIC.add(`${asciiFold(lower)}.dk`);
  PUBLIC.add(`${lower.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')}.dk`);
  PUBLIC.add(`${asciiFold(lower)}kommune.dk`);
  PUBLIC.add(`${lower}.dk`);
}
const FREEMAIL = new Set<string>(FREEMAIL_DOMAINS);
const ROLES = new Set<string>(ROLE_MAILBOXES);

/** Whether the domain (or a parent domain) belongs to a municipality or another public authority. */
export function isPublicDomain(domain: string, extra: ReadonlySet<string> = new Set()): boolean {
  const d = domain.toLowerCase();
  if (/(?:^|\.)[\p{L}-]*kommune\.dk$/u.test(d)) return true;
  const parts = d.split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const suffix = parts.slice(i).join('.');
    if (PUBLIC.has(suffix) || extra.has(suffix)) return true;
  }
  return false;
}

export function isFreemailDomain(domain: string): boolean {
  return FREEMAIL.has(domain.toLowerCase());
}

export function isRoleMailbox(local: string): boolean {
  return ROLES.has(local.toLowerCase());
}

export interface TEmailOptions {
  /** Extra domains the caller knows are municipal (e.g. the tenant's own domain). */
  publicDomains?: ReadonlySet<string>;
}

export function findEmails(text: string, options: TEmailOptions = {}): TCandidate[] {
  const out: TCandidate[] = [];
  let at = text.indexOf('@');
  let minStart = 0;
  while (at >= 0) {
    let s = at;
    while (s > minStart && LOCAL_CHAR.test(text[s - 1] ?? '')) s--;
    let e = at + 1;
    while (e < text.length && DOMAIN_CHAR.test(text[e] ?? '')) e++;
    // Trim trailing dots/hyphens ("skriv til a@b.dk.") and leading dots in the local part.
    while (e > at + 1 && /[.-]/.test(text[e - 1] ?? '')) e--;
    while (s < at && /[.'-]/.test(text[s] ?? '')) s++;
    const local = text.slice(s, at);
    const domain = text.slice(at + 1, e);
    if (local.length > 0 && /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[\p{L}]{2,}$/u.test(domain)) {
      const base = local.split('+')[0] ?? local;
      if (isFreemailDomain(domain)) {
        out.push(candidate(s, e, 'EMAIL', 0.99, `e-mail at the free-mail domain ${domain}`));
      } else if (isPublicDomain(domain, options.publicDomains)) {
        out.push(candidate(s, e, 'EMAIL', 0.95, `work e-mail at the public domain ${domain}`, 'staff'));
      } else if (isRoleMailbox(base)) {
        out.push(
          candidate(s, e, 'EMAIL', 0.9, `function mailbox "${base}@" of an organisation`, 'organisation'),
        );
      } else {
        out.push(candidate(s, e, 'EMAIL', 0.95, `personal e-mail address at ${domain}`));
      }
      minStart = e;
    }
    at = text.indexOf('@', Math.max(at + 1, e));
  }
  return out;
}
