import type { Subscriber } from '../subscribers/subscriber.entity.js';
import type { NewOutboxEvent } from '../outbox/outbox-events.js';
import type { TicketResponse } from './dto/ticket-response.dto.js';
import type { Announcement } from './ticket-change.js';
import type { Ticket } from './ticket.entity.js';

export type AnnouncedTicket = Pick<Ticket, 'id' | 'channel' | 'chatId' | 'ticketNumber'> & {
  subscriber?: Pick<Subscriber, 'contactedAt'>;
};

/**
 * The outbox rows a change owes: webhooks first, in the order the change announced them, then chat
 * deliveries (only on messenger tickets). Webhook payloads are the ticket's API shape after the change.
 */
export function announcementEvents(
  projectId: string,
  ticket: AnnouncedTicket,
  response: TicketResponse,
  csatEnabled: boolean,
  announcements: Announcement[],
): NewOutboxEvent[] {
  const webhook = (eventType: string, payload: Record<string, unknown>): NewOutboxEvent => ({
    projectId,
    topic: 'webhook',
    eventType,
    aggregateId: ticket.id,
    payload,
  });
  const events: NewOutboxEvent[] = [];
  const chat: NewOutboxEvent[] = [];
  // Nothing goes to a chat that never contacted the project (a ticket the API opened before that was required).
  const chatTopic = ticket.channel === 'virtual' || ticket.subscriber?.contactedAt === null ? null : ticket.channel;
  for (const announcement of announcements) {
    switch (announcement.kind) {
      case 'created':
        events.push(webhook('ticket.created', { ...response }));
        break;
      case 'replied':
        events.push(webhook('ticket.replied', { ...response, message: announcement.message }));
        break;
      case 'noted':
        events.push({
          ...webhook('ticket.note_added', { ...response, message: announcement.message }),
          topic: 'team_chat',
        });
        break;
      case 'status_changed':
        events.push(webhook('ticket.status_changed', { ...response, from: announcement.from, to: announcement.to }));
        if (announcement.to === 'closed') events.push(webhook('ticket.closed', { ...response }));
        break;
      case 'assigned':
        events.push(webhook('ticket.assigned', { ...response }));
        break;
      case 'csat_received':
        events.push(webhook('ticket.csat_received', { ...response }));
        break;
      case 'unanswered':
        events.push(webhook('ticket.unanswered_24h', { ...response }));
        break;
      case 'chat_message':
        if (chatTopic) {
          chat.push({
            projectId,
            topic: chatTopic,
            eventType: 'chat.message',
            aggregateId: ticket.id,
            payload: {
              ticket_id: ticket.id,
              message_id: announcement.message.id,
              chat_id: ticket.chatId,
              text: announcement.message.text,
              attachments: announcement.message.attachments,
            },
          });
        }
        break;
      case 'chat_closed':
        if (chatTopic) {
          chat.push({
            projectId,
            topic: chatTopic,
            eventType: 'chat.ticket_closed',
            aggregateId: ticket.id,
            payload: {
              ticket_id: ticket.id,
              ticket_number: ticket.ticketNumber,
              chat_id: ticket.chatId,
              csat_survey: csatEnabled,
            },
          });
        }
        break;
    }
  }
  return [...events, ...chat];
}
