/** The messengers a customer can chat with the helpdesk in. */
export const MESSENGER_CHANNELS = ['telegram', 'max'] as const;
export type MessengerChannel = (typeof MESSENGER_CHANNELS)[number];

/** Where a ticket's customer is: a messenger chat, or `virtual` (tickets kept through the API only). */
export const CHANNELS = [...MESSENGER_CHANNELS, 'virtual'] as const;
export type Channel = (typeof CHANNELS)[number];
