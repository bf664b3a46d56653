import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../api/client.js';
import { ME_KEY, setExitReason } from './session.js';

/** Logs out; the shell then shows the login page with a "you are logged out" message. */
export function useLogout(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    try {
      await api('/api/auth/logout', { method: 'POST' });
    } finally {
      setCsrfToken(undefined);
      setExitReason('logged_out');
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
      queryClient.setQueryData(ME_KEY, null);
    }
  }, [queryClient]);
}
