import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { api, call, Member, Role, Schemas, whenSignedOut } from './api/client';
import { queryKeys } from './api/query-keys';
import { disconnectEvents } from './lib/events';

type Project = Schemas['WhoAmIProjectResponse'];

export interface Session {
  member: Member;
  project: Project;
  /** reply, note, status, assign, priority, tags */
  canWork: boolean;
  /** settings, types, canned responses, routing, webhook, team */
  isAdmin: boolean;
  isOwner: boolean;
  /** Roles this member may give, take or remove (admins: support and viewer; owners: all). */
  manageableRoles: Role[];
}

interface SessionState {
  session: Session | null;
  loading: boolean;
  /** Reload who is signed in (after login or accepting an invite). */
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

function toSession(member: Member, project: Project): Session {
  const isOwner = member.role === 'owner';
  const isAdmin = isOwner || member.role === 'admin';
  return {
    member,
    project,
    canWork: member.role !== 'viewer',
    isAdmin,
    isOwner,
    manageableRoles: isOwner ? ['owner', 'admin', 'support', 'viewer'] : isAdmin ? ['support', 'viewer'] : [],
  };
}

/** Who is signed in: a query of its own (`session`), so signing in and out is a change of the cache. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const { data: session, isPending: loading } = useQuery({
    queryKey: queryKeys.session,
    queryFn: async (): Promise<Session | null> => {
      try {
        const me = await call(api.GET('/v1/auth/me'));
        return me.member ? toSession(me.member, me.project) : null;
      } catch {
        return null;
      }
    },
    // Only signing in, out or a change of role (refresh) changes it.
    staleTime: Infinity,
    retry: false,
  });
  const endSession = useCallback(() => {
    disconnectEvents();
    client.setQueryData(queryKeys.session, null);
    // The next member to sign in on this tab must not see the last one's cached tickets or team.
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
  }, [client]);
  const refresh = useCallback(() => client.refetchQueries({ queryKey: queryKeys.session }), [client]);
  const signOut = useCallback(async () => {
    disconnectEvents();
    await call(api.POST('/v1/auth/logout')).catch(() => undefined);
    endSession();
  }, [endSession]);
  useEffect(() => whenSignedOut(endSession), [endSession]);
  const value = useMemo(
    () => ({ session: session ?? null, loading, refresh, signOut }),
    [session, loading, refresh, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionState {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSessionState outside SessionProvider');
  return context;
}

/** The signed-in member; only used below the sign-in gate. */
export function useSession(): Session {
  const { session } = useSessionState();
  if (!session) throw new Error('useSession while signed out');
  return session;
}
