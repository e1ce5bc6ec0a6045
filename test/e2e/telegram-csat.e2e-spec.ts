import request from 'supertest';
import { DataSource } from 'typeorm';
import { botTexts } from '../../src/messengers/bot-texts.js';
import { FakeTelegram, TelegramUpdates } from '../helpers/fake-telegram.js';
import { useTestApp } from '../helpers/test-app.js';

const SECRET = 'csat-flow-secret';

// The messenger survey's buttons go through the same rule as POST /v1/helpdesk/tickets/{id}/csat.
describe('CSAT rating from the Telegram survey', () => {
  const fake = new FakeTelegram();
  const ctx = useTestApp(async () => ({ TELEGRAM_BOT_TOKEN: '777:csat-flow', TELEGRAM_API_ROOT: await fake.start(), TELEGRAM_WEBHOOK_SECRET: SECRET, WORKERS_ENABLED: 'false' }));
  const tenant = ctx.useProject('Rated');
  const updates = new TelegramUpdates();
  const chat = 800_000 + Math.floor(Math.random() * 100_000);

  const post = (update: object) => request(ctx.app.getHttpServer()).post('/telegram/webhook').set('X-Telegram-Bot-Api-Secret-Token', SECRET).send(update).expect(200);
  const lastText = () => fake.callsOf('sendMessage', chat).at(-1)!.body.text;
  const ticketOf = async (id: string) => (await tenant.api.get(`/v1/helpdesk/tickets/${id}`).expect(200)).body;

  afterAll(async () => {
    await fake.stop();
  });

  it('stores the pressed rating once per closing and fires ticket.csat_received', async () => {
    await post(updates.start(chat, `help_${tenant.project.slug}`));
    await post(updates.callback(chat, 'm:new', 1));
    await post(updates.text(chat, 'Please rate me'));
    const [ticket] = (await tenant.api.get('/v1/helpdesk/tickets?channel=telegram').expect(200)).body.tickets;
    expect(ticket.chat_id).toBe(chat);

    // Not closed yet: the rating is refused.
    await post(updates.callback(chat, `cs:${ticket.id}:5`, 50));
    expect(lastText()).toBe(botTexts('en').csatAlready);
    expect((await ticketOf(ticket.id)).csat_rating).toBeNull();

    await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
    await post(updates.callback(chat, `cs:${ticket.id}:4`, 51));
    expect(lastText()).toBe(botTexts('en').csatThanks(4));
    expect((await ticketOf(ticket.id)).csat_rating).toBe(4);

    await post(updates.callback(chat, `cs:${ticket.id}:1`, 52));
    expect(lastText()).toBe(botTexts('en').csatAlready);
    expect((await ticketOf(ticket.id)).csat_rating).toBe(4);

    const db = ctx.app.get(DataSource);
    expect(await db.query(`SELECT rating, source FROM csat_rating WHERE ticket_id = $1`, [ticket.id])).toEqual([{ rating: 4, source: 'telegram' }]);
    const events = await db.query(`SELECT payload->>'csat_rating' AS rating FROM outbox_event WHERE aggregate_id = $1 AND event_type = 'ticket.csat_received'`, [ticket.id]);
    expect(events).toEqual([{ rating: '4' }]);
  });
});
