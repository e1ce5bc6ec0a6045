import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { PresenceController } from './presence.controller.js';
import { PresenceService } from './presence.service.js';
import { TicketPresenceStore } from './ticket-presence.store.js';

/** Who is viewing or typing on a ticket, relayed to the live event streams. */
@Module({
  imports: [EventsModule],
  controllers: [PresenceController],
  providers: [PresenceService, TicketPresenceStore],
})
export class PresenceModule {}
