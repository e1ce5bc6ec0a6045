import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookDeliveryService } from './webhook-delivery.service.js';
import { WebhookDeliveryStore } from './webhook-delivery.store.js';
import { WebhookDeliveryWorker } from './webhook-delivery.worker.js';
import { WebhookHttpClient } from './webhook-http-client.js';
import { Webhook } from './webhook.entity.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksService } from './webhooks.service.js';
import { WebhookStore } from './webhook.store.js';

@Module({
  imports: [TypeOrmModule.forFeature([Webhook, WebhookDelivery])],
  controllers: [WebhooksController],
  providers: [
    WebhooksService,
    WebhookDeliveryService,
    WebhookDeliveryWorker,
    WebhookHttpClient,
    WebhookStore,
    WebhookDeliveryStore,
  ],
  exports: [WebhooksService, WebhookDeliveryWorker, WebhookStore, WebhookDeliveryStore],
})
export class WebhooksModule {}
