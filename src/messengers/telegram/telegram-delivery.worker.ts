import { Injectable } from '@nestjs/common';
import { deliveryWorkerOf } from '../messenger-delivery.worker.js';
import { TelegramBotService } from './telegram-bot.service.js';

/** Sends `telegram` outbox rows through the Telegram adapter. */
@Injectable()
export class TelegramDeliveryWorker extends deliveryWorkerOf(TelegramBotService) {}
