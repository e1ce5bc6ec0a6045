import { addBusinessSeconds, type BusinessHours } from '../sla/business-time.js';

const HOUR_MS = 3_600_000;

export interface SlaThresholds {
  firstReplyHours: number | null;
  resolveHours: number | null;
  /** When set, due times count business time only. */
  businessHours?: BusinessHours | null;
}

export interface SlaTimestamps {
  createdAt: Date;
  firstReplyAt: Date | null;
  /** The last close; null while the ticket is open. */
  closedAt: Date | null;
}

export interface SlaState {
  first_reply_due_at: string | null;
  resolve_due_at: string | null;
  first_reply_breached: boolean;
  resolve_breached: boolean;
}

/**
 * Due times count from ticket creation, in business time when the project has business hours (a
 * calendar without openings in three years gives no due time). A target is breached when it was met late,
 * or is still unmet and `now` is past it. A null threshold disables that target: no due time, never breached.
 */
export function computeSla(ticket: SlaTimestamps, thresholds: SlaThresholds, now: Date): SlaState {
  const firstReplyDue = dueAt(ticket.createdAt, thresholds.firstReplyHours, thresholds.businessHours ?? null);
  const resolveDue = dueAt(ticket.createdAt, thresholds.resolveHours, thresholds.businessHours ?? null);
  return {
    first_reply_due_at: firstReplyDue?.toISOString() ?? null,
    resolve_due_at: resolveDue?.toISOString() ?? null,
    first_reply_breached: isBreached(firstReplyDue, ticket.firstReplyAt, now),
    resolve_breached: isBreached(resolveDue, ticket.closedAt, now),
  };
}

function dueAt(createdAt: Date, hours: number | null, businessHours: BusinessHours | null): Date | null {
  if (hours === null) return null;
  if (businessHours) return addBusinessSeconds(createdAt, hours * 3600, businessHours);
  return new Date(createdAt.getTime() + hours * HOUR_MS);
}

function isBreached(due: Date | null, metAt: Date | null, now: Date): boolean {
  if (due === null) return false;
  return (metAt ?? now).getTime() > due.getTime();
}

/** Whole seconds between two instants, or null when the later one has not happened. */
export function secondsBetween(from: Date, to: Date | null): number | null {
  return to === null ? null : Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));
}

/** The SLA hours a project's settings set (null: no target). */
export function slaThresholdsOf(settings: {
  slaFirstReplyHours: number | null;
  slaResolveHours: number | null;
  businessHours?: BusinessHours | null;
}): SlaThresholds {
  return {
    firstReplyHours: settings.slaFirstReplyHours,
    resolveHours: settings.slaResolveHours,
    businessHours: settings.businessHours ?? null,
  };
}
