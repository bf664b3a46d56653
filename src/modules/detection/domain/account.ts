// Bank accounts: Danish reg.nr. (4 digits) + account number (up to 10 digits) in the phrasings used in
// practice ("Reg. 3506 konto 8662555270", "reg.nr. 3568 - 9616925123", "3570 kontonr. 1760981342",
// "Kontonr.: 1234-0001234567", "konto 1234 12345678", "reg. og kontonr. 8450 4549568"), and IBAN of every
// ISO 13616 country (length per country; mod-97 raises confidence, a bank word before it admits a failing one).
// The label words belong to the span so the whole phrase disappears.
import { candidate, type TCandidate } from './candidate.js';
import { nearestLabel } from './context.js';

const REG_LABEL = String.raw`(?:reg(?:istrerings)?\.?\s?-?\s?(?:nr|nummer)?\.?|registreringsnummer)`;
const KONTO_LABEL = String.raw`(?:(?:bank)?konto(?:nummer|nr|-nr)?\.?(?:\s?nr\.?)?|kto\.?(?:\s?nr\.?)?)`;

// 1) reg label + 4 digits + optional separator/konto label + 6-10 digits
// 2) 4 digits + konto label + 6-10 digits
// 3) konto label + 4 digits + separator + 6-10 digits
const ACCOUNT_RE = new RegExp(
  [
    String.raw`(?<![\p{L}\d])${REG_LABEL}:?\s{0,2}(\d{4})(?:(?:\s{0,2}[-/,]?\s{0,2}|\s+og\s+)(?:${KONTO_LABEL}:?\s{0,2})?)(\d{6,10})(?![\p{L}\d])`,
    String.raw`(?<![\p{L}\d])(\d{4})\s{0,2},?\s{0,2}${KONTO_LABEL}:?\s{0,2}(\d{6,10})(?![\p{L}\d])`,
    String.raw`(?<![\p{L}\d])${KONTO_LABEL}:?\s{0,2}(\d{4})\s{0,2}[-/ ]\s{0,2}(\d{6,10})(?![\p{L}\d])`,
    // "reg. og kontonr.: 8450 4549568", "Reg.nr./kontonr. 1234 0001234567": both labels, then both numbers, so
    // four digits that could be a postcode are the reg.nr. here.
    String.raw`(?<![\p{L}\d])${REG_LABEL}[ \t]{0,2}(?:[-/][ \t]{0,2}|-?[ \t]*og[ \t]+)${KONTO_LABEL}:?[ \t]{0,8}(\d{4})[ \t]{0,3}[-/]?[ \t]{0,3}(\d{6,10})(?![\p{L}\d])`,
  ].join('|'),
  'giu',
);

// Account numbers written without reg.nr. after a konto label: "NemKonto: 0001234567" is still an account.
const LONE_KONTO_RE = new RegExp(
  String.raw`(?<![\p{L}\d])${KONTO_LABEL}:?\s{0,2}(\d{7,10})(?![\p{L}\d])`,
  'giu',
);

// "Udbetales til 2588 - 1977382134": reg.nr. and account number without labels.
const BARE_RE = /(?<![\p{L}\d.,/-])(\d{4})[ ]{0,2}[-/][ ]{0,2}(\d{6,10})(?![\p{L}\d]|[.,/-]\d)/gu;
// "refunderes til 3083 453593514": with a payment word right before, a space also separates the two parts.
const SPACED_RE = /(?<![\p{L}\d.,/-])(\d{4})[ ]{1,2}(\d{6,10})(?![\p{L}\d]|[.,/-]\d| ?kr\b)/gu;
const NEAR_PAYMENT_RE =
  /(?:udbetal\w*|overfør\w*|indsæt\w*|indbetal\w*|refunder\w*|tilbagebetal\w*|nemkonto)\s+(?:til|på|via)?\s*$/iu;
const PAYMENT_CONTEXT_RE =
  /(?:udbetal\w*|overfør\w*|indsæt\w*|betal\w*|bank\w*|konto\w*|nemkonto|indbetal\w*|refusion\w*|refunder\w*|tilbagebetal\w*)[^\n\d]{0,20}$/iu;

