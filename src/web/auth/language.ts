import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import type { Language, Me } from '../api/types.js';
import { applyLanguage, isLanguage } from '../i18n/index.js';
import { ME_KEY } from './session.js';

/** Switches the UI language; remembered in the browser and, when signed in, on the user (PATCH /api/auth/me). */
export function useLanguageSwitch(): {
  language: Language;
  setLanguage: (language: Language) => Promise<void>;
} {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'da';
  const setLanguage = useCallback(
    async (next: Language) => {
      await applyLanguage(next);
      const me = queryClient.getQueryData<Me | null>(ME_KEY);
      if (!me) return;
      queryClient.setQueryData<Me>(ME_KEY, { ...me, user: { ...me.user, language: next } });
      await api('/api/auth/me', { method: 'PATCH', body: { language: next } });
    },
    [queryClient],
  );
  return { language, setLanguage };
}
