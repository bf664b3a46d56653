import { describe, expect, it } from 'vitest';
import { findEmails, isPublicDomain } from './email.js';

const roles = (text: string) => findEmails(text).map((c) => [text.slice(c.start, c.end), c.role]);

describe('e-mail recognizer', () => {
  it('finds addresses and trims trailing punctuation', () => {
    expect(roles('Skriv til jens_h.91@gmail.com. Eller <maja.møller@hotmail.dk>')).toEqual([
      ['jens_h.91@gmail.com', 'private'],
      ['maja.møller@hotmail.dk', 'private'],
    ]);
  });

  it('marks municipal and public-authority addresses as staff', () => {
    expect(
      roles('ahj@silkeborg.dk, loda@kk.dk, post@aarhus.dk, jens@frederiksberg.dk, x@ringkobing-skjern.dk'),
    ).toEqual([
      ['ahj@silkeborg.dk', 'staff'],
      ['loda@kk.dk', 'staff'],
      ['post@aarhus.dk', 'staff'],
      ['jens@frederiksberg.dk', 'staff'],
      ['x@ringkobing-skjern.dk', 'staff'],
    ]);
    expect(isPublicDomain('byg.hilleroed.dk')).toBe(true);
    expect(isPublicDomain('gmail.com')).toBe(false);
  });

  it('keeps company function mailboxes readable but treats personal company addresses as private', () => {
    expect(roles('info@bygogbo.dk og jens@bygogbo.dk')).toEqual([
      ['info@bygogbo.dk', 'organisation'],
      ['jens@bygogbo.dk', 'private'],
    ]);
  });

  it('ignores @ without a valid domain and runs in linear time on long tokens', () => {
    expect(roles('@home og a@b og @@')).toEqual([]);
    const long = 'a'.repeat(200_000) + '@' + 'b'.repeat(200_000);
    const t0 = performance.now();
    findEmails(long);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
