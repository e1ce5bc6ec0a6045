import { TelegramError, type Telegram } from 'telegraf';
import { type MessengerFileSource, RemoteFileRefused } from '../../attachments/messenger-file-sources.js';

/**
 * Customers' files from the Bot API: `getFile` gives a path, the bytes come from
 * `<api root>/file/bot<token>/<path>` as a stream. Telegram refuses files over 20 MB to bots with a 400:
 * that is final and recorded on the attachment; anything else may work on a later try.
 */
export function telegramFileSource(telegram: Telegram, apiRoot: string, token: string): MessengerFileSource {
  return {
    async fetch(fileRef, signal) {
      let file: Awaited<ReturnType<Telegram['getFile']>>;
      try {
        file = await telegram.getFile(fileRef);
      } catch (error) {
        if (error instanceof TelegramError && error.code === 400)
          throw new RemoteFileRefused(
            `Telegram refused the file (${error.description}); bots can download files up to 20 MB`,
          );
        // No `cause`: a network error's message holds the request URL, and the URL holds the bot token.
        // eslint-disable-next-line preserve-caught-error
        throw new Error(error instanceof TelegramError ? `getFile: telegram ${error.code}` : 'getFile failed');
      }
      if (!file.file_path) throw new RemoteFileRefused('Telegram gave no download path for the file');
      const url = new URL(`file/bot${token}/${file.file_path}`, `${apiRoot.replace(/\/+$/, '')}/`);
      // The URL holds the token: errors are rethrown without it.
      const response = await fetch(url, { signal }).catch(() => {
        throw new Error('downloading the file from Telegram failed');
      });
      if (!response.ok || !response.body)
        throw new Error(`downloading the file from Telegram answered ${response.status}`);
      return { body: response.body as AsyncIterable<Uint8Array>, size: file.file_size ?? null };
    },
  };
}