/** IBAN of any country: two letters, two check digits, groups of four (ISO 13616); the length is checked per country. */
const IBAN_RE =
  /(?<![\p{L}\d])([A-Z]{2}|[a-z]{2})\d{2}(?:[ ]{0,2}(?:[A-Z0-9]{4}|[a-z0-9]{4})){2,7}(?:[ ]{0,2}(?:[A-Z0-9]{1,3}|[a-z0-9]{1,3}))?(?![\p{L}\d])/gu;
const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.fromEntries(
  'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SD18 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VG24 XK20'
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(2))]),
);
const IBAN_CONTEXT_RE = /(?:iban|bank|konto|account|swift|bic|udbetal|overfør)[^\n]{0,30}$/iu;

export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s/g, '').toUpperCase();
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const code = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of code) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

export function findAccounts(text: string): TCandidate[] {
  const out: TCandidate[] = [];
  ACCOUNT_RE.lastIndex = 0;
  for (let m = ACCOUNT_RE.exec(text); m; m = ACCOUNT_RE.exec(text)) {
    out.push(
      candidate(m.index, m.index + m[0].length, 'ACCOUNT', 0.95, 'bank account: reg.nr. and account number'),
    );
  }
  LONE_KONTO_RE.lastIndex = 0;
  for (let m = LONE_KONTO_RE.exec(text); m; m = LONE_KONTO_RE.exec(text)) {
    out.push(
      candidate(m.index, m.index + m[0].length, 'ACCOUNT', 0.85, 'account number after a konto label'),
    );
  }
  BARE_RE.lastIndex = 0;
  for (let m = BARE_RE.exec(text); m; m = BARE_RE.exec(text)) {
    const context = PAYMENT_CONTEXT_RE.test(text.slice(Math.max(0, m.index - 40), m.index));
    const label = nearestLabel(text, m.index);
    if (label && label !== 'account') continue; // "Sagsnr. 5500-1234567" is a case number
    const yearLike = /^(?:19|20)\d\d$/.test(m[1] ?? '');
    if (!context && yearLike) continue;
    const conf = context ? 0.9 : 0.6;
    const why = context
      ? 'reg.nr. and account number after a payment word'
      : 'reg.nr.-account shape (4 + 6-10 digits)';
    out.push(candidate(m.index, m.index + m[0].length, 'ACCOUNT', conf, why));
  }
  SPACED_RE.lastIndex = 0;
  for (let m = SPACED_RE.exec(text); m; m = SPACED_RE.exec(text)) {
    if (!NEAR_PAYMENT_RE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push(
      candidate(
        m.index,
        m.index + m[0].length,
        'ACCOUNT',
        0.85,
        'reg.nr. and account number after a payment word',
      ),
    );
  }
  IBAN_RE.lastIndex = 0;
  for (let m = IBAN_RE.exec(text); m; m = IBAN_RE.exec(text)) {
    // Lower-case mail writes "dk93 2247 …"; the check digits are computed on capitals.
    const country = (m[1] ?? '').toUpperCase();
    if (IBAN_LENGTHS[country] !== m[0].replace(/ /g, '').length) continue;
    const valid = ibanValid(m[0]);
    if (m[1] !== country && !valid) continue;
    const context = IBAN_CONTEXT_RE.test(text.slice(Math.max(0, m.index - 40), m.index));
    // A foreign IBAN whose check digits fail needs a bank word before it; a Danish one is taken on its shape.
    if (!valid && !context && country !== 'DK') continue;
    const what = country === 'DK' ? 'Danish IBAN' : `IBAN (${country})`;
    out.push(
      candidate(
        m.index,
        m.index + m[0].length,
        'ACCOUNT',
        valid ? 0.99 : context ? 0.8 : 0.7,
        valid ? `${what}, mod-97 check holds` : `${what} shape (check digits do not hold)`,
      ),
    );
  }
  return out;
}
