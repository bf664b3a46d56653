import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';
import { ApiError, api, onUnauthorised, setCsrfToken } from '../api/client.js';
import type { Me } from '../api/types.js';
import { applyLanguage } from '../i18n/index.js';
import { Spinner } from '../components/Spinner.js';

export const ME_KEY = ['auth', 'me'] as const;

export type ExitReason = 'expired' | 'logged_out';

// Why the session ended (the server expired it, or the user logged out); the login page explains it.
let exitReason: ExitReason | undefined;

export function setExitReason(reason: ExitReason | undefined): void {
  exitReason = reason;
}

export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api<Me>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      if (error.code === 'auth.session_expired') exitReason = 'expired';
      setCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

export function useMeQuery() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, retry: false, staleTime: 5 * 60_000 });
}

const SessionContext = createContext<Me | null>(null);

/** The signed-in user; only available below <RequireAuth>. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession outside RequireAuth');
  return me;
}

export function hasAbility(
  me: Pick<Me, 'abilities'>,
  needed: string | readonly string[] | undefined,
): boolean {
  if (!needed) return true;
  const list = typeof needed === 'string' ? [needed] : needed;
  return list.some((ability) => (me.abilities as readonly string[]).includes(ability));
}

export function useCan(): (needed: string | readonly string[] | undefined) => boolean {
  const me = useSession();
  return (needed) => hasAbility(me, needed);
}

export function loginPath(next: string, reason?: ExitReason): string {
  const params = new URLSearchParams();
  if (reason !== 'logged_out' && next && next !== '/' && !next.startsWith('/login')) params.set('next', next);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `/login?${query}` : '/login';
}

/** Sends the user to the login page when the session ends while they work, keeping where they were. */
function useSessionExpiry(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onUnauthorised(() => {
        if (!queryClient.getQueryData(ME_KEY)) return;
        exitReason = 'expired';
        setCsrfToken(undefined);
        queryClient.setQueryData(ME_KEY, null);
      }),
    [queryClient],
  );
}

export function RequireAuth({ children }: { children: ReactNode }) {
  const { data: me, isPending, error } = useMeQuery();
  const location = useLocation();
  useSessionExpiry();
  useEffect(() => {
    if (me) void applyLanguage(me.user.language);
  }, [me]);
  if (isPending) return <Spinner />;
  if (error) throw error;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={loginPath(next, exitReason)} replace />;
  }
  return <SessionContext.Provider value={me}>{children}</SessionContext.Provider>;
}
