// Session context: asks GET /auth/session once on load; login/logout update it. A 401 from any API call clears the
// session and sends the user to the login page (remembering where they were).
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Permission } from '@renshe/shared';
import { api, isApiError, setCsrfToken, setUnauthorizedHandler } from '../api/client.ts';
import { clearApiCache } from '../api/cache.ts';
import type { SessionUser } from './types.ts';

export type { SessionUser } from './types.ts';

interface AuthValue {
  /** undefined while the session is being checked, null when signed out. */
  user: SessionUser | null | undefined;
  /** Set when the session ended under the user's feet (401 on a call), to explain the login page. */
  expired: boolean;
  login(username: string, password: string): Promise<SessionUser>;
  logout(): Promise<void>;
  can(permission: Permission | undefined): boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children, onSignedOut }: { children: ReactNode; onSignedOut?: (reason: 'expired' | 'logout') => void }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);
  const signedOut = useRef(onSignedOut);
  signedOut.current = onSignedOut;

  const adopt = useCallback((u: SessionUser | null) => {
    setCsrfToken(u?.csrfToken ?? null);
    clearApiCache();
    setUser(u);
  }, []);

  useEffect(() => {
    const ctl = new AbortController();
    api.get<SessionUser>('/auth/session', undefined, { skipAuthRedirect: true, signal: ctl.signal }).then(
      (u) => adopt(u),
      (e: unknown) => {
        if (ctl.signal.aborted) return;
        adopt(null);
        if (isApiError(e) && e.status !== 401) console.warn('session check failed', e);
      },
    );
    return () => ctl.abort();
  }, [adopt]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      adopt(null);
      setExpired(true);
      signedOut.current?.('expired');
    });
    return () => setUnauthorizedHandler(null);
  }, [adopt]);

  const login = useCallback(async (username: string, password: string) => {
    const u = await api.post<SessionUser>('/auth/login', { username, password }, { skipAuthRedirect: true });
    setExpired(false);
    adopt(u);
    return u;
  }, [adopt]);

  const logout = useCallback(async () => {
    try {
      await api.post<void>('/auth/logout', undefined, { skipAuthRedirect: true });
    } finally {
      adopt(null);
      setExpired(false);
      signedOut.current?.('logout');
    }
  }, [adopt]);

  const can = useCallback((p: Permission | undefined) => !p || !!user?.permissions.includes(p), [user]);
  const value = useMemo(() => ({ user, expired, login, logout, can }), [user, expired, login, logout, can]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth must be used inside <AuthProvider>');
  return v;
}

/** The signed-in user (only inside the authenticated layout). */
export function useUser(): SessionUser {
  const { user } = useAuth();
  if (!user) throw new Error('useUser needs a signed-in user');
  return user;
}
