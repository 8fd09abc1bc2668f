// Who is signed in: GET /api/v1/auth/session, kept in TanStack Query; its CSRF token goes on every write.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api, ApiError, ok, setCsrfToken, whenSignedOut } from './api';
import { earlyOr } from './early';
import { Loading } from './ui';

import { mayActAs as rolesMayActAs, type Role } from '../../src/auth/roles.js';

export type { Role };
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role?: Role;
  roles?: Role[];
}
export interface Session {
  user: SessionUser;
  csrfToken: string;
  expiresAt: string;
}

/** Whether the user may act as `role` (the server's own rule: a dpo may do what a responder may). */
export function mayActAs(user: SessionUser, role: Role): boolean {
  return rolesMayActAs(user.roles ?? (user.role ? [user.role] : []), role);
}

const SessionContext = createContext<Session | null>(null);

export const SESSION_KEY = ['session'];

export const sessionQuery = {
  queryKey: SESSION_KEY,
  queryFn: async (): Promise<Session | null> => {
    try {
      const session = await earlyOr('/api/v1/auth/session', () => ok(api.GET('/api/v1/auth/session')));
      setCsrfToken(session.csrfToken);
      return session as Session;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
};

export function useSessionQuery() {
  return useQuery(sessionQuery);
}

/** The signed-in user; only inside RequireSession. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside RequireSession');
  return session;
}

/** Pages behind sign-in: without a session, go to /sign-in and come back here after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { data: session, isPending } = useSessionQuery();
  const location = useLocation();
  const queryClient = useQueryClient();
  useEffect(() => whenSignedOut(() => void queryClient.invalidateQueries({ queryKey: SESSION_KEY })), [queryClient]);
  if (isPending) return <Loading />;
  if (!session) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
