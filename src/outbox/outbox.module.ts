import { Global, Module } from '@nestjs/common';
import { OutboxService } from './outbox.service.js';
import { OutboxStore } from './outbox.store.js';

/** The outbox writer is used by every feature that changes state, so it is available everywhere. */
@Global()
@Module({ providers: [OutboxService, OutboxStore], exports: [OutboxService, OutboxStore] })
export class OutboxModule {}
