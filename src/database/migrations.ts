import { Foundation1795448329726 } from './migrations/1795448329726-Foundation.js';
import { Webhooks1795448914234 } from './migrations/1795448914234-Webhooks.js';

/** Every migration, oldest first. Listed explicitly: ESM builds and Jest cannot glob-load them. */
export const MIGRATIONS = [Foundation1795448329726, Webhooks1795448914234];
