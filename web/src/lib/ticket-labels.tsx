import type { Ticket } from '../api/client';
import type { Translate } from '../i18n/i18n';

/** The SLA breaches of a ticket in words ("first reply overdue", "resolution overdue"), empty when none. */
export function slaBreaches(ticket: Pick<Ticket, 'sla'>, t: Translate): string[] {
  const reasons: string[] = [];
  if (ticket.sla.first_reply_breached) reasons.push(t('sla.firstReplyOverdue'));
  if (ticket.sla.resolve_breached) reasons.push(t('sla.resolveOverdue'));
  return reasons;
}

export function customerName(ticket: Pick<Ticket, 'customer' | 'chat_id'>): string {
  const { first_name, username } = ticket.customer;
  if (first_name && username) return `${first_name} (@${username})`;
  return first_name ?? (username ? `@${username}` : ticket.chat_id ? String(ticket.chat_id) : '—');
}

export function StatusBadge({ status, t }: { status: Ticket['status']; t: Translate }) {
  return <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}

export function PriorityBadge({ priority, t }: { priority: Ticket['priority']; t: Translate }) {
  return <span className={`badge priority-${priority}`}>{t(`priority.${priority}`)}</span>;
}
