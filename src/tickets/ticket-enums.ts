/** Enums of the ticket resource, defined once and used by entities, DTOs, OpenAPI and the mapper. */
export const TICKET_STATUSES = ['new', 'in_progress', 'waiting', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const MESSAGE_AUTHORS = ['customer', 'agent', 'system'] as const;
export type MessageAuthor = (typeof MESSAGE_AUTHORS)[number];

export const MESSAGE_DELIVERIES = ['pending', 'sent', 'failed'] as const;
export type MessageDelivery = (typeof MESSAGE_DELIVERIES)[number];

/**
 * Why a reply's chat delivery failed for good: the customer blocked the bot; the chat or user no longer
 * exists (or never did); the messenger refused the message for another reason; retries ran out (5xx,
 * network) after MAX_DELIVERY_ATTEMPTS.
 */
export const MESSAGE_DELIVERY_ERRORS = ['blocked', 'chat_not_found', 'rejected', 'gave_up'] as const;
export type MessageDeliveryError = (typeof MESSAGE_DELIVERY_ERRORS)[number];

/**
 * Who caused a change: the REST API, an automatic rule, a bulk action, the messenger bot, or the customer in the bot.
 */
export const CHANGE_SOURCES = ['api', 'bot', 'auto', 'bulk', 'customer'] as const;
export type ChangeSource = (typeof CHANGE_SOURCES)[number];

export const LAST_MESSAGE_FROM = ['customer', 'agent'] as const;
export type LastMessageFrom = (typeof LAST_MESSAGE_FROM)[number];

export const BULK_ACTIONS = ['close', 'set_status', 'assign', 'set_priority', 'add_tag', 'remove_tag'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export const MESSAGE_TEXT_MAX_LENGTH = 4096;
export const SUBJECT_MAX_LENGTH = 255;
export const TAG_MAX_LENGTH = 64;
