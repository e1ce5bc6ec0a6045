import type { IncomingMessage, ServerResponse } from 'node:http';
import { FakeApiServer, readBody } from './fake-api-server.js';
import { FakeForums } from './fake-telegram-forums.js';
import { parseBody, parseMaybeJson, type UploadedFile } from './multipart-body.js';

/** One Bot API call the fake server received. */
export interface TelegramCall {
  token: string;
  method: string;
  body: Record<string, any>;
  at: number;
  /** What the fake answered (`result` of a successful call), e.g. the sent message with its message_id. */
  result?: any;
  /** File parts of a multipart upload (sendPhoto, sendDocument, sendMediaGroup), by part name. */
  files: Record<string, UploadedFile>;
}

/** A file the fake Bot API holds for getFile and `/file/bot<token>/<file_path>`. */
interface HostedFile {
  data: Buffer;
  filePath: string;
  /** getFile answers 400 "file is too big" (Telegram's answer for files over 20 MB). */
  tooBig: boolean;
  /** The size getFile reports (defaults to the bytes' length). */
  reportedSize?: number;
}

/** A scripted answer that replaces the normal one for the next matching call. */
export interface ScriptedFailure {
  method: string;
  chatId?: number | string;
  status: number;
  description: string;
  retryAfter?: number;
  /** How many matching calls fail before the server answers normally again. Default 1. */
  times?: number;
  /** Let this many matching calls through first (fail the second part of a split message: 1). */
  after?: number;
  /** Close the connection without answering (a network failure). */
  dropConnection?: boolean;
}

/**
 * A small stand-in for the Telegram Bot API: `POST /bot<token>/<method>` with a JSON (or form) body,
 * answered with Bot API JSON. Every call is recorded so tests can assert on what reached Telegram, and
 * failures can be scripted per method and chat (429 with retry_after, 403 blocked, 500, dropped
 * connections). Listens on 127.0.0.1, port 0.
 */
export class FakeTelegram extends FakeApiServer<TelegramCall> {
  protected readonly label = 'fake Telegram';
  readonly botUser = {
    id: 7000001,
    is_bot: true,
    first_name: 'Zapnoty Test Bot',
    username: 'zapnoty_test_bot',
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
  };
  private readonly failures: ScriptedFailure[] = [];
  private nextMessageId = 1000;
  private readonly hostedFiles = new Map<string, HostedFile>();
  /** Downloads served from `/file/bot<token>/<path>`, by file path. */
  readonly downloads: string[] = [];
  webhook: { url: string; secret_token?: string } | null = null;
  /** Forum supergroups the bot is in (topics, rights, removal): see fake-telegram-forums.ts. */
  readonly forums = new FakeForums();

  /** The next `times` calls of `method` (to `chatId`, when given) get this answer instead. */
  fail(failure: ScriptedFailure): void {
    this.failures.push({ times: 1, ...failure });
  }

  callsOf(method: string, chatId?: number | string): TelegramCall[] {
    return this.calls.filter(
      (call) => call.method === method && (chatId === undefined || String(call.body.chat_id) === String(chatId)),
    );
  }

  /** Text of every message sent to a chat, oldest first. */
  textsTo(chatId: number | string): string[] {
    return this.callsOf('sendMessage', chatId).map((call) => String(call.body.text));
  }

  /** Waits until `count` calls match (the n-th matching call is returned). */
  async waitForCount(
    predicate: (call: TelegramCall) => boolean,
    count: number,
    timeoutMs = 10_000,
  ): Promise<TelegramCall[]> {
    let seen = 0;
    await this.waitFor((call) => predicate(call) && ++seen >= count, timeoutMs).catch(async (error) => {
      if (this.calls.filter(predicate).length >= count) return;
      throw error;
    });
    return this.calls.filter(predicate);
  }

  /**
   * Makes a file available like Telegram's servers: getFile gives its path, `/file/bot<token>/<path>`
   * its bytes. `tooBig`: getFile refuses it as Telegram does for files over 20 MB.
   */
  hostFile(
    fileId: string,
    data: Buffer,
    options: { tooBig?: boolean; reportedSize?: number; extension?: string } = {},
  ): void {
    this.hostedFiles.set(fileId, {
      data,
      filePath: `files/${fileId}.${options.extension ?? 'bin'}`,
      tooBig: options.tooBig ?? false,
      reportedSize: options.reportedSize,
    });
  }

