import { useEffect, useRef } from 'react';
import type { Ticket } from '../api/client';

export interface TicketEvent {
  event: string;
  ticket: Ticket;
}

const EVENT_NAMES = [
  'ticket.created',
  'ticket.replied',
  'ticket.status_changed',
  'ticket.assigned',
  'ticket.closed',
  'ticket.csat_received',
  'ticket.unanswered_24h',
  'ticket.updated',
  'ticket.deleted',
];

/** Another member's presence on a ticket (`ticket.presence`: no id, not replayed). */
export interface PresenceEvent {
  ticket_id: string;
  member_id: string;
  name: string;
  state: 'viewing' | 'typing' | 'left';
  expires_at: string | null;
}

type Listener = (event: TicketEvent) => void;
const listeners = new Set<Listener>();
const presenceListeners = new Set<(event: PresenceEvent) => void>();
let source: EventSource | null = null;

function dispatch(name: string, raw: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return;
  }
  // The stream carries the webhook body ({event, timestamp, data}) or just its data: accept both.
  const body = parsed as { event?: string; data?: unknown };
  const event = typeof body.event === 'string' ? body.event : name;
  const data = (body.data && typeof body.data === 'object' ? body.data : parsed) as Ticket;
  if (!data || typeof data.id !== 'string') return;
  listeners.forEach((listener) => listener({ event, ticket: data }));
}

/** One EventSource on /v1/events (the session cookie authenticates it; it resumes with Last-Event-ID). */
function connect(): void {
  if (source) return;
  source = new EventSource('/v1/events', { withCredentials: true });
  source.onmessage = (message) => dispatch('message', message.data);
  for (const name of EVENT_NAMES)
    source.addEventListener(name, (message) => dispatch(name, (message as MessageEvent).data));
  source.addEventListener('ticket.presence', (message) => {
    try {
      const event = JSON.parse((message as MessageEvent).data) as PresenceEvent;
      if (typeof event.ticket_id === 'string') presenceListeners.forEach((listener) => listener(event));
    } catch {
      // A frame that is not JSON is not ours.
    }
  });
}

export function disconnectEvents(): void {
  source?.close();
  source = null;
}

/** Calls `listener` for every ticket event of the project while the component is mounted. */
export function useTicketEvents(listener: Listener): void {
  const current = useRef(listener);
  current.current = listener;
  useEffect(() => {
    const forward: Listener = (event) => current.current(event);
    listeners.add(forward);
    connect();
    return () => {
      listeners.delete(forward);
    };
  }, []);
}

/** Calls `listener` for every presence change in the project while the component is mounted. */
export function usePresenceEvents(listener: (event: PresenceEvent) => void): void {
  const current = useRef(listener);
  current.current = listener;
  useEffect(() => {
    const forward = (event: PresenceEvent) => current.current(event);
    presenceListeners.add(forward);
    connect();
    return () => {
      presenceListeners.delete(forward);
    };
  }, []);
}
