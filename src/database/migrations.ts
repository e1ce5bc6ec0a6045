import { Foundation1795448329726 } from './migrations/1795448329726-Foundation.js';
import { HelpdeskConfiguration1795449073234 } from './migrations/1795449073234-HelpdeskConfiguration.js';

/** Every migration, oldest first. Listed explicitly: ESM builds and Jest cannot glob-load them. */
export const MIGRATIONS = [Foundation1795448329726, HelpdeskConfiguration1795449073234];
