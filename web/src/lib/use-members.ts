import { useCallback, useEffect, useState } from 'react';
import { api, call, Member } from '../api/client';

/** The project's team (names for assignees, authors and history), reloadable after a change. */
export function useMembers(): {
  members: Member[];
  nameOf(id: string | null | undefined): string | null;
  reload(): Promise<void>;
} {
  const [members, setMembers] = useState<Member[]>([]);
  const reload = useCallback(async () => {
    const body = await call(api.GET('/v1/team/members'));
    setMembers(body.members);
  }, []);
  useEffect(() => {
    reload().catch(() => undefined);
  }, [reload]);
  const nameOf = useCallback(
    (id: string | null | undefined) => (id ? (members.find((member) => member.id === id)?.name ?? null) : null),
    [members],
  );
  return { members, nameOf, reload };
}
