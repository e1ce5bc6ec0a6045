import { Global, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller.js';
import { MetricsService } from './metrics.service.js';
import { OutboxBacklogStore } from './outbox-backlog.store.js';

/** Global so that any feature can count its outcomes without importing this module. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [MetricsService, OutboxBacklogStore],
  exports: [MetricsService],
})
export class MetricsModule {}
