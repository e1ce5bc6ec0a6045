import { Foundation1795448329726 } from './migrations/1795448329726-Foundation.js';
import { Tickets1795448799444 } from './migrations/1795448799444-Tickets.js';
import { HelpdeskConfiguration1795449073234 } from './migrations/1795449073234-HelpdeskConfiguration.js';
import { TicketTypeForeignKey1795449650610 } from './migrations/1795449650610-TicketTypeForeignKey.js';
import { Webhooks1795451391051 } from './migrations/1795451391051-Webhooks.js';
import { Messengers1795451489317 } from './migrations/1795451489317-Messengers.js';
import { TicketListIndexes1795451540628 } from './migrations/1795451540628-TicketListIndexes.js';
import { OpenTicketGinIndexes1795457002572 } from './migrations/1795457002572-OpenTicketGinIndexes.js';
import { Credits1796173889171 } from './migrations/1796173889171-Credits.js';

/** Every migration, oldest first. Listed explicitly: ESM builds and Jest cannot glob-load them. */
export const MIGRATIONS = [
  Foundation1795448329726,
  Tickets1795448799444,
  HelpdeskConfiguration1795449073234,
  TicketTypeForeignKey1795449650610,
  Webhooks1795451391051,
  Messengers1795451489317,
  TicketListIndexes1795451540628,
  OpenTicketGinIndexes1795457002572,
  Credits1796173889171,
];
