import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Env } from '../../config/env.js';
import { DatabaseEndpoint } from '../../database/database-endpoint.js';
import { MetricsService } from '../../metrics/metrics.service.js';
import { MessengerDeliveryService } from '../messenger-delivery.service.js';
import { MessengerDeliveryWorker } from '../messenger-delivery.worker.js';
import { MaxBotService } from './max-bot.service.js';

/** Sends `max` outbox rows through the Max adapter. */
@Injectable()
export class MaxDeliveryWorker extends MessengerDeliveryWorker {
  constructor(
    @Inject(ConfigService) config: ConfigService<Env, true>,
    delivery: MessengerDeliveryService,
    bot: MaxBotService,
    endpoint: DatabaseEndpoint,
    @InjectDataSource() dataSource: DataSource,
    metrics: MetricsService,
  ) {
    super(bot, delivery, config.get('WORKERS_ENABLED', { infer: true }), dataSource, endpoint, metrics);
  }
}
