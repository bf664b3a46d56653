import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguageSwitch } from '../auth/language.js';
import { Icon } from '../components/Icon.js';

/** Header and footer for pages shown before login. */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguageSwitch();
  const other = language === 'da' ? 'en' : 'da';
  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('shell.skipToContent')}
      </a>
      <header className="header">
        <div className="portal-info">
          <div className="portal-info-inner container">
            <span className="rt-logo">
              <svg viewBox="0 0 32 20" aria-hidden="true" focusable="false" className="rt-logo-mark">
                <path d="M2 16 C10 0 18 22 30 4" />
              </svg>
              <span>{t('app.name')}</span>
            </span>
            <button
              type="button"
              className="function-link ml-auto rt-language-button"
              lang={other}
              onClick={() => void setLanguage(other)}
            >
              <Icon name="language" />
              {t(`language.switchTo.${other}`)}
            </button>
          </div>
        </div>
        <div className="solution-info">
          <div className="solution-info-inner container">
            <div className="solution-heading">
              <span>{t('app.tagline')}</span>
            </div>
          </div>
        </div>
      </header>
      <div className="container rt-page">
        <main id="main-content" tabIndex={-1} className="rt-main">
          {children}
        </main>
      </div>
      <footer>
        <div className="footer">
          <div className="container">
            <p className="rt-footer-text">{t('app.footer')}</p>
          </div>
        </div>
      </footer>
    </>
  );
}
