/** Builders for the Updates Telegram would POST to the webhook. */
export class TelegramUpdates {
  private updateId = Math.floor(Math.random() * 1_000_000) + 1;
  private messageId = 1;

  user(chatId: number, languageCode = 'en', firstName = 'Ivan', username = 'ivan_p') {
    return { id: chatId, is_bot: false, first_name: firstName, username, language_code: languageCode };
  }

  nextUpdateId(): number {
    return this.updateId++;
  }

  /** `/start <payload>`, with the bot_command entity Telegraf needs to route it to start handlers. */
  start(chatId: number, payload: string, languageCode = 'en'): Record<string, any> {
    const text = payload ? `/start ${payload}` : '/start';
    return this.message(chatId, { text, entities: [{ type: 'bot_command', offset: 0, length: 6 }] }, languageCode);
  }

  text(chatId: number, text: string, extra: Record<string, unknown> = {}, languageCode = 'en'): Record<string, any> {
    return this.message(chatId, { text, ...extra }, languageCode);
  }

  message(chatId: number, content: Record<string, unknown>, languageCode = 'en'): Record<string, any> {
    return {
      update_id: this.nextUpdateId(),
      message: {
        message_id: this.messageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: 'private', first_name: 'Ivan', username: 'ivan_p' },
        from: this.user(chatId, languageCode),
        ...content,
      },
    };
  }

  /** A reply to a message the bot sent (reply_to_message carries the bot's message id). */
  replyTo(chatId: number, botMessageId: number, text: string): Record<string, any> {
    return this.text(chatId, text, {
      reply_to_message: {
        message_id: botMessageId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: 'private' },
        text: '…',
      },
    });
  }

  /** A media message (Bot API Message fields: photo sizes, document, video, audio, voice, sticker, animation). */
  media(
    chatId: number,
    kind: 'photo' | 'document' | 'video' | 'audio' | 'voice' | 'sticker' | 'animation',
    fileId: string,
    extra: Record<string, unknown> = {},
  ): Record<string, any> {
    const file = { file_id: fileId, file_unique_id: `u-${fileId}`, file_size: 1000 };
    const content: Record<string, unknown> = {
      photo: {
        photo: [
          { ...file, file_id: `${fileId}-small`, width: 90, height: 90, file_size: 100 },
          { ...file, width: 1280, height: 960 },
        ],
      },
      document: { document: { ...file, file_name: 'report.pdf', mime_type: 'application/pdf' } },
      video: {
        video: { ...file, width: 640, height: 480, duration: 3, file_name: 'clip.mp4', mime_type: 'video/mp4' },
      },
      audio: { audio: { ...file, duration: 60, file_name: 'song.mp3', mime_type: 'audio/mpeg' } },
      voice: { voice: { ...file, duration: 4, mime_type: 'audio/ogg' } },
      sticker: { sticker: { ...file, width: 512, height: 512, type: 'regular', is_animated: false, is_video: false } },
      // Telegram sends an animation with a document field too.
      animation: {
        animation: { ...file, width: 320, height: 240, duration: 2, file_name: 'fun.mp4', mime_type: 'video/mp4' },
        document: { ...file, file_name: 'fun.mp4', mime_type: 'video/mp4' },
      },
    }[kind] as Record<string, unknown>;
    return this.message(chatId, { ...content, ...extra });
  }

  /** An edited_message update: the customer changed the text (or caption) of message `messageId`. */
  edited(chatId: number, messageId: number, text: string): Record<string, any> {
    return {
      update_id: this.nextUpdateId(),
      edited_message: {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000) - 60,
        edit_date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: 'private', first_name: 'Ivan', username: 'ivan_p' },
        from: this.user(chatId),
        text,
      },
    };
  }

  callback(chatId: number, data: string, messageId: number, languageCode = 'en'): Record<string, any> {
    return {
      update_id: this.nextUpdateId(),
      callback_query: {
        id: String(this.nextUpdateId()),
        from: this.user(chatId, languageCode),
        chat_instance: `ci-${chatId}`,
        data,
        message: {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: 'private' },
          text: '…',
        },
      },
    };
  }
}
