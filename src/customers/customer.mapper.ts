import type { CustomerResponse, CustomerTicketResponse } from './dto/customer.dto.js';
import type { CustomerRow, CustomerTicketRow } from './customer.store.js';

export function toCustomerResponse(row: CustomerRow): CustomerResponse {
  return {
    id: row.id,
    channel: row.channel,
    chat_id: row.chat_id === null ? null : Number(row.chat_id),
    first_name: row.first_name,
    last_name: row.last_name,
    username: row.username,
    language: row.lang,
    blocked: row.agent_blocked,
    note: row.note,
    first_seen_at: row.created_at.toISOString(),
    last_seen_at: row.last_seen_at.toISOString(),
    tickets: { open: row.open_tickets, total: row.total_tickets },
    csat_average: row.csat_average === null ? null : Number(row.csat_average),
  };
}

export function toCustomerTicketResponse(row: CustomerTicketRow): CustomerTicketResponse {
  return {
    id: row.id,
    ticket_number: row.ticket_number,
    subject: row.subject,
    status: row.status,
    created_at: row.created_at.toISOString(),
  };
}
