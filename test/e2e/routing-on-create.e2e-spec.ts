import { type TestProject, useTestApp } from '../helpers/test-app.js';
import { addMember, createTicket, outboxEvents, subscribeChat } from '../helpers/tickets.js';

/**
 * Auto-routing on ticket creation: enabled rules are tried by order_index (the older first on a tie) and the
 * first whose condition (channel, subject, text, ticket type) matches applies its action (assign, priority,
 * tag). Each case gets a fresh project with two agents (anna, boris) and two types (Bug, Billing), creates
 * its rules in order, then one ticket, and checks the routed ticket and the ticket.created event.
 */
interface Fixture {
  tenant: TestProject;
  anna: string;
  boris: string;
  bugType: string;
  billingType: string;
}

type RuleSpec = (f: Fixture) => {
  condition: Record<string, unknown>;
  action: Record<string, unknown>;
  order_index?: number;
  enabled?: boolean;
};

interface RoutingCase {
  name: string;
  rules: RuleSpec[];
  ticket: (f: Fixture) => Record<string, unknown>;
  expected: (f: Fixture) => { assigned_to: string | null; priority: string; tags: string[] };
}

const UNROUTED = () => ({ assigned_to: null, priority: 'normal', tags: [] });

const CASES: RoutingCase[] = [
  {
    name: 'channel: a telegram rule routes a telegram ticket',
    rules: [() => ({ condition: { channel: 'telegram' }, action: { set_priority: 'urgent' } })],
    ticket: () => ({ channel: 'telegram', chat_id: 1001 }),
    expected: () => ({ assigned_to: null, priority: 'urgent', tags: [] }),
  },
  {
    name: 'channel: a telegram rule leaves a virtual ticket alone',
    rules: [() => ({ condition: { channel: 'telegram' }, action: { set_priority: 'urgent' } })],
    ticket: () => ({ channel: 'virtual' }),
    expected: UNROUTED,
  },
  {
    name: 'subject_contains ignores case',
    rules: [() => ({ condition: { subject_contains: 'REFUND' }, action: { add_tag: 'billing' } })],
    ticket: () => ({ subject: 'Please refund my order' }),
    expected: () => ({ assigned_to: null, priority: 'normal', tags: ['billing'] }),
  },
  {
    name: 'subject_contains never matches a ticket without a subject',
    rules: [() => ({ condition: { subject_contains: 'refund' }, action: { add_tag: 'billing' } })],
    ticket: () => ({ text: 'refund please' }),
    expected: UNROUTED,
  },
  {
    name: 'text_contains ignores case, in Cyrillic too',
    rules: [(f) => ({ condition: { text_contains: 'ОПЛАТ' }, action: { assign_to: f.anna } })],
    ticket: () => ({ text: 'Не проходит оплата картой' }),
    expected: (f) => ({ assigned_to: f.anna, priority: 'normal', tags: [] }),
  },
  {
    name: 'ticket_type_id routes tickets of that type',
    rules: [
      (f) => ({ condition: { ticket_type_id: f.billingType }, action: { assign_to: f.boris, set_priority: 'high' } }),
    ],
    ticket: (f) => ({ ticket_type_id: f.billingType }),
    expected: (f) => ({ assigned_to: f.boris, priority: 'high', tags: [] }),
  },
  {
    name: 'ticket_type_id does not match a ticket of another type',
    rules: [(f) => ({ condition: { ticket_type_id: f.billingType }, action: { assign_to: f.boris } })],
    ticket: (f) => ({ ticket_type_id: f.bugType }),
    expected: UNROUTED,
  },
  {
    name: 'ticket_type matches the type name ignoring case (the docs example)',
    rules: [() => ({ condition: { ticket_type: 'bug' }, action: { set_priority: 'high' } })],
    ticket: (f) => ({ ticket_type_id: f.bugType }),
    expected: () => ({ assigned_to: null, priority: 'high', tags: [] }),
  },
  {
    name: 'a multi-key condition matches when every key holds',
    rules: [
      (f) => ({
        condition: { channel: 'max', text_contains: 'card', ticket_type: 'BILLING' },
        action: { add_tag: 'cards', assign_to: f.anna },
      }),
    ],
    ticket: (f) => ({
      channel: 'max',
      chat_id: 2002,
      text: 'My CARD was charged twice',
      ticket_type_id: f.billingType,
    }),
    expected: (f) => ({ assigned_to: f.anna, priority: 'normal', tags: ['cards'] }),
  },
  {
    name: 'a multi-key condition does not match when one key fails',
    rules: [
      (f) => ({
        condition: { channel: 'max', text_contains: 'card', ticket_type: 'BILLING' },
        action: { add_tag: 'cards', assign_to: f.anna },
      }),
    ],
    ticket: (f) => ({
      channel: 'telegram',
      chat_id: 2002,
      text: 'My CARD was charged twice',
      ticket_type_id: f.billingType,
    }),
    expected: UNROUTED,
  },
  {
    name: 'first match wins by order_index, whatever the creation order, and actions do not combine',
    rules: [
      (f) => ({ condition: { channel: 'virtual' }, action: { assign_to: f.anna, add_tag: 'late' }, order_index: 2 }),
      (f) => ({
        condition: { text_contains: 'code' },
        action: { assign_to: f.boris, set_priority: 'low' },
        order_index: 1,
      }),
    ],
    ticket: () => ({ text: 'Verification code not arriving' }),
    expected: (f) => ({ assigned_to: f.boris, priority: 'low', tags: [] }),
  },
  {
    name: 'with equal order_index the older rule wins',
    rules: [
      () => ({ condition: { channel: 'virtual' }, action: { add_tag: 'older' }, order_index: 5 }),
      () => ({ condition: { channel: 'virtual' }, action: { add_tag: 'newer' }, order_index: 5 }),
    ],
    ticket: () => ({}),
    expected: () => ({ assigned_to: null, priority: 'normal', tags: ['older'] }),
  },
  {
    name: 'a non-matching first rule passes to the next one',
    rules: [
      () => ({ condition: { channel: 'max' }, action: { add_tag: 'max' }, order_index: 0 }),
      () => ({ condition: { subject_contains: 'login' }, action: { add_tag: 'login' }, order_index: 1 }),
    ],
    ticket: () => ({ subject: 'Login issue' }),
    expected: () => ({ assigned_to: null, priority: 'normal', tags: ['login'] }),
  },
  {
    name: 'a disabled rule is skipped even when it comes first and matches',
    rules: [
      (f) => ({ condition: { channel: 'virtual' }, action: { assign_to: f.anna }, order_index: 0, enabled: false }),
      (f) => ({ condition: { channel: 'virtual' }, action: { assign_to: f.boris }, order_index: 1 }),
    ],
    ticket: () => ({}),
    expected: (f) => ({ assigned_to: f.boris, priority: 'normal', tags: [] }),
  },
  {
    name: 'all three actions apply together',
    rules: [
      (f) => ({
        condition: { ticket_type: 'Bug' },
        action: { assign_to: f.anna, set_priority: 'urgent', add_tag: 'bug-triage' },
      }),
    ],
    ticket: (f) => ({ ticket_type_id: f.bugType, subject: 'Crash' }),
    expected: (f) => ({ assigned_to: f.anna, priority: 'urgent', tags: ['bug-triage'] }),
  },
  {
    name: 'no rules: the ticket is created unrouted',
    rules: [],
    ticket: () => ({}),
    expected: UNROUTED,
  },
];

