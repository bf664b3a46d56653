import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api/client.js';

/**
 * Turns any error into a message for people: the server's own message in the UI language
 * (problem+json carries message_da and message_en), else a translated text for the code.
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        const own = error.problem[`message_${i18n.language === 'en' ? 'en' : 'da'}`];
        if (typeof own === 'string' && own) return own;
        const key = `errors.codes.${error.code.replace(/\./g, '_')}`;
        if (i18n.exists(key)) return t(key);
        if (error.status === 429) return t('errors.codes.rate_limited');
        if (error.status === 404) return t('errors.notFound');
        if (error.status >= 500) return t('errors.server');
        return error.problem.detail ?? t('errors.unknown');
      }
      return t('errors.unknown');
    },
    [t, i18n],
  );
}
