import { Body, Controller, Headers, HttpCode, OnModuleInit, Post } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Update } from 'telegraf/types';
import { PublicRoute } from '../../common/auth/api-key.guard.js';
import { JsonLane } from '../../common/http/json-lane.js';
import { webhookLaneRoute } from '../webhook-lane-route.js';
import { MalformedMessengerUpdate, MessengerBotDisabled, MessengerSecretInvalid } from '../messengers.errors.js';
import { ApiErrorResponses } from '../../common/openapi/api-error-responses.js';
import { TelegramBotService } from './telegram-bot.service.js';

export class TelegramWebhookResponse {
  @ApiProperty({ example: true })
  ok: boolean;
}

/** A Telegram Update as far as this route checks it: an object with an integer update_id. */
function isUpdate(body: unknown): body is Update {
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    Number.isSafeInteger((body as { update_id?: unknown }).update_id)
  );
}

/** Where Telegram POSTs updates (webhook mode). Authenticated by the secret token set with setWebhook. */
@ApiTags('Messenger webhooks')
@Controller('telegram/webhook')
export class TelegramWebhookController implements OnModuleInit {
  constructor(
    private readonly bot: TelegramBotService,
    private readonly lane: JsonLane,
  ) {}

  /** The plain case (bot on, right secret, an update) is served by the JSON lane; this route serves the rest. */
  onModuleInit(): void {
    this.lane.register(webhookLaneRoute('/telegram/webhook', 'x-telegram-bot-api-secret-token', this.bot, isUpdate));
  }

  @Post()
  @PublicRoute()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Telegram Bot API webhook: one Update per request (called by Telegram, not by API clients)',
  })
  @ApiHeader({
    name: 'X-Telegram-Bot-Api-Secret-Token',
    required: true,
    description: 'Must equal TELEGRAM_WEBHOOK_SECRET',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['update_id'],
      properties: { update_id: { type: 'integer' } },
      additionalProperties: true,
    },
  })
  @ApiOkResponse({ type: TelegramWebhookResponse })
  @ApiErrorResponses()
  async receive(
    @Headers('x-telegram-bot-api-secret-token') secret: string | undefined,
    @Body() body: unknown,
  ): Promise<TelegramWebhookResponse> {
    if (!this.bot.enabled) throw new MessengerBotDisabled('telegram bot');
    if (!this.bot.isValidWebhookSecret(secret)) throw new MessengerSecretInvalid('X-Telegram-Bot-Api-Secret-Token');
    if (!isUpdate(body)) throw new MalformedMessengerUpdate('body must be a Telegram Update with an integer update_id');
    await this.bot.processUpdate(body);
    return { ok: true };
  }
}
