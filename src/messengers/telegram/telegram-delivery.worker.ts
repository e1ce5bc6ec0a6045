import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Env } from '../../config/env.js';
import { DatabaseEndpoint } from '../../database/database-endpoint.js';
import { MetricsService } from '../../metrics/metrics.service.js';
import { MessengerDeliveryService } from '../messenger-delivery.service.js';
import { MessengerDeliveryWorker } from '../messenger-delivery.worker.js';
import { TelegramBotService } from './telegram-bot.service.js';

/** Sends `telegram` outbox rows through the Telegram adapter. */
@Injectable()
export class TelegramDeliveryWorker extends MessengerDeliveryWorker {
  constructor(
    @Inject(ConfigService) config: ConfigService<Env, true>,
    delivery: MessengerDeliveryService,
    bot: TelegramBotService,
    endpoint: DatabaseEndpoint,
    @InjectDataSource() dataSource: DataSource,
    metrics: MetricsService,
  ) {
    super(bot, delivery, config.get('WORKERS_ENABLED', { infer: true }), dataSource, endpoint, metrics);
  }
}
