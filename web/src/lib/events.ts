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

type Listener = (event: TicketEvent) => void;
const listeners = new Set<Listener>();
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
