import type { IncomingMessage, ServerResponse } from 'node:http';
import { FakeApiServer, readBody } from './fake-api-server.js';
import { parseBody } from './multipart-body.js';

/** One Max Bot API request the fake received. `route` is `METHOD /path` (`POST /messages`). */
export interface MaxCall {
  route: string;
  query: Record<string, string>;
  body: any;
  authorization: string | undefined;
  at: number;
  /** What the fake answered on success (the sent message with its mid, …). */
  result?: any;
}

/** A scripted error answer for the next matching requests. */
export interface MaxScriptedFailure {
  route: string;
  /** Only requests addressed to this user (`?user_id=`). */
  userId?: number | string;
  status: number;
  code: string;
  message: string;
  /** Seconds, sent as the Retry-After header of a 429. */
  retryAfter?: number;
  /** How many matching requests fail. Default 1. */
  times?: number;
}

/**
 * A stand-in for the Max Bot API, written from dev.max.ru: the token in the `Authorization` header (401
 * `verify.token` otherwise); `GET /me`; `POST /messages?user_id=|chat_id=` answering `{ message }` with a
 * `mid`; `PUT /messages?message_id=`; `POST /answers?callback_id=`; `POST /uploads?type=` answering an upload
 * URL, to which the file is POSTed as multipart `data` (answered with its token, or `photos` for images);
 * `GET/POST/DELETE /subscriptions`; `GET /updates?marker=&timeout=` answering `{ updates, marker }`. Errors
 * are `{ code, message }` with the HTTP status; a 429 carries Retry-After. Every request is recorded.
 */
export class FakeMax extends FakeApiServer<MaxCall> {
  protected readonly label = 'fake Max';
  readonly bot = {
    user_id: 9_000_001,
    first_name: 'Zapnoty Test Bot',
    name: 'Zapnoty Test Bot',
    username: 'zapnoty_test_bot',
    is_bot: true,
    last_activity_time: 0,
  };
  subscriptions: Array<{ url: string; secret?: string; update_types?: string[]; time: number }> = [];
  /** Bytes received on upload URLs, by upload token. */
  readonly uploads = new Map<string, { type: string; fileName: string | null; bytes: Buffer }>();
  private readonly failures: MaxScriptedFailure[] = [];
  private readonly hostedFiles = new Map<string, Buffer>();
  private baseUrl = '';
  private nextSeq = 1;
  private nextUpload = 1;

  constructor(private readonly token: string) {
    super();
  }

  async start(): Promise<string> {
    this.baseUrl = await super.start();
    return this.baseUrl;
  }

  fail(failure: MaxScriptedFailure): void {
    this.failures.push({ times: 1, ...failure });
  }

  callsOf(route: string, userId?: number | string): MaxCall[] {
    return this.calls.filter(
      (call) => call.route === route && (userId === undefined || call.query.user_id === String(userId)),
    );
  }

  /** Messages the bot sent to a user (successful ones), oldest first. */
  sentTo(userId: number | string): MaxCall[] {
    return this.callsOf('POST /messages', userId).filter((call) => call.result);
  }

  textsTo(userId: number | string): string[] {
    return this.sentTo(userId).map((call) => String(call.body.text ?? ''));
  }

  /** Serves `bytes` at the returned URL, as Max's file storage serves an attachment's `payload.url`. */
  hostFile(name: string, bytes: Buffer): string {
    this.hostedFiles.set(name, bytes);
    return `${this.baseUrl}/files/${name}`;
  }

