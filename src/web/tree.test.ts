import { describe, expect, it } from 'vitest';
import { buildTree, flattenTree } from './pages/admin/useUnits.js';
import { formatDate, formatNumber } from './format.js';
import { hasAbility, loginPath } from './auth/session.js';

const unit = (id: string, name: string, parentId: string | null) => ({
  id,
  name,
  parentId,
  code: id.toUpperCase(),
});

describe('unit tree', () => {
  it('nests units under their parents, sorted by Danish name, with depth', () => {
    const tree = buildTree([
      unit('hjn', 'Hjemmeplejen Nord', 'aep'),
      unit('dk', 'Demo Kommune', null),
      unit('aep', 'Ældreplejen', 'dk'),
      unit('bs', 'Borgerservice', 'dk'),
    ]);
    expect(flattenTree(tree).map((node) => `${node.depth}:${node.name}`)).toEqual([
      '0:Demo Kommune',
      '1:Borgerservice',
      '1:Ældreplejen',
      '2:Hjemmeplejen Nord',
    ]);
  });

  it('keeps units with an unknown parent visible as roots and survives cycles', () => {
    const tree = buildTree([unit('a', 'A', 'b'), unit('b', 'B', 'a'), unit('c', 'C', 'missing')]);
    const names = flattenTree(tree).map((node) => node.name);
    expect(names).toContain('C');
    expect(names.length).toBeLessThanOrEqual(3);
  });
});

describe('formatting and session helpers', () => {
  it('formats dates and numbers the Danish way', () => {
    expect(formatDate('2026-12-24')).toBe('24. dec. 2026');
    expect(formatNumber(12345.5)).toBe('12.345,5');
  });

  it('keeps where the user was in the login link, except after logging out', () => {
    expect(loginPath('/admin/audit?action=auth.login', 'expired')).toBe(
      '/login?next=%2Fadmin%2Faudit%3Faction%3Dauth.login&reason=expired',
    );
    expect(loginPath('/admin', 'logged_out')).toBe('/login?reason=logged_out');
    expect(loginPath('/')).toBe('/login');
  });

  it('grants a page when the user has any of its abilities', () => {
    const me = { abilities: ['audit.read', 'jobs.read'] } as Parameters<typeof hasAbility>[0];
    expect(hasAbility(me, ['users.manage', 'audit.read'])).toBe(true);
    expect(hasAbility(me, ['users.manage'])).toBe(false);
    expect(hasAbility(me, undefined)).toBe(true);
  });
});
