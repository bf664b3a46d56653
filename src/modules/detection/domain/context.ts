// Context helpers shared by the number recognizers (CPR, phone, account). All run in O(window) per match.

export type TNumberLabel =
  | 'cpr'
  | 'phone'
  | 'invoice'
  | 'order'
  | 'case'
  | 'voucher'
  | 'account'
  | 'cvr'
  | 'ean'
  | 'cadastre'
  | 'customer'
  | 'amount'
  | 'reference';

// Long stems match as prefixes ("fakturanummer"); short stems only with a number suffix ("sagsnr.", "se-nr").
const SUFFIX = String.raw`s?[.-]?(?:nr|nummer|numre|no)?\.?:?$`;
function stems(long: string[], short: string[]): RegExp {
  const parts: string[] = [];
  if (long.length) parts.push(`^(?:${long.join('|')})`);
  if (short.length) parts.push(`^(?:${short.join('|')})${SUFFIX}`);
  return new RegExp(parts.join('|'), 'u');
}

const LABELS: ReadonlyArray<[RegExp, TNumberLabel]> = [
  [stems(['cpr', 'personnum', 'personnr', 'person-nr', 'fødselsnum', 'personal'], []), 'cpr'],
  [
    stems(['telefon', 'mobil', 'phone', 'fastnet'], ['tlf', 'tel', 'mob', 'ring', 'sms', 'fax', 'direkte']),
    'phone',
  ],
  [stems(['faktura', 'invoice', 'kreditnota'], ['fakt']), 'invoice'],
  [stems(['ordre', 'order', 'bestilling', 'rekvisition', 'indkøbs'], ['po']), 'order'],
  [stems(['journal', 'j.nr', 'jnr', 'dokument', 'emnenr', 'kl-nr'], ['sag', 'dok', 'akt', 'brev']), 'case'],
  [stems(['bilag', 'udbetalingsnr', 'betalings', 'kvittering', 'transaktion', 'posterings'], []), 'voucher'],
  [
    stems(
      ['kontonr', 'kontonum', 'konto-nr', 'bankkonto', 'nemkonto', 'iban', 'registrering', 'reg.nr'],
      ['konto', 'kto', 'reg', 'bank'],
    ),
    'account',
  ],
  [stems(['cvr', 'virksomhedsnr', 'virksomhedsnum'], ['se', 'p']), 'cvr'],
  [stems(['ean', 'gln', 'gtin', 'stregkode'], []), 'ean'],
  [stems(['matr', 'ejendomsn', 'bbr', 'bfe', 'kommunenr', 'ejerlav'], ['esr']), 'cadastre'],
  [
    stems(
      [
        'kunde',
        'medlems',
        'abonnement',
        'aftalenr',
        'police',
        'kontrakt',
        'lejemål',
        'lejer',
        'varenr',
        'løbenr',
        'serienr',
        'licens',
        'kørekort',
        'pas-nr',
        'pasnr',
        'registreringsattest',
      ],
      [],
    ),
    'customer',
  ],
  [stems(['beløb', 'saldo', 'udbetalt', 'i alt'], ['kr', 'dkk', 'pris', 'sum', 'total', 'løn']), 'amount'],
  [stems(['reference', 'løbenummer'], ['ref', 'id', 'nr', 'nummer']), 'reference'],
];

const WORD = /[\p{L}][\p{L}.-]*/gu;

// One combined regex; the index of the group that matched gives the label (one exec per word).
const COMBINED = new RegExp(LABELS.map(([re]) => `(${re.source})`).join('|'), 'u');
const GROUP_LABELS: TNumberLabel[] = LABELS.map(([, label]) => label);

function classify(word: string): TNumberLabel | null {
  const m = COMBINED.exec(word);
  if (!m) return null;
  let group = 0;
  for (let g = 1; g < m.length; g++) {
    if (m[g] !== undefined) {
      group = g;
      break;
    }
  }
  return GROUP_LABELS[group - 1] ?? null;
}

/**
 * The label word nearest before `start` on the same line (within `window` characters), unless another number
 * lies between that label and the match — then the label belongs to the other number.
 */
export function nearestLabel(text: string, start: number, window = 48): TNumberLabel | null {
  let slice = text.slice(Math.max(0, start - window), start);
  const nl = slice.lastIndexOf('\n');
  if (nl >= 0) slice = slice.slice(nl + 1);
  slice = slice.toLowerCase();
  let best: { label: TNumberLabel; end: number } | null = null;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const word = m[0];
    const label = classify(word);
    if (!label) continue;
    // A bare "nr."/"nummer" continues the label before it ("Faktura nr. 123").
    if (label === 'reference' && best && m.index - best.end <= 2) best.end = m.index + word.length;
    else best = { label, end: m.index + word.length };
  }
  if (!best) return null;
  const between = slice.slice(best.end);
  // Generic labels ("kr.", "nr.") only bind to a number right after them.
  if ((best.label === 'amount' || best.label === 'reference') && between.trim().length > 3) return null;
  // A number in between takes the label for itself ("Bilagsnr. 280065, 0101801234" is not a voucher number).
  if (/\d{3,}/.test(between)) return null;
  return best.label;
}

/** True when the text right after `end` marks the number as an amount ("12 345 678 kr.", "45000000,00"). */
export function followedByAmount(text: string, end: number): boolean {
  const after = text.slice(end, end + 8).toLowerCase();
  return /^(?:,\d\d|,-|\s?(?:kr\b|kr\.|dkk|euro|eur\b|%))/.test(after);
}

/** True when the text right before `start` marks the number as an amount ("kr. 12345678"). */
export function precededByAmount(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start).toLowerCase();
  return /(?:kr\.?|dkk|€|\$)\s?$/.test(before);
}

/**
 * Start and end of the line containing `pos`, looking at most `radius` characters either way (so very long
 * lines, e.g. text without line breaks, do not make callers quadratic).
 */
export function lineAt(text: string, pos: number, radius = 400): { start: number; end: number } {
  const lo = Math.max(0, pos - radius);
  const before = text.slice(lo, pos).lastIndexOf('\n');
  const start = before >= 0 ? lo + before + 1 : lo;
  const after = text.slice(pos, pos + radius).indexOf('\n');
  const end = after >= 0 ? pos + after : Math.min(text.length, pos + radius);
  return { start, end };
}
