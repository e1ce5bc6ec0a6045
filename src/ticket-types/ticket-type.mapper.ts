import { TicketTypeConfigResponse, TicketTypeResponse } from './dto/ticket-type.dto.js';
import { TicketType } from './ticket-type.entity.js';

export function toTicketTypeResponse(type: TicketType): TicketTypeResponse {
  return { id: type.id, name: type.name, description: type.description };
}

export function toTicketTypeConfigResponse(type: TicketType): TicketTypeConfigResponse {
  return {
    ...toTicketTypeResponse(type),
    enabled: type.enabled,
    sort_order: type.sortOrder,
    created_at: type.createdAt.toISOString(),
    updated_at: type.updatedAt.toISOString(),
  };
}
