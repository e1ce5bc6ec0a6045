import request from 'supertest';
import { TelegramDeliveryWorker } from '../../src/messengers/telegram/telegram-delivery.worker.js';
import { FakeTelegram, type TelegramCall } from './fake-telegram.js';
import { TelegramUpdates } from './telegram-updates.js';
import { type TestAppHandle, type TestEnv, type TestProject, useTestApp } from './test-app.js';

export interface TelegramChat {
  ctx: TestAppHandle;
  fake: FakeTelegram;
  updates: TelegramUpdates;
  /** Posts an Update to the webhook with the right secret; the bot must answer 200. */
  post(update: object): request.Test;
  /** Every sendMessage call to the chat, oldest first. */
  sentTo(chat: number): TelegramCall[];
  lastSent(chat: number): TelegramCall;
  /** Resolves with the first sendMessage call to the chat (already made or future) that matches. */
  sendFor(chat: number, predicate?: (call: TelegramCall) => boolean): Promise<TelegramCall>;
  /** The project's Telegram tickets of one chat. */
  ticketsOf(project: TestProject, chat: number): Promise<Array<Record<string, any>>>;
  /** GET /v1/helpdesk/tickets/{id}: the ticket with its messages. */
  details(project: TestProject, id: string): Promise<Record<string, any>>;
  /** Help deep link, "Create ticket", then the description: returns the created ticket. */
  createTicketThroughBot(
    project: TestProject,
    chat: number,
    text: string,
    language?: string,
  ): Promise<Record<string, any>>;
  /** Runs the project's deliveries until the message reaches the delivery state. */
  waitForDelivery(project: TestProject, ticketId: string, messageId: string, delivery: string): Promise<void>;
}

/**
 * The file's app with the Telegram bot in webhook mode on its own fake Bot API (registered like useTestApp;
 * the fake stops after the app). Workers are off: deliveries run per project through runOnce, because
 * parallel test files share the database but not the fake Bot API.
 */
export function useTelegramChat(token: string, secret: string, env: TestEnv = {}): TelegramChat {
  const fake = new FakeTelegram();
  const ctx = useTestApp(async () => ({
    TELEGRAM_BOT_TOKEN: token,
    TELEGRAM_API_ROOT: await fake.start(),
    TELEGRAM_WEBHOOK_SECRET: secret,
    WORKERS_ENABLED: 'false',
    ...env,
  }));
  afterAll(async () => {
    await fake.stop();
  });
  const updates = new TelegramUpdates();
  const post = (update: object) =>
    request(ctx.app.getHttpServer())
      .post('/telegram/webhook')
      .set('X-Telegram-Bot-Api-Secret-Token', secret)
      .send(update)
      .expect(200);
  const sentTo = (chat: number) => fake.callsOf('sendMessage', chat);
  const ticketsOf = async (project: TestProject, chat: number) =>
    (
      (await project.api.get('/v1/helpdesk/tickets?channel=telegram&limit=100').expect(200)).body.tickets as Array<
        Record<string, any>
      >
    ).filter((t) => t.chat_id === chat);
  const details = async (project: TestProject, id: string) =>
    (await project.api.get(`/v1/helpdesk/tickets/${id}`).expect(200)).body;
  return {
    ctx,
    fake,
    updates,
    post,
    sentTo,
    lastSent: (chat) => sentTo(chat).at(-1)!,
    sendFor: (chat, predicate = () => true) =>
      fake.waitFor(
        (call) => call.method === 'sendMessage' && String(call.body.chat_id) === String(chat) && predicate(call),
      ),
    ticketsOf,
    details,
    async createTicketThroughBot(project, chat, text, language = 'en') {
      await post(updates.start(chat, `help_${project.project.slug}`, language));
      await post(updates.callback(chat, 'm:new', 1, language));
      await post(updates.text(chat, text, {}, language));
      const [ticket] = (await ticketsOf(project, chat)).filter((t) => t.subject === text.split('\n')[0]);
      return ticket;
    },
    async waitForDelivery(project, ticketId, messageId, delivery) {
      for (let i = 0; i < 200; i++) {
        await ctx.app.get(TelegramDeliveryWorker).runOnce(project.project.id);
        const message = (await details(project, ticketId)).messages.find((m: { id: string }) => m.id === messageId);
        if (message?.delivery === delivery) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`message ${messageId} never became ${delivery}`);
    },
  };
}

/** The inline keyboard buttons of a sent message, row after row. */
export const buttonsOf = (call: TelegramCall): Array<{ text: string; callback_data: string }> =>
  (call.body.reply_markup?.inline_keyboard ?? []).flat();

/** The message_id the fake Bot API gave a sent message. */
export const botMessageIdOf = (call: TelegramCall): number => Number(call.result.message_id);