  protected summary(call: MaxCall): unknown {
    return [call.route, call.query, call.body?.text];
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    const route = `${req.method} ${url.pathname}`;
    const query = Object.fromEntries(url.searchParams);
    const uploadMatch = /^\/upload\/(\d+)$/.exec(url.pathname);
    if (uploadMatch && req.method === 'POST')
      return this.receiveUpload(uploadMatch[1], query, raw, req.headers['content-type'] ?? '', res);
    const fileMatch = /^\/files\/([^/]+)$/.exec(url.pathname);
    if (fileMatch && req.method === 'GET') {
      const call: MaxCall = {
        route: 'GET /files',
        query: { name: fileMatch[1] },
        body: null,
        authorization: req.headers.authorization,
        at: Date.now(),
      };
      this.calls.push(call);
      const bytes = this.hostedFiles.get(fileMatch[1]);
      if (!bytes) return this.answer(res, 404, { code: 'not.found', message: 'file not found' });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) });
      return void res.end(bytes);
    }

    const contentType = req.headers['content-type'] ?? '';
    const body = raw.length > 0 && contentType.includes('application/json') ? JSON.parse(raw.toString('utf8')) : {};
    const call: MaxCall = { route, query, body, authorization: req.headers.authorization, at: Date.now() };
    this.calls.push(call);

    if (req.headers.authorization !== this.token) {
      this.notify(call);
      return this.answer(res, 401, { code: 'verify.token', message: 'Invalid access_token' });
    }
    const failure = this.failures.find(
      (f) => f.route === route && (f.userId === undefined || String(f.userId) === query.user_id),
    );
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      if (failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      this.notify(call);
      return this.answer(
        res,
        failure.status,
        { code: failure.code, message: failure.message },
        failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) },
      );
    }

    if (route === 'GET /updates') {
      const marker = Number(query.marker ?? 0);
      const pending = () => this.updates.slice(marker);
      if (pending().length === 0) await this.holdPoll(Number(query.timeout ?? 0));
      const updates = pending();
      this.notify(call);
      return this.answer(res, 200, { updates, marker: marker + updates.length });
    }

    const result = this.resultFor(route, query, body);
    if (result === undefined) {
      this.notify(call);
      return this.answer(res, 404, { code: 'not.found', message: `no route ${route}` });
    }
    call.result = result;
    this.notify(call);
    this.answer(res, 200, result);
  }

  private resultFor(route: string, query: Record<string, string>, body: any): unknown {
    switch (route) {
      case 'GET /me':
        return this.bot;
      case 'POST /messages': {
        const seq = this.nextSeq++;
        const message = {
          sender: this.bot,
          recipient: {
            chat_id: query.chat_id ? Number(query.chat_id) : null,
            chat_type: 'dialog',
            user_id: query.user_id ? Number(query.user_id) : null,
          },
          timestamp: Date.now(),
          body: { mid: `mid.fake.${seq}`, seq, text: body.text ?? null, attachments: body.attachments ?? null },
        };
        return { message };
      }
      case 'PUT /messages':
      case 'POST /answers':
        return { success: true };
      case 'POST /uploads': {
        const id = this.nextUpload++;
        // Video and audio get their token with the upload URL; image and file get it from the upload answer.
        return ['video', 'audio'].includes(query.type)
          ? { url: `${this.baseUrl}/upload/${id}?type=${query.type}`, token: `token-${id}` }
          : { url: `${this.baseUrl}/upload/${id}?type=${query.type}` };
      }
      case 'GET /subscriptions':
        return { subscriptions: this.subscriptions };
      case 'POST /subscriptions':
        this.subscriptions = [
          { url: body.url, secret: body.secret, update_types: body.update_types, time: Date.now() },
        ];
        return { success: true };
      case 'DELETE /subscriptions':
        this.subscriptions = this.subscriptions.filter((s) => s.url !== query.url);
        return { success: true };
      default:
        return undefined;
    }
  }

  private receiveUpload(
    id: string,
    query: Record<string, string>,
    raw: Buffer,
    contentType: string,
    res: ServerResponse,
  ): void {
    // The file is the multipart part named `data`.
    const file = contentType.includes('multipart/form-data') ? parseBody(raw, contentType).files.data : undefined;
    const token = `token-${id}`;
    this.uploads.set(token, { type: query.type ?? 'file', fileName: file?.filename ?? null, bytes: file?.data ?? raw });
    const call: MaxCall = {
      route: `POST /upload`,
      query,
      body: { fileName: file?.filename, size: file?.data.length ?? raw.length },
      authorization: undefined,
      at: Date.now(),
      result: { token },
    };
    this.calls.push(call);
    this.notify(call);
    if (query.type === 'image') return this.answer(res, 200, { photos: { [`photo-${id}`]: { token } } });
    this.answer(res, 200, { token });
  }
}

