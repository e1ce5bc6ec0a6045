import { Body, Controller, Headers, HttpCode, OnModuleInit, Post } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { PublicRoute } from '../../common/auth/api-key.guard.js';
import { JsonLane } from '../../common/http/json-lane.js';
import { webhookLaneRoute } from '../webhook-lane-route.js';
import { MessengerBotDisabled, MessengerSecretInvalid } from '../messengers.errors.js';
import { ApiErrorResponses } from '../../common/openapi/api-error-responses.js';
import { TelegramBotService } from './telegram-bot.service.js';

export class TelegramWebhookResponse {
  @ApiProperty({ example: true })
  ok: boolean;
}

/** Where Telegram POSTs updates (webhook mode). Authenticated by the secret token set with setWebhook. */
@ApiTags('Messenger webhooks')
@Controller('telegram/webhook')
export class TelegramWebhookController implements OnModuleInit {
  constructor(
    private readonly bot: TelegramBotService,
    private readonly lane: JsonLane,
  ) {}

  /** The plain case (bot on, right secret, a JSON body) is served by the JSON lane; this route serves the rest. */
  onModuleInit(): void {
    this.lane.register(webhookLaneRoute('/telegram/webhook', 'x-telegram-bot-api-secret-token', this.bot));
  }

  @Post()
  @PublicRoute()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Telegram Bot API webhook: one Update per request (called by Telegram, not by API clients)',
    description:
      'With the right secret every JSON body is answered 200: a malformed update (a field of the wrong type, a ' +
      'missing field) is ignored, logged and counted in zapnoty_messenger_updates_ignored_total, since any ' +
      'other answer makes Telegram deliver it again.',
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
    await this.bot.processUpdate(body);
    return { ok: true };
  }
}
