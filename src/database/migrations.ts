import { Foundation1795448329726 } from './migrations/1795448329726-Foundation.js';
import { Tickets1795448799444 } from './migrations/1795448799444-Tickets.js';
import { Webhooks1795451391051 } from './migrations/1795451391051-Webhooks.js';

/** Every migration, oldest first. Listed explicitly: ESM builds and Jest cannot glob-load them. */
export const MIGRATIONS = [Foundation1795448329726, Tickets1795448799444, Webhooks1795451391051];
