import { DataSource } from 'typeorm';
import { botTexts } from '../../src/messengers/bot-texts.js';
import { useTelegramChat } from '../helpers/telegram-chat.js';

const SECRET = 'csat-flow-secret';

// The messenger survey's buttons go through the same rule as POST /v1/helpdesk/tickets/{id}/csat.
describe('CSAT rating from the Telegram survey', () => {
  const { ctx, fake, updates, post, details } = useTelegramChat('777:csat-flow', SECRET);
  const tenant = ctx.useProject('Rated');
  const chat = 800_000 + Math.floor(Math.random() * 100_000);

  const lastText = () => fake.callsOf('sendMessage', chat).at(-1)!.body.text;

  it('stores the pressed rating once per closing and fires ticket.csat_received', async () => {
    await post(updates.start(chat, `help_${tenant.project.slug}`));
    await post(updates.callback(chat, 'm:new', 1));
    await post(updates.text(chat, 'Please rate me'));
    const [ticket] = (await tenant.api.get('/v1/helpdesk/tickets?channel=telegram').expect(200)).body.tickets;
    expect(ticket.chat_id).toBe(chat);

    // Not closed yet: the rating is refused.
    await post(updates.callback(chat, `cs:${ticket.id}:5`, 50));
    expect(lastText()).toBe(botTexts('en').csatAlready);
    expect((await details(tenant, ticket.id)).csat_rating).toBeNull();

    await tenant.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
    await post(updates.callback(chat, `cs:${ticket.id}:4`, 51));
    expect(lastText()).toBe(botTexts('en').csatThanks(4));
    expect((await details(tenant, ticket.id)).csat_rating).toBe(4);

    await post(updates.callback(chat, `cs:${ticket.id}:1`, 52));
    expect(lastText()).toBe(botTexts('en').csatAlready);
    expect((await details(tenant, ticket.id)).csat_rating).toBe(4);

    const db = ctx.app.get(DataSource);
    expect(await db.query(`SELECT rating, source FROM csat_rating WHERE ticket_id = $1`, [ticket.id])).toEqual([
      { rating: 4, source: 'telegram' },
    ]);
    const events = await db.query(
      `SELECT payload->>'csat_rating' AS rating FROM outbox_event WHERE aggregate_id = $1
         AND event_type = 'ticket.csat_received'`,
      [ticket.id],
    );
    expect(events).toEqual([{ rating: '4' }]);
  });
});
