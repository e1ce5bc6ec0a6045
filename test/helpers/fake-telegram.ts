import { createHash } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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

/** One uploaded file part, parsed byte for byte. */
export interface UploadedFile {
  filename: string | null;
  data: Buffer;
  sha256: string;
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

type Waiter = { predicate: (call: TelegramCall) => boolean; resolve: (call: TelegramCall) => void };

/**
 * A small stand-in for the Telegram Bot API: `POST /bot<token>/<method>` with a JSON (or form) body,
 * answered with Bot API JSON. Every call is recorded so tests can assert on what reached Telegram, and
 * failures can be scripted per method and chat (429 with retry_after, 403 blocked, 500, dropped
 * connections). Listens on 127.0.0.1, port 0.
 */
export class FakeTelegram {
  readonly calls: TelegramCall[] = [];
  readonly botUser = { id: 7000001, is_bot: true, first_name: 'Zapnoty Test Bot', username: 'zapnoty_test_bot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };
  private readonly failures: ScriptedFailure[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly updates: Array<Record<string, unknown>> = [];
  private readonly pollers: Array<() => void> = [];
  private server?: Server;
  private nextMessageId = 1000;
  private readonly hostedFiles = new Map<string, HostedFile>();
  /** Downloads served from `/file/bot<token>/<path>`, by file path. */
  readonly downloads: string[] = [];
  webhook: { url: string; secret_token?: string } | null = null;

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    for (const release of this.pollers.splice(0)) release();
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  /** The next `times` calls of `method` (to `chatId`, when given) get this answer instead. */
  fail(failure: ScriptedFailure): void {
    this.failures.push({ times: 1, ...failure });
  }

  callsOf(method: string, chatId?: number | string): TelegramCall[] {
    return this.calls.filter((call) => call.method === method && (chatId === undefined || String(call.body.chat_id) === String(chatId)));
  }

  /** Text of every message sent to a chat, oldest first. */
  textsTo(chatId: number | string): string[] {
    return this.callsOf('sendMessage', chatId).map((call) => String(call.body.text));
  }

  /** Resolves with the first call (already received or future) that matches. */
  waitFor(predicate: (call: TelegramCall) => boolean, timeoutMs = 10_000): Promise<TelegramCall> {
    const seen = this.calls.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake Telegram: no matching call within ${timeoutMs} ms; calls: ${JSON.stringify(this.calls.map((c) => [c.method, c.body.chat_id, c.body.text]))}`)), timeoutMs);
      this.waiters.push({
        predicate,
        resolve: (call) => {
          clearTimeout(timer);
          resolve(call);
        },
      });
    });
  }

  /** Waits until `count` calls match (the n-th matching call is returned). */
  async waitForCount(predicate: (call: TelegramCall) => boolean, count: number, timeoutMs = 10_000): Promise<TelegramCall[]> {
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
  hostFile(fileId: string, data: Buffer, options: { tooBig?: boolean; reportedSize?: number; extension?: string } = {}): void {
    this.hostedFiles.set(fileId, { data, filePath: `files/${fileId}.${options.extension ?? 'bin'}`, tooBig: options.tooBig ?? false, reportedSize: options.reportedSize });
  }

  /** Queues an update for getUpdates (long polling mode). */
  pushUpdate(update: Record<string, unknown>): void {
    this.updates.push(update);
    for (const release of this.pollers.splice(0)) release();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
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

    const failure = this.failures.find((f) => f.method === method && (f.chatId === undefined || String(f.chatId) === String(body.chat_id)));
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
      if (pending().length === 0) {
        // Long polling: hold the request briefly (tests stop the server to release it).
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(Number(body.timeout ?? 0), 1) * 1000);
          this.pollers.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      this.notify(call);
      return this.answer(res, 200, { ok: true, result: pending() });
    }

    if (method === 'getFile') {
      const hosted = this.hostedFiles.get(String(body.file_id));
      this.notify(call);
      if (!hosted) return this.answer(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
      if (hosted.tooBig) return this.answer(res, 400, { ok: false, error_code: 400, description: 'Bad Request: file is too big' });
      const result = { file_id: body.file_id, file_unique_id: `u-${body.file_id}`, file_size: hosted.reportedSize ?? hosted.data.length, file_path: hosted.filePath };
      call.result = result;
      return this.answer(res, 200, { ok: true, result });
    }

    const result = this.resultFor(method, body);
    call.result = result;
    this.notify(call);
    this.answer(res, 200, { ok: true, result });
  }

  private resultFor(method: string, body: Record<string, any>): unknown {
    const chat = { id: Number(body.chat_id), type: 'private' };
    const date = Math.floor(Date.now() / 1000);
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
        return { message_id: this.nextMessageId++, date, chat, from: this.botUser, text: body.text, ...(body.reply_markup ? { reply_markup: parseMaybeJson(body.reply_markup) } : {}) };
      case 'sendPhoto':
      case 'sendDocument':
      case 'sendVoice':
        return { message_id: this.nextMessageId++, date, chat, from: this.botUser, caption: body.caption };
      case 'sendMediaGroup': {
        const media = parseMaybeJson(body.media) as Array<Record<string, unknown>>;
        const groupId = `g${this.nextMessageId}`;
        return media.map((item) => ({ message_id: this.nextMessageId++, date, chat, from: this.botUser, media_group_id: groupId, caption: item.caption }));
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

  private notify(call: TelegramCall): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(call)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
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

  private answer(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseMaybeJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * Telegraf sends JSON, or multipart/form-data when a file is uploaded (Bot API "Sending files"): fields
 * are text (JSON for objects such as `media`), file parts keep their bytes exactly.
 */
function parseBody(raw: Buffer, contentType: string): { fields: Record<string, any>; files: Record<string, UploadedFile> } {
  const files: Record<string, UploadedFile> = {};
  if (raw.length === 0) return { fields: {}, files };
  if (contentType.includes('application/json')) return { fields: JSON.parse(raw.toString('utf8')) as Record<string, any>, files };
  if (contentType.includes('application/x-www-form-urlencoded')) return { fields: Object.fromEntries(new URLSearchParams(raw.toString('utf8'))), files };
  const boundary = /boundary=("?)([^";]+)\1/.exec(contentType)?.[2];
  if (!boundary) return { fields: { raw: raw.toString('utf8') }, files };
  const fields: Record<string, any> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let position = raw.indexOf(delimiter);
  while (position !== -1) {
    const start = position + delimiter.length;
    if (raw.subarray(start, start + 2).toString() === '--') break;
    const next = raw.indexOf(delimiter, start);
    if (next === -1) break;
    // A part: CRLF, headers, CRLF CRLF, body, CRLF before the next delimiter.
    const part = raw.subarray(start + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const data = part.subarray(headerEnd + 4);
    const name = /name="([^"]+)"/.exec(headers)?.[1];
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    if (name && filename !== undefined) {
      files[name] = { filename, data: Buffer.from(data), sha256: createHash('sha256').update(data).digest('hex') };
      fields[name] = `<file ${filename}>`;
    } else if (name) {
      fields[name] = parseMaybeJson(data.toString('utf8'));
    }
    position = next;
  }
  return { fields, files };
}

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
    return this.text(chatId, text, { reply_to_message: { message_id: botMessageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private' }, text: '…' } });
  }

  /** A media message (Bot API Message fields: photo sizes, document, video, audio, voice, sticker, animation). */
  media(chatId: number, kind: 'photo' | 'document' | 'video' | 'audio' | 'voice' | 'sticker' | 'animation', fileId: string, extra: Record<string, unknown> = {}): Record<string, any> {
    const file = { file_id: fileId, file_unique_id: `u-${fileId}`, file_size: 1000 };
    const content: Record<string, unknown> = {
      photo: { photo: [{ ...file, file_id: `${fileId}-small`, width: 90, height: 90, file_size: 100 }, { ...file, width: 1280, height: 960 }] },
      document: { document: { ...file, file_name: 'report.pdf', mime_type: 'application/pdf' } },
      video: { video: { ...file, width: 640, height: 480, duration: 3, file_name: 'clip.mp4', mime_type: 'video/mp4' } },
      audio: { audio: { ...file, duration: 60, file_name: 'song.mp3', mime_type: 'audio/mpeg' } },
      voice: { voice: { ...file, duration: 4, mime_type: 'audio/ogg' } },
      sticker: { sticker: { ...file, width: 512, height: 512, type: 'regular', is_animated: false, is_video: false } },
      // Telegram sends an animation with a document field too.
      animation: { animation: { ...file, width: 320, height: 240, duration: 2, file_name: 'fun.mp4', mime_type: 'video/mp4' }, document: { ...file, file_name: 'fun.mp4', mime_type: 'video/mp4' } },
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
        message: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private' }, text: '…' },
      },
    };
  }
}
