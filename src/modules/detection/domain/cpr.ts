// CPR numbers (Danish civil registration numbers): DDMMYY-SSSS with dash, space or nothing.
// Date validity and the century rule decide whether a 10-digit number can be a CPR number at all; modulus 11
// only raises confidence (numbers without a valid check digit have been issued since 2007). Context is judged
// per match: "cpr" before the number raises confidence, an invoice/order/case/account label before it (and no
// other number in between) marks it as not a CPR number.
import { candidate, type TCandidate } from './candidate.js';
import { nearestLabel } from './context.js';

const CPR_RE =
  /(?<![\p{L}\d/.,-])(\d{2})(\d{2})(\d{2})((?:[ \u00a0]{0,2}[-\u2010\u2011\u2013][ \u00a0]{0,2})|[ \u00a0]{1,2})?(\d{4})(?![\p{L}\d]|[.,/-]\d)/gu;

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** Full birth year from the two-digit year and the 7th digit (CPR office rule). */
export function cprCentury(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
}

/** Whether DDMMYY plus the serial's first digit is a real date. */
export function cprDateValid(digits: string): boolean {
  const dd = Number(digits.slice(0, 2));
  const mm = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const year = cprCentury(yy, Number(digits[6]));
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= daysInMonth(year, mm);
}

export function cprModulus11(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * (WEIGHTS[i] ?? 0);
  return sum % 11 === 0;
}

export function findCpr(text: string): TCandidate[] {
  const out: TCandidate[] = [];
  CPR_RE.lastIndex = 0;
  for (let m = CPR_RE.exec(text); m; m = CPR_RE.exec(text)) {
    const digits = `${m[1]}${m[2]}${m[3]}${m[5]}`;
    if (!cprDateValid(digits)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const sep = m[4] ?? '';
    const mod11 = cprModulus11(digits);
    const label = nearestLabel(text, start);
    const why: string[] = [`date ${m[1]}.${m[2]}.${cprCentury(Number(m[3]), Number(m[5]?.[0]))} is valid`];
    let conf = /[-\u2010\u2011\u2013]/.test(sep) ? 0.7 : 0.6;
    if (mod11) {
      conf += 0.15;
      why.push('modulus 11 check digit holds');
    }
    if (label === 'cpr') {
      conf += 0.3;
      why.push('"cpr"/"personnummer" before it');
    }
    if (label && label !== 'cpr' && label !== 'phone' && label !== 'reference') {
      out.push(
        candidate(
          start,
          end,
          'CPR',
          0.1,
          `CPR-shaped number, but labelled as ${label} number`,
          'not-personal',
        ),
      );
      continue;
    }
    out.push(candidate(start, end, 'CPR', conf, `CPR number: ${why.join(', ')}`));
  }
  return out;
}
