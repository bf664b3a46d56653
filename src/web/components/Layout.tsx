import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useMatches } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Breadcrumbs } from './Breadcrumbs.js';
import { Header } from './Header.js';
import { JobWatcher } from './JobWatcher.js';
import { useCan } from '../auth/session.js';
import type { RouteHandle } from '../modules.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';

/** The signed-in app shell: skip link, header, breadcrumbs, main content, footer. */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const can = useCan();
  // A route may name the ability it needs (handle.ability); without it the page answers "not found", as the
  // API answers 404 rather than 403.
  const allowed = useMatches().every((match) => can((match.handle as RouteHandle | undefined)?.ability));

  // After client-side navigation, move focus to the new page so screen readers announce it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector('h1')?.focus();
  }, [location.pathname]);

  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('shell.skipToContent')}
      </a>
      <Header />
      <div className="container rt-page">
        <Breadcrumbs />
        <main id="main-content" ref={main} tabIndex={-1} className="rt-main">
          {allowed ? <Outlet /> : <NotFoundPage />}
        </main>
      </div>
      <footer>
        <div className="footer">
          <div className="container">
            <p className="rt-footer-text">{t('app.footer')}</p>
          </div>
        </div>
      </footer>
      <JobWatcher />
    </>
  );
}
