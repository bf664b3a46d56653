import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../api/types.js';
import da from './da.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

export const LANGUAGES: readonly Language[] = ['da', 'en'];
const STORAGE_KEY = 'rodtrad.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'da' || value === 'en';
}

/** The language chosen before login (remembered in the browser); Danish when nothing is stored. */
export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'da';
  } catch {
    return 'da';
  }
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the language still applies to this page.
  }
}

export async function applyLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

export function initI18n(): typeof i18next {
  const lng = storedLanguage();
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  void i18next.use(initReactI18next).init({
    resources: { da: { translation: da }, en: { translation: en } },
    lng,
    fallbackLng: 'da',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
