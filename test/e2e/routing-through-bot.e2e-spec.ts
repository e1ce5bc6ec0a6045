import { useTelegramChat } from '../helpers/telegram-chat.js';
import { addMember, outboxEvents } from '../helpers/tickets.js';

const SECRET = 'routing-through-bot-secret';

/** Tickets the bot creates go through TicketsService.create too, so they are routed and typed alike. */
describe('auto-routing and ticket types on tickets created by the Telegram bot', () => {
  const { ctx, updates, post, ticketsOf } = useTelegramChat('778:routing-flows', SECRET);
  const tenant = ctx.useProject('Bot routing');
  let agent: string;
  let bugType: string;
  let nextChat = 900_000 + Math.floor(Math.random() * 90_000);

  beforeAll(async () => {
    agent = await addMember(tenant.api, 'Triage');
    await tenant.api.put('/v1/helpdesk/settings', { helpdesk_ticket_types_enabled: true }).expect(200);
    bugType = (await tenant.api.post('/v1/helpdesk/ticket-types', { name: 'Bug', sort_order: 1 }).expect(201)).body.id;
    await tenant.api.post('/v1/helpdesk/ticket-types', { name: 'Question', sort_order: 2 }).expect(201);
    await tenant.api
      .post('/v1/helpdesk/routing-rules', {
        name: 'Telegram crash bugs',
        condition: { channel: 'telegram', ticket_type: 'bug', text_contains: 'CRASH' },
        action: { assign_to: agent, set_priority: 'urgent', add_tag: 'crash' },
      })
      .expect(201);
  });

  async function createThroughBot(chat: number, typeId: string, text: string) {
    await post(updates.start(chat, `help_${tenant.project.slug}`));
    await post(updates.callback(chat, 'm:new', 1));
    await post(updates.callback(chat, `ty:${typeId}`, 2));
    await post(updates.text(chat, text));
    const [ticket] = await ticketsOf(tenant, chat);
    return ticket;
  }

  it('routes a matching bot ticket (typed, assigned, urgent, tagged): ticket.created, ticket.assigned', async () => {
    const ticket = await createThroughBot(nextChat++, bugType, 'The app crashes on start');
    expect(ticket).toMatchObject({
      ticket_type_id: bugType,
      ticket_type_name: 'Bug',
      assigned_to: agent,
      priority: 'urgent',
      tags: ['crash'],
    });
    const webhooks = (await outboxEvents(ctx.app, tenant.project.id)).filter(
      (event) => event.topic === 'webhook' && event.aggregate_id === ticket.id,
    );
    expect(webhooks.map((event) => event.event_type)).toEqual(['ticket.created', 'ticket.assigned']);
    expect(webhooks[0].payload).toMatchObject({ assigned_to: agent, priority: 'urgent', tags: ['crash'] });
  });

  it('leaves a bot ticket of another type unrouted', async () => {
    const types = (await tenant.api.get('/v1/helpdesk/ticket-types').expect(200)).body.ticket_types as Array<{
      id: string;
      name: string;
    }>;
    const question = types.find((type) => type.name === 'Question')!;
    const ticket = await createThroughBot(nextChat++, question.id, 'The app crashes on start');
    expect(ticket).toMatchObject({ ticket_type_name: 'Question', assigned_to: null, priority: 'normal', tags: [] });
  });
});
