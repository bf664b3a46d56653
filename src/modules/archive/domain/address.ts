// Danish addresses for the archive: parsing the manifest's one-line address into its parts, and the
// normalised key used for matching and for the trigram search, so that "Møllevej 12, 8410 Rønde",
// "Møllev. 12 Rønde" and "mollevej 12" find the same property.

export type TAddressParts = {
  street: string;
  houseNumber: string | null;
  floor: string | null;
  door: string | null;
  postcode: string | null;
  town: string | null;
};

const POSTCODE_TOWN = /^(\d{4})\s+(.+)$/;
const STREET_NUMBER = /^(.*?)\s+(\d+\s?[A-Za-zÆØÅæøå]?)(?:\s*,?\s*(.*))?$/;

/** Splits "Møllevej 12, 1. tv., 8410 Rønde" into street, number, floor, door, postcode and town. */
export function parseAddress(input: string): TAddressParts {
  const parts = input
    .split(',')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  let postcode: string | null = null;
  let town: string | null = null;
  const last = parts[parts.length - 1];
  const pt = last ? POSTCODE_TOWN.exec(last) : null;
  if (pt && parts.length > 1) {
    postcode = pt[1]!;
    town = pt[2]!;
    parts.pop();
  }
  const first = parts.shift() ?? '';
  const sn = STREET_NUMBER.exec(first);
  let street = first;
  let houseNumber: string | null = null;
  let rest = parts.join(', ');
  if (sn) {
    street = sn[1]!.trim();
    houseNumber = sn[2]!.replace(/\s/g, '').toUpperCase();
    rest = [sn[3], rest].filter(Boolean).join(', ');
  }
  let floor: string | null = null;
  let door: string | null = null;
  const fd = /^(st|kl|\d{1,2})\.?\s*,?\s*(th|tv|mf|\d{1,3})?\.?$/i.exec(rest.trim());
  if (fd) {
    floor = fd[1]!.toLowerCase();
    door = fd[2]?.toLowerCase() ?? null;
  } else if (rest && !town) {
    town = rest;
  }
  return { street, houseNumber, floor, door, postcode, town };
}

/** The address as shown: "Møllevej 12, 1. tv., 8410 Rønde". */
export function formatAddress(a: TAddressParts): string {
  const first = [a.street, a.houseNumber].filter(Boolean).join(' ');
  const unit = a.floor ? `${a.floor}.${a.door ? ` ${a.door}.` : ''}` : '';
  const place = [a.postcode, a.town].filter(Boolean).join(' ');
  return [first, unit, place].filter(Boolean).join(', ');
}

/**
 * Lower case, Danish letters folded (æ→ae, ø→o, å→aa, é→e), abbreviations expanded ("v." → "vej",
 * "g." → "gade", "pl." → "plads", "alle"), a street word written apart joined ("Mølle vej" → "møllevej"),
 * punctuation dropped, blanks collapsed. Used for both the stored key and the query.
 */
export function normaliseAddressText(input: string): string {
  let s = input.toLowerCase().normalize('NFC');
  s = s
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .replace(/[éè]/g, 'e')
    .replace(/ü/g, 'u')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'o');
  // abbreviations glued to the street name or standing alone: "møllev." / "mølle v." / "møllevj"
  s = s.replace(/([a-z])(?:v\.|vj\.?)(?=\s|,|$|\d)/g, '$1vej');
  s = s.replace(/([a-z])g\.(?=\s|,|$|\d)/g, '$1gade');
  s = s.replace(/([a-z])pl\.(?=\s|,|$|\d)/g, '$1plads');
  s = s.replace(
    /\s+(vej|v\.|gade|g\.|alle|plads|pl\.|stræde|straede|vaenge|vaenget)(?=\s|,|$|\d)/g,
    (_m, w) => {
      const full: Record<string, string> = { 'v.': 'vej', 'g.': 'gade', 'pl.': 'plads', stræde: 'straede' };
      return full[w as string] ?? w;
    },
  );
  s = s.replace(/[^a-z0-9 ]+/g, ' ');
  // a house number written with a blank before its letter: "12 a" → "12a"
  s = s.replace(/\b(\d+) ([a-z])\b(?! ?\d)/g, '$1$2');
  return s.replace(/\s+/g, ' ').trim();
}

export function addressKey(a: TAddressParts): string {
  return normaliseAddressText(formatAddress(a));
}

/** "12a", "12 A", "0012a" → "12a"; used to find a cadastral parcel whatever the spelling. */
export function matrikelKey(matrikel: string): string {
  return matrikel
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^0+(?=\d)/, '');
}
