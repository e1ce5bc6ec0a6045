import { announcementEvents, type AnnouncedTicket } from '../../src/tickets/ticket-announcements.js';
import type { TicketResponse } from '../../src/tickets/dto/ticket-response.dto.js';
import type { TicketMessage } from '../../src/tickets/ticket-message.entity.js';

const PROJECT = 'e1d7f3a2-4b5c-4d6e-8f90-a1b2c3d4e5f6';
const telegramTicket: AnnouncedTicket = { id: 't1', channel: 'telegram', chatId: 42, ticketNumber: 7 };
const virtualTicket: AnnouncedTicket = { ...telegramTicket, channel: 'virtual', chatId: null };
const response = { id: 't1', status: 'closed' } as unknown as TicketResponse;
const chatMessage = { id: 'm1', text: 'hi', attachments: [] } as unknown as TicketMessage;

describe('announcementEvents', () => {
  it('sends ticket.closed after ticket.status_changed when a ticket closes', () => {
    const closing = [{ kind: 'status_changed' as const, from: 'waiting' as const, to: 'closed' as const }];
    const events = announcementEvents(PROJECT, virtualTicket, response, false, closing);
    expect(events.map((event) => event.eventType)).toEqual(['ticket.status_changed', 'ticket.closed']);
    expect(events[0].payload).toEqual({ ...response, from: 'waiting', to: 'closed' });
    for (const event of events) {
      expect([event.projectId, event.topic, event.aggregateId]).toEqual([PROJECT, 'webhook', 't1']);
    }
  });

  it('puts webhooks first and chat deliveries after, on the ticket channel topic', () => {
    const events = announcementEvents(PROJECT, telegramTicket, response, true, [
      { kind: 'chat_message', message: chatMessage },
      { kind: 'replied', message: { id: 'm1' } as never },
      { kind: 'chat_closed' },
    ]);
    expect(events.map((event) => [event.topic, event.eventType])).toEqual([
      ['webhook', 'ticket.replied'],
      ['telegram', 'chat.message'],
      ['telegram', 'chat.ticket_closed'],
    ]);
    expect(events[1].payload).toEqual({ ticket_id: 't1', message_id: 'm1', chat_id: 42, text: 'hi', attachments: [] });
    expect(events[2].payload).toEqual({ ticket_id: 't1', ticket_number: 7, chat_id: 42, csat_survey: true });
  });

  it('sends nothing to a chat for a virtual ticket', () => {
    const events = announcementEvents(PROJECT, virtualTicket, response, true, [
      { kind: 'chat_message', message: chatMessage },
      { kind: 'chat_closed' },
    ]);
    expect(events).toEqual([]);
  });

  it('names each webhook after its announcement', () => {
    const events = announcementEvents(PROJECT, virtualTicket, response, false, [
      { kind: 'created' },
      { kind: 'assigned' },
      { kind: 'csat_received' },
      { kind: 'unanswered' },
    ]);
    expect(events.map((event) => event.eventType)).toEqual([
      'ticket.created',
      'ticket.assigned',
      'ticket.csat_received',
      'ticket.unanswered_24h',
    ]);
  });
});
