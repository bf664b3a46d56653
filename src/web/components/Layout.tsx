import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Breadcrumbs } from './Breadcrumbs.js';
import { Header } from './Header.js';
import { JobWatcher } from './JobWatcher.js';

/** The signed-in app shell: skip link, header, breadcrumbs, main content, footer. */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

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
          <Outlet />
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
