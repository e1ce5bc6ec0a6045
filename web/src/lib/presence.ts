import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { type PresenceEvent, usePresenceEvents } from './events';

const HEARTBEAT_MS = 5_000;
/** Typing is announced at most this often while keys keep coming. */
const TYPING_EVERY_MS = 2_000;

export interface PresentMember {
  member_id: string;
  name: string;
  state: 'viewing' | 'typing';
  expires_at: string;
}

/**
 * This member's presence on the ticket (a heartbeat every 5 s while it is open, `typing` while keys come,
 * `left` when it closes) and who else is on it, from the heartbeat's answer and the live `ticket.presence`
 * events; an entry disappears when its expiry passes without a renewal.
 */
export function usePresence(ticketId: string, memberId: string): { others: PresentMember[]; typing(): void } {
  const [others, setOthers] = useState<PresentMember[]>([]);
  const lastTyping = useRef(0);

  const beat = useCallback(
    async (state: 'viewing' | 'typing' | 'left') => {
      const { data } = await api
        .POST('/v1/helpdesk/tickets/{id}/presence', { params: { path: { id: ticketId } }, body: { state } })
        .catch(() => ({ data: undefined }));
      if (data && state !== 'left') setOthers(data.others);
    },
    [ticketId],
  );

  useEffect(() => {
    void beat('viewing');
    const timer = setInterval(() => {
      void beat(Date.now() - lastTyping.current < TYPING_EVERY_MS ? 'typing' : 'viewing');
      // Entries whose heartbeat stopped (a closed laptop) fade out.
      setOthers((current) => current.filter((other) => Date.parse(other.expires_at) > Date.now()));
    }, HEARTBEAT_MS);
    const leave = () => void beat('left');
    window.addEventListener('pagehide', leave);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [beat]);

  usePresenceEvents((event: PresenceEvent) => {
    if (event.ticket_id !== ticketId || event.member_id === memberId) return;
    setOthers((current) => {
      const rest = current.filter((other) => other.member_id !== event.member_id);
      if (event.state === 'left' || !event.expires_at) return rest;
      const entry = { member_id: event.member_id, name: event.name, state: event.state, expires_at: event.expires_at };
      return [...rest, entry].sort((a, b) => a.name.localeCompare(b.name));
    });
  });

  const typing = useCallback(() => {
    const now = Date.now();
    if (now - lastTyping.current < TYPING_EVERY_MS) return;
    lastTyping.current = now;
    void beat('typing');
  }, [beat]);

  return { others, typing };
}
