// Danish phone numbers: 8 digits (first digit 2-9) written as 12345678, 1234 5678, 12 34 56 78, 12 34 5678,
// optionally prefixed by +45 / 0045 / (+45). Rejected when the nearest label says CVR/EAN/case/invoice/order/
// account/cadastre, when the number is an amount, or when it is a year range such as 2019-2024.
import { candidate, type TCandidate } from './candidate.js';
import { followedByAmount, nearestLabel, precededByAmount } from './context.js';

// Separators may be doubled by OCR ("22  33  44  55").
const PHONE_RE =
  /(?<![\p{L}\d+/.,:-]|\d[ .]|\d {2}|\d-)(\(?(?:\+|00)\s?45\)?[ \u00a0-]{0,2})?(\d{2}(?:[ \u00a0]{1,2}|-)\d{2}(?:[ \u00a0]{1,2}|-)\d{2}(?:[ \u00a0]{1,2}|-)\d{2}|\d{2}\.\d{2}\.\d{2}\.\d{2}|\d{4}(?:[ \u00a0]{1,2}|-)\d{4}|\d{2}[ \u00a0]\d{2}[ \u00a0]\d{4}|\d{4}[ \u00a0]\d{2}[ \u00a0]\d{2}|\d{8})(?![\p{L}\d]|[ .,/-]\d| {2}\d|-[\p{L}])/gu;

// The 4-digit group before a number like "4000 1234 5678" must not let the tail look like a phone number.
const COLON_LOOKBEHIND = /[\p{L}\d]:$/u;

/**
 * Foreign numbers: "+" (or "00") and a country code other than 45, then digit groups in any grouping
 * ("+380 85 452 15 50", "+48 601-234-567", "+49 (30) 1234567"); 7-14 digits after the "+" (E.164 allows 15).
 */
const FOREIGN_RE =
  /(?<![\p{L}\d+/.,-])(?:\(?\+|\b00)(?!45)([1-9]\d{0,2})\)?(?:[ \u00a0-]{1,2}\(?\d{1,8}\)?){2,6}(?![\p{L}\d]|[.,]\d)/gu;
/** Country codes accepted after "00" (with "+" any code is accepted). */
const COMMON_CODES =
  /^(?:1|7|20|30|31|32|33|34|36|39|40|41|43|44|46|47|48|49|90|91|92|93|98|212|213|216|251|252|351|353|354|355|358|359|370|371|372|380|381|385|386|387|389|420|421|880|961|962|963|964)$/u;

function findForeignPhones(text: string, out: TCandidate[]): void {
  FOREIGN_RE.lastIndex = 0;
  for (let m = FOREIGN_RE.exec(text); m; m = FOREIGN_RE.exec(text)) {
    const raw = m[0];
    const digits = raw.replace(/\D/g, '');
    const national = digits.length - (raw.startsWith('00') || raw.startsWith('(00') ? 2 : 0);
    if (national < 8 || national > 15) continue;
    if (!raw.includes('+') && !COMMON_CODES.test(m[1] ?? '')) continue;
    const label = nearestLabel(text, m.index);
    if (label && label !== 'phone' && label !== 'reference') continue;
    if (followedByAmount(text, m.index + raw.length)) continue;
    const conf = label === 'phone' ? 0.95 : 0.85;
    out.push(
      candidate(m.index, m.index + raw.length, 'PHONE', conf, `foreign phone number (+${m[1] ?? ''})`),
    );
  }
}

export function findPhones(text: string): TCandidate[] {
  const out: TCandidate[] = [];
  findForeignPhones(text, out);
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(text); m; m = PHONE_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const prefix = m[1];
    const digits = (m[2] ?? '').replace(/\D/g, '');
    if (COLON_LOOKBEHIND.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (!/^[2-9]/.test(digits) && !prefix) continue;
    if (/^(?:19|20)\d\d-(?:19|20)\d\d$/.test(m[2] ?? '')) continue;
    // A date written with blanks ("24 12 2024", "2024 12 31"): day, month and a year of this or the last century.
    if (
      !prefix &&
      /^(?:(?:0[1-9]|[12]\d|3[01])[ \u00a0](?:0[1-9]|1[0-2])[ \u00a0](?:19|20)\d\d|(?:19|20)\d\d[ \u00a0](?:0[1-9]|1[0-2])[ \u00a0](?:0[1-9]|[12]\d|3[01]))$/u.test(
        m[2] ?? '',
      )
    )
      continue;
    const label = nearestLabel(text, start);
    if (followedByAmount(text, end) || precededByAmount(text, start) || label === 'amount') {
      out.push(candidate(start, end, 'PHONE', 0.1, 'eight digits, but written as an amount', 'not-personal'));
      continue;
    }
    if (label && label !== 'phone' && label !== 'reference') {
      out.push(
        candidate(start, end, 'PHONE', 0.1, `eight digits labelled as ${label} number`, 'not-personal'),
      );
      continue;
    }
    let conf = 0.7;
    const why: string[] = ['Danish 8-digit number'];
    if (prefix) {
      conf += 0.2;
      why.push('+45 country code');
    }
    if (label === 'phone') {
      conf += 0.25;
      why.push('phone label before it');
    }
    if (/[ \u00a0-]/.test(m[2] ?? '')) conf += 0.05;
    out.push(candidate(start, end, 'PHONE', conf, why.join(', ')));
  }
  return out;
}
