import { Module } from '@nestjs/common';
import { EventStreamHub } from './event-stream.hub.js';
import { EventsController } from './events.controller.js';
import { EventStreamStore } from './event-stream.store.js';

/** GET /v1/events: live ticket events over Server-Sent Events, read from the outbox. */
@Module({ controllers: [EventsController], providers: [EventStreamHub, EventStreamStore], exports: [EventStreamHub] })
export class EventsModule {}
