import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Update } from 'telegraf/types';
import { PublicRoute } from '../../common/auth/api-key.guard.js';
import { MalformedMessengerUpdate, MessengerBotDisabled, MessengerSecretInvalid } from '../messengers.errors.js';
import { ApiErrorResponses } from '../../common/openapi/api-error-responses.js';
import { TelegramBotService } from './telegram-bot.service.js';

export class TelegramWebhookResponse {
  @ApiProperty({ example: true })
  ok: boolean;
}

/** Where Telegram POSTs updates (webhook mode). Authenticated by the secret token set with setWebhook. */
@ApiTags('Messenger webhooks')
@Controller('telegram/webhook')
export class TelegramWebhookController {
  constructor(private readonly bot: TelegramBotService) {}

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
    const update = body as Update | null;
    if (
      typeof update !== 'object' ||
      update === null ||
      Array.isArray(update) ||
      !Number.isSafeInteger(update.update_id)
    ) {
      throw new MalformedMessengerUpdate('body must be a Telegram Update with an integer update_id');
    }
    await this.bot.processUpdate(update);
    return { ok: true };
  }
}
