import { Injectable } from '@nestjs/common';
import { deliveryWorkerOf } from '../messenger-delivery.worker.js';
import { MaxBotService } from './max-bot.service.js';

/** Sends `max` outbox rows through the Max adapter. */
@Injectable()
export class MaxDeliveryWorker extends deliveryWorkerOf(MaxBotService) {}
