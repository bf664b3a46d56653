import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLanguageSwitch } from '../auth/language.js';
import { useSession } from '../auth/session.js';
import { useLogout } from '../auth/logout.js';
import { Icon } from './Icon.js';

/** The user's menu in the portal header (DKFDS overflow menu): profile, language, log out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useSession();
  const { language, setLanguage } = useLanguageSwitch();
  const logout = useLogout();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        root.current?.querySelector('button')?.focus();
      }
    };
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const other = language === 'da' ? 'en' : 'da';
  return (
    <div className="overflow-menu overflow-menu--open-left rt-user-menu" ref={root}>
      <button
        type="button"
        className="button-overflow-menu"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
      >
        <Icon name="person" />
        <span className="rt-user-name">{me.user.name}</span>
      </button>
      <div className={`overflow-menu-inner${open ? '' : ' collapsed'}`} id={id}>
        <ul className="overflow-list">
          <li>
            <Link to="/profile" onClick={() => setOpen(false)}>
              {t('shell.profile')}
            </Link>
          </li>
          <li>
            <button
              type="button"
              className="rt-link-button"
              lang={other}
              onClick={() => {
                setOpen(false);
                void setLanguage(other);
              }}
            >
              {t(`language.switchTo.${other}`)}
            </button>
          </li>
          <li>
            <button type="button" className="rt-link-button" onClick={() => void logout()}>
              {t('shell.logout')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
