import type { HelpdeskRequestStatusResponse } from './dto/helpdesk-request.dto.js';
import { effectiveStatus, HelpdeskRequest } from './helpdesk-request.entity.js';

export function toHelpdeskRequestStatusResponse(
  request: HelpdeskRequest,
  now = new Date(),
): HelpdeskRequestStatusResponse {
  const status = effectiveStatus(request, now);
  return {
    status,
    ...(status === 'accepted' && request.subscriberId ? { subscriber_id: request.subscriberId } : {}),
    ...(request.channel && (status === 'accepted' || status === 'cancelled') ? { channel: request.channel } : {}),
  };
}
