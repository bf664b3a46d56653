import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, useLocation, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLanguageSwitch } from '../auth/language.js';
import { useLogout } from '../auth/logout.js';
import { useCan, useSession } from '../auth/session.js';
import { navEntries, type NavEntry } from '../modules.js';
import { Icon } from './Icon.js';
import { UserMenu } from './UserMenu.js';

function useMenuItems(): NavEntry[] {
  const can = useCan();
  const home: NavEntry = { path: '/', labelKey: 'nav.home', order: 0 };
  return [home, ...navEntries().filter((entry) => can(entry.ability))];
}

function MenuItem({ item, onNavigate }: { item: NavEntry; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const match = useMatch({ path: item.path, end: item.path === '/' });
  return (
    <li className={match ? 'active current' : undefined}>
      <NavLink to={item.path} end={item.path === '/'} className="nav-link" onClick={onNavigate}>
        <span>{t(item.labelKey)}</span>
      </NavLink>
    </li>
  );
}

function MenuLinks({ items, onNavigate }: { items: NavEntry[]; onNavigate?: () => void }) {
  return (
    <ul className="mainmenu">
      {items.map((item) => (
        <MenuItem key={item.path} item={item} onNavigate={onNavigate} />
      ))}
    </ul>
  );
}

/** DKFDS header: portal bar (product and user), solution bar (municipality), main menu; a drawer on phones. */
export function Header() {
  const { t } = useTranslation();
  const me = useSession();
  const items = useMenuItems();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const location = useLocation();
  const openButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const { language, setLanguage } = useLanguageSwitch();
  const logout = useLogout();

  useEffect(() => setDrawerOpen(false), [location.pathname]);
  useEffect(() => {
    if (!drawerOpen) return;
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [drawerOpen]);

  function close() {
    setDrawerOpen(false);
    openButton.current?.focus();
  }

  const other = language === 'da' ? 'en' : 'da';
  return (
    <header className="header">
      <div className="portal-info">
        <div className="portal-info-inner container">
          <Link to="/" className="rt-logo">
            <svg viewBox="0 0 32 20" aria-hidden="true" focusable="false" className="rt-logo-mark">
              <path d="M2 16 C10 0 18 22 30 4" />
            </svg>
            <span>{t('app.name')}</span>
          </Link>
          <button
            ref={openButton}
            type="button"
            className="function-link button-menu-open ml-auto d-print-none"
            aria-haspopup="dialog"
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
          >
            <Icon name="menu" />
            {t('shell.menu')}
          </button>
          <div className="portal-user">
            <UserMenu />
          </div>
        </div>
      </div>
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <Link to="/">{me.tenant.name}</Link>
          </div>
        </div>
      </div>
      <div className={`overlay${drawerOpen ? ' is-visible' : ''}`} onClick={close} aria-hidden="true" />
      <div
        className={`mobile-drawer${drawerOpen ? ' is-visible' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby="menu-heading"
        hidden={!drawerOpen}
      >
        <div className="menu-top">
          <h2 id="menu-heading" className="menu-heading">
            {t('shell.menu')}
          </h2>
          <button ref={closeButton} type="button" className="function-link button-menu-close" onClick={close}>
            <Icon name="close" />
            {t('common.close')}
          </button>
        </div>
        <div className="solution-info-mobile">
          <p className="mb-2">
            <strong className="authority-name">{me.tenant.name}</strong>
          </p>
        </div>
        <nav className="navigation-menu-mobile" aria-label={t('shell.mainMenu')}>
          <MenuLinks items={items} onNavigate={() => setDrawerOpen(false)} />
        </nav>
        <div className="portal-info-mobile">
          <p className="user">
            <span>{me.user.name}</span>
            <span>{me.user.email}</span>
          </p>
          <p>
            <Link className="function-link" to="/profile">
              <Icon name="person" />
              {t('shell.profile')}
            </Link>
          </p>
          <p>
            <button
              type="button"
              className="function-link"
              lang={other}
              onClick={() => void setLanguage(other)}
            >
              <Icon name="language" />
              {t(`language.switchTo.${other}`)}
            </button>
          </p>
          <p>
            <button type="button" className="function-link log-off" onClick={() => void logout()}>
              <Icon name="lock" />
              {t('shell.logout')}
            </button>
          </p>
        </div>
      </div>
      <div className="navigation-menu">
        <div className="navigation-menu-inner container">
          <nav className="nav" aria-label={t('shell.mainMenu')}>
            <MenuLinks items={items} />
          </nav>
        </div>
      </div>
    </header>
  );
}
