import { describe, expect, it } from 'vitest';
import { addressKey, formatAddress, matrikelKey, normaliseAddressText, parseAddress } from './address.js';

describe('archive addresses', () => {
  it('parses street, number, floor, door, postcode and town', () => {
    expect(parseAddress('Møllevej 12, 8410 Rønde')).toEqual({
      street: 'Møllevej',
      houseNumber: '12',
      floor: null,
      door: null,
      postcode: '8410',
      town: 'Rønde',
    });
    const flat = parseAddress('Østergade 4B, 2. tv., 8400 Ebeltoft');
    expect(flat).toMatchObject({ street: 'Østergade', houseNumber: '4B', floor: '2', door: 'tv' });
    expect(formatAddress(flat)).toBe('Østergade 4B, 2. tv., 8400 Ebeltoft');
    expect(parseAddress('Karen Blixens Plads 8')).toMatchObject({
      street: 'Karen Blixens Plads',
      houseNumber: '8',
    });
  });

  it('normalises abbreviations, blanks and Danish letters the same way for key and query', () => {
    const key = addressKey(parseAddress('Møllevej 12, 8410 Rønde'));
    expect(key).toBe('mollevej 12 8410 ronde');
    expect(normaliseAddressText('Møllev. 12')).toBe('mollevej 12');
    expect(normaliseAddressText('Mølle vej 12')).toBe('mollevej 12');
    expect(normaliseAddressText('Mølle v. 12, Rønde')).toBe('mollevej 12 ronde');
    expect(normaliseAddressText('Østerg. 4 b')).toBe('ostergade 4b');
    expect(key.startsWith(normaliseAddressText('møllevej 12'))).toBe(true);
  });

  it('normalises matrikel numbers', () => {
    expect(matrikelKey(' 12 A')).toBe('12a');
    expect(matrikelKey('0007b')).toBe('7b');
  });
});
