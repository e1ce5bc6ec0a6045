import { type TestProject, useTestApp } from '../helpers/test-app.js';

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const ERROR = { error: expect.any(String), retryable: false, code: expect.stringMatching(/^[a-z_]+$/) };
const PATH = '/v1/helpdesk/routing-rules';

describe('routing rules', () => {
  const ctx = useTestApp();
  const tenant = ctx.useProject('Routing');
  const other = ctx.useProject('Other');
  let agentId: string;
  let bugTypeId: string;
  let foreignTypeId: string;
  let foreignMemberId: string;

  beforeAll(async () => {
    agentId = (
      await tenant.api
        .post('/v1/team/members', { email: 'agent@example.com', name: 'Agent', role: 'support' })
        .expect(201)
    ).body.id;
    bugTypeId = (await tenant.api.post('/v1/helpdesk/ticket-types', { name: 'Bug' }).expect(201)).body.id;
    foreignTypeId = (await other.api.post('/v1/helpdesk/ticket-types', { name: 'Foreign' }).expect(201)).body.id;
    foreignMemberId = (
      await other.api
        .post('/v1/team/members', { email: 'theirs@example.com', name: 'Theirs', role: 'support' })
        .expect(201)
    ).body.id;
  });

  async function createRule(project: TestProject, body: object) {
    const response = await project.api.post(PATH, body).expect(201);
    return response.body as {
      id: string;
      name: string;
      condition: object;
      action: object;
      order_index: number;
      enabled: boolean;
    };
  }

  describe('POST', () => {
    it('creates the docs example', async () => {
      const response = await tenant.api
        .post(PATH, {
          name: 'Urgent bugs to manager',
          condition: { ticket_type: 'bug' },
          action: { set_priority: 'high' },
          order_index: 1,
        })
        .expect(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Urgent bugs to manager',
        condition: { ticket_type: 'bug' },
        action: { set_priority: 'high' },
        order_index: 1,
        enabled: true,
        created_at: expect.any(String),
        updated_at: expect.any(String),
      });
    });

    it('accepts every condition and action key together, defaults order_index to 0 and normalises values', async () => {
      const rule = await createRule(tenant, {
        name: '  Everything  ',
        condition: {
          channel: 'telegram',
          subject_contains: ' Refund ',
          text_contains: 'card',
          ticket_type_id: bugTypeId.toUpperCase(),
          ticket_type: 'BUG',
        },
        action: { assign_to: agentId, set_priority: 'urgent', add_tag: 'billing-vip_1' },
        enabled: false,
      });
      expect(rule).toMatchObject({
        name: 'Everything',
        condition: {
          channel: 'telegram',
          subject_contains: 'Refund',
          text_contains: 'card',
          ticket_type_id: bugTypeId,
          ticket_type: 'BUG',
        },
        action: { assign_to: agentId, set_priority: 'urgent', add_tag: 'billing-vip_1' },
        order_index: 0,
        enabled: false,
      });
    });

    it.each([
      ['a missing name', { condition: { channel: 'max' }, action: { set_priority: 'low' } }],
      ['a missing condition', { name: 'r', action: { set_priority: 'low' } }],
      ['a missing action', { name: 'r', condition: { channel: 'max' } }],
      ['a string condition', { name: 'r', condition: 'channel=max', action: { set_priority: 'low' } }],
      ['an array condition', { name: 'r', condition: [{ channel: 'max' }], action: { set_priority: 'low' } }],
      ['a null action', { name: 'r', condition: { channel: 'max' }, action: null }],
      [
        'a non-integer order_index',
        { name: 'r', condition: { channel: 'max' }, action: { set_priority: 'low' }, order_index: 'first' },
      ],
      [
        'a non-boolean enabled',
        { name: 'r', condition: { channel: 'max' }, action: { set_priority: 'low' }, enabled: 1 },
      ],
      ['an unknown field', { name: 'r', condition: { channel: 'max' }, action: { set_priority: 'low' }, stop: true }],
    ])('rejects %s with 400', async (_case, body) => {
      expect((await tenant.api.post(PATH, body).expect(400)).body).toMatchObject(ERROR);
    });

    const valid = { name: 'r', condition: { channel: 'max' }, action: { set_priority: 'low' } };
    it.each([
      ['an empty condition', { ...valid, condition: {} }, 'condition must be a non-empty object'],
      ['an empty action', { ...valid, action: {} }, 'action must be a non-empty object'],
      [
        'an unknown condition key',
        { ...valid, condition: { channel: 'max', language: 'ru' } },
        'condition.language is not a known key',
      ],
      ['an unknown action key', { ...valid, action: { close: true } }, 'action.close is not a known key'],
      [
        'an unknown channel',
        { ...valid, condition: { channel: 'email' } },
        'condition.channel must be one of telegram, max, virtual',
      ],
      [
        'a blank subject_contains',
        { ...valid, condition: { subject_contains: ' ' } },
        'condition.subject_contains must not be blank',
      ],
      [
        'a non-string text_contains',
        { ...valid, condition: { text_contains: 3 } },
        'condition.text_contains must be a string',
      ],
      [
        'a malformed ticket_type_id',
        { ...valid, condition: { ticket_type_id: 'bug' } },
        'condition.ticket_type_id must be a UUID',
      ],
      ["another project's ticket_type_id", null, 'condition.ticket_type_id is not a ticket type of this project'],
      [
        'an unknown ticket_type name',
        { ...valid, condition: { ticket_type: 'Feature' } },
        'condition.ticket_type "Feature" is not the name of a ticket type',
      ],
      ['an assignee from another project', null, 'action.assign_to is not a member of this project'],
      ['a malformed assignee', { ...valid, action: { assign_to: 'anna' } }, 'action.assign_to must be a UUID'],
      [
        'an unknown assignee',
        { ...valid, action: { assign_to: MISSING_ID } },
        'action.assign_to is not a member of this project',
      ],
      [
        'an unknown priority',
        { ...valid, action: { set_priority: 'critical' } },
        'action.set_priority must be one of low, normal, high, urgent',
      ],
      ['a tag with spaces', { ...valid, action: { add_tag: 'two words' } }, 'action.add_tag must be 1-64 letters'],
      [
        'a tag over 64 characters',
        { ...valid, action: { add_tag: 't'.repeat(65) } },
        'action.add_tag must be 1-64 letters',
      ],
      ['a blank name', { ...valid, name: ' ' }, 'name must not be blank'],
      [
        'a name over 200 characters',
        { ...valid, name: 'n'.repeat(201) },
        'name must be shorter than or equal to 200 characters',
      ],
      [
        'an order_index out of range',
        { ...valid, order_index: 2_000_000 },
        'order_index must not be greater than 1000000',
      ],
    ])('rejects %s with 422 naming the key', async (_case, body, message) => {
      const resolved =
        body ??
        (message.startsWith('condition')
          ? { ...valid, condition: { ticket_type_id: foreignTypeId } }
          : { ...valid, action: { assign_to: foreignMemberId } });
      const response = await tenant.api.post(PATH, resolved).expect(422);
      expect(response.body).toMatchObject({ error: expect.stringContaining(message), retryable: false });
    });

    it('rejects a deleted ticket type, by id and by name', async () => {
      const type = (await tenant.api.post('/v1/helpdesk/ticket-types', { name: 'Short-lived' }).expect(201)).body;
      await tenant.api.delete(`/v1/helpdesk/ticket-types/${type.id}`).expect(204);
      await tenant.api.post(PATH, { ...valid, condition: { ticket_type_id: type.id } }).expect(422);
      await tenant.api.post(PATH, { ...valid, condition: { ticket_type: 'short-lived' } }).expect(422);
    });

    it('accepts a disabled ticket type (it may be enabled again)', async () => {
      const type = (await tenant.api.post('/v1/helpdesk/ticket-types', { name: 'Paused' }).expect(201)).body;
      await tenant.api.put(`/v1/helpdesk/ticket-types/${type.id}`, { enabled: false }).expect(200);
      await createRule(tenant, { ...valid, condition: { ticket_type_id: type.id } });
    });
  });

  describe('GET', () => {
    it('lists rules in the order they are tried: order_index, then oldest first', async () => {
      const project = await ctx.project();
      const b = await createRule(project, {
        name: 'b',
        condition: { channel: 'max' },
        action: { set_priority: 'low' },
        order_index: 5,
      });
      const c = await createRule(project, {
        name: 'c',
        condition: { channel: 'max' },
        action: { set_priority: 'low' },
        order_index: 5,
      });
      const a = await createRule(project, {
        name: 'a',
        condition: { channel: 'max' },
        action: { set_priority: 'low' },
        order_index: -1,
      });
      const d = await createRule(project, {
        name: 'd',
        condition: { channel: 'max' },
        action: { set_priority: 'low' },
        order_index: 10,
        enabled: false,
      });
      await createRule(other, { name: 'theirs', condition: { channel: 'max' }, action: { set_priority: 'low' } });
      const response = await project.api.get(PATH).expect(200);
      expect(response.body.routing_rules.map((rule: { id: string }) => rule.id)).toEqual([a.id, b.id, c.id, d.id]);
      expect(response.body.routing_rules[3]).toEqual(d);
    });
  });

  describe('PUT /{rule_id}', () => {
    it('changes only the fields sent and replaces condition and action whole', async () => {
      const rule = await createRule(tenant, {
        name: 'Editable',
        condition: { channel: 'max', text_contains: 'x' },
        action: { set_priority: 'low', add_tag: 'a' },
      });
      const renamed = await tenant.api
        .put(`${PATH}/${rule.id}`, { name: 'Edited', order_index: 3, enabled: false })
        .expect(200);
      expect(renamed.body).toMatchObject({
        name: 'Edited',
        condition: { channel: 'max', text_contains: 'x' },
        action: { set_priority: 'low', add_tag: 'a' },
        order_index: 3,
        enabled: false,
      });
      const replaced = await tenant.api
        .put(`${PATH}/${rule.id}`, { condition: { subject_contains: 'login' }, action: { assign_to: agentId } })
        .expect(200);
      expect(replaced.body).toMatchObject({
        name: 'Edited',
        condition: { subject_contains: 'login' },
        action: { assign_to: agentId },
        order_index: 3,
      });
    });

    it('rejects a bad condition or action with 422 naming the key, changing nothing', async () => {
      const rule = await createRule(tenant, {
        name: 'Stable',
        condition: { channel: 'virtual' },
        action: { set_priority: 'high' },
      });
      const badCondition = await tenant.api
        .put(`${PATH}/${rule.id}`, { name: 'Changed', condition: { channel: 'sms' } })
        .expect(422);
      expect(badCondition.body.error).toContain('condition.channel');
      const badAction = await tenant.api
        .put(`${PATH}/${rule.id}`, { action: { assign_to: foreignMemberId } })
        .expect(422);
      expect(badAction.body.error).toContain('action.assign_to');
      await tenant.api.put(`${PATH}/${rule.id}`, { condition: {} }).expect(422);
      const list = await tenant.api.get(PATH).expect(200);
      expect(list.body.routing_rules.find((item: { id: string }) => item.id === rule.id)).toMatchObject({
        name: 'Stable',
        condition: { channel: 'virtual' },
      });
    });

    it.each([
      ['a null name', { name: null }, 400],
      ['a null condition', { condition: null }, 400],
      ['a string action', { action: 'assign' }, 400],
      ['an unknown field', { priority: 'high' }, 400],
      ['an order_index out of range', { order_index: -2_000_000 }, 422],
    ])('rejects %s', async (_case, body, status) => {
      const rule = await createRule(tenant, {
        name: 'Target',
        condition: { channel: 'virtual' },
        action: { set_priority: 'high' },
      });
      expect((await tenant.api.put(`${PATH}/${rule.id}`, body).expect(status)).body).toMatchObject(ERROR);
    });

    it('can still rename or disable a rule whose assignee has left the team', async () => {
      const leaving = (
        await tenant.api
          .post('/v1/team/members', { email: 'leaving@example.com', name: 'Leaving', role: 'support' })
          .expect(201)
      ).body.id;
      const rule = await createRule(tenant, {
        name: 'To Leaving',
        condition: { channel: 'virtual' },
        action: { assign_to: leaving },
      });
      await tenant.api.delete(`/v1/team/members/${leaving}`).expect(204);
      await tenant.api.put(`${PATH}/${rule.id}`, { name: 'Orphaned', enabled: false }).expect(200);
      const again = await tenant.api.put(`${PATH}/${rule.id}`, { action: { assign_to: leaving } }).expect(422);
      expect(again.body.error).toBe('action.assign_to is not a member of this project');
    });

    it('answers 404 for an unknown, malformed or foreign id', async () => {
      const foreign = await createRule(other, {
        name: 'Foreign rule',
        condition: { channel: 'max' },
        action: { set_priority: 'low' },
      });
      for (const id of [MISSING_ID, 'rule-1', foreign.id]) {
        const response = await tenant.api.put(`${PATH}/${id}`, { name: 'Hijacked' }).expect(404);
        expect(response.body).toEqual({
          error: 'routing rule not found',
          retryable: false,
          code: 'routing_rule_not_found',
        });
      }
      const list = await other.api.get(PATH).expect(200);
      expect(list.body.routing_rules.find((item: { id: string }) => item.id === foreign.id).name).toBe('Foreign rule');
    });
  });

  describe('DELETE /{rule_id}', () => {
    it('deletes a rule', async () => {
      const rule = await createRule(tenant, {
        name: 'Delete me',
        condition: { channel: 'max' },
        action: { set_priority: 'low' },
      });
      await tenant.api.delete(`${PATH}/${rule.id}`).expect(204);
      const list = await tenant.api.get(PATH).expect(200);
      expect(list.body.routing_rules.map((item: { id: string }) => item.id)).not.toContain(rule.id);
      await tenant.api.delete(`${PATH}/${rule.id}`).expect(404);
    });

    it('answers 404 for an unknown, malformed or foreign id and deletes nothing', async () => {
      const foreign = await createRule(other, {
        name: 'Foreign keep',
        condition: { channel: 'max' },
        action: { set_priority: 'low' },
      });
      for (const id of [MISSING_ID, '42', foreign.id]) await tenant.api.delete(`${PATH}/${id}`).expect(404);
      const list = await other.api.get(PATH).expect(200);
      expect(list.body.routing_rules.map((item: { id: string }) => item.id)).toContain(foreign.id);
    });
  });
});
