import { Link, useMatches } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RouteHandle } from '../modules.js';
import { Icon } from './Icon.js';
import { useCan } from '../auth/session.js';

/** DKFDS breadcrumbs built from the `handle.crumb` of the matched routes. */
export function Breadcrumbs() {
  const { t } = useTranslation();
  const matches = useMatches();
  const can = useCan();
  // On a page the user may not use (shown as "not found"), no trail reveals what is there.
  if (matches.some((match) => !can((match.handle as RouteHandle | undefined)?.ability))) return null;
  const crumbs = matches
    .filter((match) => (match.handle as RouteHandle | undefined)?.crumb)
    .map((match) => ({ href: match.pathname, label: t((match.handle as RouteHandle).crumb as string) }))
    .filter((crumb, index, all) => all.findIndex((other) => other.href === crumb.href) === index);
  if (crumbs.length < 2) return null;
  return (
    <nav className="breadcrumbs" aria-label={t('shell.breadcrumbs')}>
      <ol className="breadcrumbs__list">
        {crumbs.map((crumb, index) =>
          index < crumbs.length - 1 ? (
            <li key={crumb.href} className="breadcrumbs__list-item">
              {index > 0 ? <Icon name="chevron-right" /> : null}
              <Link className="breadcrumbs__link" to={crumb.href}>
                {crumb.label}
              </Link>
            </li>
          ) : (
            <li key={crumb.href} className="breadcrumbs__list-item" aria-current="page">
              <Icon name="chevron-right" />
              {crumb.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