  protected summary(call: TelegramCall): unknown {
    return [call.method, call.body.chat_id, call.body.text];
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url?.split('?')[0] ?? '';
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(path);
    if (download && req.method === 'GET') return this.serveFile(download[2], res);
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(path);
    const raw = await readBody(req);
    if (!match) return this.answer(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method] = match;
    const { fields: body, files } = parseBody(raw, req.headers['content-type'] ?? '');
    const call: TelegramCall = { token, method, body, at: Date.now(), files };
    this.calls.push(call);

    const failure = this.failures.find(
      (f) => f.method === method && (f.chatId === undefined || String(f.chatId) === String(body.chat_id)),
    );
    if (failure && (failure.after ?? 0) > 0) {
      failure.after! -= 1;
    } else if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      if (failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      this.notify(call);
      if (failure.dropConnection) {
        req.socket.destroy();
        return;
      }
      return this.answer(res, failure.status, {
        ok: false,
        error_code: failure.status,
        description: failure.description,
        ...(failure.retryAfter === undefined ? {} : { parameters: { retry_after: failure.retryAfter } }),
      });
    }

    if (method === 'getUpdates') {
      const offset = Number(body.offset ?? 0);
      const pending = () => this.updates.filter((u) => Number(u.update_id) >= offset);
      if (pending().length === 0) await this.holdPoll(Number(body.timeout ?? 0));
      this.notify(call);
      return this.answer(res, 200, { ok: true, result: pending() });
    }

    if (method === 'getFile') {
      const hosted = this.hostedFiles.get(String(body.file_id));
      this.notify(call);
      if (!hosted)
        return this.answer(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
      if (hosted.tooBig)
        return this.answer(res, 400, { ok: false, error_code: 400, description: 'Bad Request: file is too big' });
      const result = {
        file_id: body.file_id,
        file_unique_id: `u-${body.file_id}`,
        file_size: hosted.reportedSize ?? hosted.data.length,
        file_path: hosted.filePath,
      };
      call.result = result;
      return this.answer(res, 200, { ok: true, result });
    }

    const forum = this.forums.handle(method, body);
    if (forum && 'status' in forum) {
      this.notify(call);
      return this.answer(res, forum.status, { ok: false, error_code: forum.status, description: forum.description });
    }
    const result = forum ? forum.result : this.resultFor(method, body);
    call.result = result;
    this.notify(call);
    this.answer(res, 200, { ok: true, result });
  }

  private resultFor(method: string, body: Record<string, any>): unknown {
    const chat = this.forums.chatOf(Number(body.chat_id)) ?? { id: Number(body.chat_id), type: 'private' };
    const date = Math.floor(Date.now() / 1000);
    // In a forum, a message sent with message_thread_id is a message of that topic.
    const thread =
      body.message_thread_id === undefined
        ? {}
        : { message_thread_id: Number(body.message_thread_id), is_topic_message: true };
    switch (method) {
      case 'getMe':
        return this.botUser;
      case 'setWebhook':
        this.webhook = { url: String(body.url), secret_token: body.secret_token };
        return true;
      case 'deleteWebhook':
        this.webhook = null;
        return true;
      case 'getWebhookInfo':
        return { url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: 0 };
      case 'sendMessage':
        return {
          message_id: this.nextMessageId++,
          date,
          chat,
          ...thread,
          from: this.botUser,
          text: body.text,
          ...(body.reply_markup ? { reply_markup: parseMaybeJson(body.reply_markup) } : {}),
        };
      case 'sendPhoto':
      case 'sendDocument':
      case 'sendVoice':
      case 'sendVideo':
      case 'sendAudio':
      case 'sendAnimation':
      case 'sendSticker':
        return { message_id: this.nextMessageId++, date, chat, ...thread, from: this.botUser, caption: body.caption };
      case 'sendMediaGroup': {
        const media = parseMaybeJson(body.media) as Array<Record<string, unknown>>;
        const groupId = `g${this.nextMessageId}`;
        return media.map((item) => ({
          message_id: this.nextMessageId++,
          date,
          chat,
          ...thread,
          from: this.botUser,
          media_group_id: groupId,
          caption: item.caption,
        }));
      }
      case 'editMessageText':
        return { message_id: Number(body.message_id), date, chat, from: this.botUser, text: body.text };
      case 'editMessageReplyMarkup':
        return { message_id: Number(body.message_id), date, chat, from: this.botUser };
      case 'answerCallbackQuery':
      case 'deleteMessage':
      case 'setMyCommands':
      case 'sendChatAction':
        return true;
      default:
        return true;
    }
  }

  /** The file download endpoint of the Bot API, streamed in pieces like a real server would. */
  private serveFile(filePath: string, res: ServerResponse): void {
    const hosted = [...this.hostedFiles.values()].find((file) => file.filePath === filePath);
    if (!hosted || hosted.tooBig) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return void res.end('Not Found');
    }
    this.downloads.push(filePath);
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(hosted.data.length) });
    const step = 64 * 1024;
    let offset = 0;
    const pump = () => {
      while (offset < hosted.data.length) {
        const piece = hosted.data.subarray(offset, offset + step);
        offset += piece.length;
        if (!res.write(piece)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  }
}
