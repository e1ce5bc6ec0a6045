import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, call, Member, Role, Schemas, whenSignedOut } from './api/client';
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

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [loading, setLoading] = useState(true);
  const refresh = useCallback(async () => {
    try {
      const me = await call(api.GET('/v1/auth/me'));
      setSession(me.member ? toSession(me.member, me.project) : null);
    } catch {
      setSession(null);
    } finally {
      setLoading(false);
    }
  }, []);
  const signOut = useCallback(async () => {
    disconnectEvents();
    await call(api.POST('/v1/auth/logout')).catch(() => undefined);
    setSession(null);
  }, []);
  useEffect(() => {
    whenSignedOut(() => {
      disconnectEvents();
      setSession(null);
    });
    void refresh();
  }, [refresh]);
  const value = useMemo(() => ({ session, loading, refresh, signOut }), [session, loading, refresh, signOut]);
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