describe('auto-routing on ticket creation', () => {
  const ctx = useTestApp();

  async function fixture(): Promise<Fixture> {
    const tenant = await ctx.project('Routing');
    const [anna, boris] = [await addMember(tenant.api, 'Anna'), await addMember(tenant.api, 'Boris')];
    const bugType = (await tenant.api.post('/v1/helpdesk/ticket-types', { name: 'Bug' }).expect(201)).body.id;
    const billingType = (await tenant.api.post('/v1/helpdesk/ticket-types', { name: 'Billing' }).expect(201)).body.id;
    return { tenant, anna, boris, bugType, billingType };
  }

  async function addRules(f: Fixture, rules: RuleSpec[]): Promise<string[]> {
    const ids: string[] = [];
    for (const [index, spec] of rules.entries()) {
      ids.push(
        (await f.tenant.api.post('/v1/helpdesk/routing-rules', { name: `rule ${index}`, ...spec(f) }).expect(201)).body
          .id,
      );
    }
    return ids;
  }

  it.each(CASES.map((routingCase) => [routingCase.name, routingCase] as const))('%s', async (_name, routingCase) => {
    const f = await fixture();
    await addRules(f, routingCase.rules);
    const body = routingCase.ticket(f);
    if (body.channel === 'telegram' || body.channel === 'max')
      await subscribeChat(ctx.app, f.tenant.project.id, body.chat_id as number, body.channel);
    const ticket = await createTicket(f.tenant.api, body);
    const expected = routingCase.expected(f);
    expect({ assigned_to: ticket.assigned_to, priority: ticket.priority, tags: ticket.tags }).toEqual(expected);

    const stored = (await f.tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
    expect({ assigned_to: stored.assigned_to, priority: stored.priority, tags: stored.tags }).toEqual(expected);

    // ticket.created already carries the routed values; ticket.assigned follows exactly when a rule assigned.
    const webhooks = (await outboxEvents(ctx.app, f.tenant.project.id)).filter(
      (event) => event.topic === 'webhook' && event.aggregate_id === ticket.id,
    );
    expect(webhooks.map((event) => event.event_type)).toEqual(
      expected.assigned_to ? ['ticket.created', 'ticket.assigned'] : ['ticket.created'],
    );
    expect(webhooks[0].payload).toEqual(ticket);
    if (expected.assigned_to)
      expect(webhooks[1].payload).toMatchObject({ id: ticket.id, assigned_to: expected.assigned_to });
  });

  it('routes with the rule as changed by PUT', async () => {
    const f = await fixture();
    const [ruleId] = await addRules(f, [() => ({ condition: { channel: 'max' }, action: { add_tag: 'before' } })]);
    await f.tenant.api
      .put(`/v1/helpdesk/routing-rules/${ruleId}`, { condition: { channel: 'virtual' }, action: { add_tag: 'after' } })
      .expect(200);
    expect((await createTicket(f.tenant.api)).tags).toEqual(['after']);
  });

  it('stops routing with a deleted rule', async () => {
    const f = await fixture();
    const [ruleId] = await addRules(f, [
      () => ({ condition: { channel: 'virtual' }, action: { set_priority: 'urgent' } }),
    ]);
    await f.tenant.api.delete(`/v1/helpdesk/routing-rules/${ruleId}`).expect(204);
    expect((await createTicket(f.tenant.api)).priority).toBe('normal');
  });

  it("never uses another project's rules", async () => {
    const f = await fixture();
    const otherProject = await fixture();
    await addRules(otherProject, [() => ({ condition: { channel: 'virtual' }, action: { set_priority: 'urgent' } })]);
    expect((await createTicket(f.tenant.api)).priority).toBe('normal');
  });

  describe('a rule whose assignee has left the team', () => {
    let f: Fixture;
    let ruleId: string;
    let ticket: Record<string, any>;

    beforeAll(async () => {
      f = await fixture();
      [ruleId] = await addRules(f, [
        (fx) => ({
          condition: { channel: 'virtual' },
          action: { assign_to: fx.anna, set_priority: 'high', add_tag: 'vip' },
        }),
      ]);
      await f.tenant.api.delete(`/v1/team/members/${f.anna}`).expect(204);
      const response = await f.tenant.api.post('/v1/helpdesk/tickets', { text: 'Hello?' });
      expect(response.status).toBe(201);
      ticket = response.body;
    });

    it('creates the ticket unassigned, with the rest of the action applied', () => {
      expect(ticket).toMatchObject({ assigned_to: null, priority: 'high', tags: ['vip'] });
    });

    it('reports the rule in an internal system note on the ticket', async () => {
      const details = (await f.tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
      expect(details.messages).toHaveLength(2);
      expect(details.messages[1]).toMatchObject({ author: 'system', internal: true, member_id: null, delivery: null });
      expect(details.messages[1].text).toContain(ruleId);
      expect(details.messages[1].text).toContain(f.anna);
      expect(details.messages[1].text).toContain('no longer a team member');
      expect(details.last_message_from).toBe('customer');
    });

    it('fires ticket.created only (no ticket.assigned)', async () => {
      const webhooks = (await outboxEvents(ctx.app, f.tenant.project.id)).filter(
        (event) => event.topic === 'webhook' && event.aggregate_id === ticket.id,
      );
      expect(webhooks.map((event) => event.event_type)).toEqual(['ticket.created']);
    });
  });
});