/** Builders for the Update objects Max would POST to the webhook (dev.max.ru, "Update"). */
export class MaxUpdates {
  private seq = 1;

  user(userId: number, firstName = 'Ivan', username: string | null = 'ivan_p') {
    return {
      user_id: userId,
      first_name: firstName,
      last_name: 'Petrov',
      name: `${firstName} Petrov`,
      username,
      is_bot: false,
      last_activity_time: Date.now(),
    };
  }

  /** What a deep link `https://max.ru/<bot>?start=<payload>` sends. */
  botStarted(userId: number, payload: string | null, locale = 'en') {
    return {
      update_type: 'bot_started',
      timestamp: Date.now() + this.seq++,
      chat_id: userId + 1,
      user: this.user(userId),
      payload,
      user_locale: locale,
    };
  }

  message(
    userId: number,
    body: { text?: string | null; attachments?: unknown[] },
    extra: Record<string, unknown> = {},
    locale = 'en',
  ) {
    const seq = this.seq++;
    return {
      update_type: 'message_created',
      timestamp: Date.now() + seq,
      message: {
        sender: this.user(userId),
        recipient: { chat_id: userId + 1, chat_type: 'dialog', user_id: null },
        timestamp: Date.now(),
        body: {
          mid: `mid.user.${userId}.${seq}.${Math.random().toString(36).slice(2, 8)}`,
          seq,
          text: body.text ?? null,
          attachments: body.attachments ?? null,
        },
        ...extra,
      },
      user_locale: locale,
    };
  }

  text(userId: number, text: string, locale = 'en') {
    return this.message(userId, { text }, {}, locale);
  }

  /** A message with one media attachment (`image`, `video`, `audio`, `file`) whose bytes are at `url`. */
  media(
    userId: number,
    type: 'image' | 'video' | 'audio' | 'file',
    url: string,
    extra: { text?: string; filename?: string; size?: number } = {},
  ) {
    const attachment = {
      type,
      payload: { url, token: `tok-${Math.random().toString(36).slice(2, 8)}` },
      ...(type === 'file' ? { filename: extra.filename ?? 'file.bin', size: extra.size ?? 0 } : {}),
    };
    return this.message(userId, { text: extra.text ?? null, attachments: [attachment] });
  }

  /** The customer edited their message `mid`. */
  edited(userId: number, mid: string, text: string) {
    return {
      update_type: 'message_edited',
      timestamp: Date.now() + this.seq++,
      message: {
        sender: this.user(userId),
        recipient: { chat_id: userId + 1, chat_type: 'dialog', user_id: null },
        timestamp: Date.now(),
        body: { mid, seq: 0, text },
      },
    };
  }

  /** A reply to a message of the bot (its mid). */
  replyTo(userId: number, mid: string, text: string) {
    return this.message(userId, { text }, { link: { type: 'reply', message: { mid, seq: 0, text: '…' } } });
  }

  /** A button press on the bot's message `mid`. */
  callback(userId: number, payload: string, mid: string, locale = 'en') {
    const seq = this.seq++;
    return {
      update_type: 'message_callback',
      timestamp: Date.now() + seq,
      callback: {
        timestamp: Date.now(),
        callback_id: `cb.${userId}.${seq}.${Math.random().toString(36).slice(2, 8)}`,
        payload,
        user: this.user(userId),
      },
      message: {
        sender: null,
        recipient: { chat_id: userId + 1, chat_type: 'dialog', user_id: userId },
        timestamp: Date.now(),
        body: { mid, seq: 0, text: '…' },
      },
      user_locale: locale,
    };
  }
}
