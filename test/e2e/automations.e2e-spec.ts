import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AutomationsService } from '../../src/automations/automations.service.js';
import { Clock } from '../../src/common/clock.js';
import { ManualClock } from '../helpers/manual-clock.js';
import { createTestApp, OFFLINE_BOTS, type TestProject, useTestApp } from '../helpers/test-app.js';
import { addMember, createTicket, outboxEvents, subscribeChat } from '../helpers/tickets.js';

const nineToSix = [{ from: '09:00', to: '18:00' }];
const OFFICE = {
  timezone: 'UTC',
  week: { mon: nineToSix, tue: nineToSix, wed: nineToSix, thu: nineToSix, fri: nineToSix },
  holidays: [],
};
const AUTO_REPLY = { ru: 'Мы ответим в рабочее время', en: 'We will answer during business hours' };

describe('automations: out-of-hours reply, auto-close of waiting tickets, auto-assign on reply', () => {
  // The check runs only when a test asks (workers off); time moves with the injected clock.
  const clock = new ManualClock(new Date());
  const withClock = (builder: import('@nestjs/testing').TestingModuleBuilder) =>
    builder.overrideProvider(Clock).useValue(clock);
  const ctx = useTestApp(OFFLINE_BOTS, withClock);
  const db = () => ctx.app.get(DataSource);
  const automations = () => ctx.app.get(AutomationsService);
  let chatId = 7_300_000_000;

  async function telegramTicket(project: TestProject): Promise<Record<string, any>> {
    chatId += 1;
    await subscribeChat(ctx.app, project.project.id, chatId);
    await db().query(`UPDATE subscriber SET lang = 'ru' WHERE project_id = $1 AND chat_id = $2`, [
      project.project.id,
      chatId,
    ]);
    return createTicket(project.api, { channel: 'telegram', chat_id: chatId });
  }

  const messagesOf = async (project: TestProject, ticketId: string) =>
    (await project.api.get(`/v1/helpdesk/tickets/${ticketId}`).expect(200)).body.messages;

  describe('out-of-hours reply', () => {
    it('answers at once a customer who writes outside business hours, once per ticket', async () => {
      const project = await ctx.project();
      await project.api.put('/v1/helpdesk/settings', { business_hours: OFFICE, out_of_hours_reply: AUTO_REPLY });
      clock.set('2026-03-04T10:00:00Z'); // a Wednesday, in hours
      const daytime = await createTicket(project.api);
      expect(await messagesOf(project, daytime.id)).toHaveLength(1);
      clock.set('2026-03-07T23:30:00Z'); // Saturday night
      const night = await telegramTicket(project);
      const [, reply] = await messagesOf(project, night.id);
      expect(reply).toEqual(expect.objectContaining({ author: 'system', internal: false, text: AUTO_REPLY.ru }));
      // The daytime ticket's customer writes again at night: its first out-of-hours message gets the reply.
      await project.api.post(`/v1/helpdesk/tickets/${daytime.id}/customer-reply`, { text: 'anyone?' }).expect(201);
      await project.api.post(`/v1/helpdesk/tickets/${daytime.id}/customer-reply`, { text: 'hello?' }).expect(201);
      const texts = (await messagesOf(project, daytime.id)).map((message: { text: string }) => message.text);
      expect(texts).toEqual(['Verification code not arriving', 'anyone?', AUTO_REPLY.en, 'hello?']);
      // The check has nothing left to answer here.
      await automations().runOnce();
      expect(await messagesOf(project, daytime.id)).toHaveLength(4);
      expect(await messagesOf(project, night.id)).toHaveLength(2);
    });

    it('answers a night customer once, with an uncharged system message to the chat', async () => {
      clock.set('2026-03-04T10:00:00Z'); // tickets created in hours; their times are moved below
      const project = await ctx.project();
      await project.api.put('/v1/helpdesk/settings', { business_hours: OFFICE, out_of_hours_reply: AUTO_REPLY });
      const night = await telegramTicket(project);
      const virtual = await createTicket(project.api);
      const daytime = await createTicket(project.api);
      // Saturday 2026-03-07 11:00 UTC is outside Mon–Fri 09–18; Friday 10:00 is inside.
      await db().query(`UPDATE ticket SET last_message_at = '2026-03-07T11:00:00Z' WHERE id = ANY($1)`, [
        [night.id, virtual.id],
      ]);
      await db().query(`UPDATE ticket SET last_message_at = '2026-03-06T10:00:00Z' WHERE id = $1`, [daytime.id]);
      clock.set('2026-03-07T11:05:00Z');
      const before = (await project.api.get('/v1/credits').expect(200)).body;

      // Counts are of every project in the database (other test files run beside this one): at least ours.
      expect((await automations().runOnce()).out_of_hours_replies).toBeGreaterThanOrEqual(2);
      const [, reply] = await messagesOf(project, night.id);
      expect(reply).toEqual(expect.objectContaining({ author: 'system', internal: false, text: AUTO_REPLY.ru }));
      expect(reply.delivery).toBe('pending');
      expect((await messagesOf(project, virtual.id))[1].text).toBe(AUTO_REPLY.en);
      expect(await messagesOf(project, daytime.id)).toHaveLength(1);
      const chat = (await outboxEvents(ctx.app, project.project.id)).filter(
        (event) => event.event_type === 'chat.message' && event.aggregate_id === night.id,
      );
      expect(chat.map((event) => event.payload.text)).toEqual([AUTO_REPLY.ru]);
      expect((await project.api.get('/v1/credits').expect(200)).body).toEqual(before);
      // Never a first reply: the SLA still waits for a person.
      expect((await project.api.get(`/v1/helpdesk/tickets/${night.id}`)).body.first_reply_at ?? null).toBeNull();

      // Once per ticket: another night message gets nothing more.
      await project.api.post(`/v1/helpdesk/tickets/${virtual.id}/customer-reply`, { text: 'hello?' }).expect(201);
      await db().query(`UPDATE ticket SET last_message_at = '2026-03-07T12:00:00Z' WHERE id = $1`, [virtual.id]);
      clock.set('2026-03-07T12:05:00Z');
      await automations().runOnce();
      expect(await messagesOf(project, virtual.id)).toHaveLength(3);
    });

    it('sends nothing without business hours or without the reply text', async () => {
      const project = await ctx.project();
      await project.api.put('/v1/helpdesk/settings', { out_of_hours_reply: AUTO_REPLY }).expect(200);
      const ticket = await createTicket(project.api);
      await db().query(`UPDATE ticket SET last_message_at = '2026-03-07T11:00:00Z' WHERE id = $1`, [ticket.id]);
      clock.set('2026-03-07T11:05:00Z');
      await automations().runOnce();
      await project.api.put('/v1/helpdesk/settings', { business_hours: OFFICE, out_of_hours_reply: null });
      await automations().runOnce();
      expect(await messagesOf(project, ticket.id)).toHaveLength(1);
    });
  });

  describe('auto-close of waiting tickets', () => {
    it('closes a ticket quiet in waiting for N days: source auto, a system note, ticket.closed, CSAT', async () => {
      const project = await ctx.project();
      await project.api.put('/v1/helpdesk/settings', { auto_close_waiting_days: 3, csat_enabled: true }).expect(200);
      const quiet = await telegramTicket(project);
      const recent = await createTicket(project.api);
      const open = await createTicket(project.api);
      // The customer last wrote 4 days ago; the agent's reply that put it in waiting is newer.
      const silentCustomer = await createTicket(project.api);
      for (const ticket of [quiet, recent, silentCustomer]) {
        await project.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'Did that help?' }).expect(201);
        await project.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'waiting' }).expect(200);
      }
      await db().query(`UPDATE ticket SET last_message_at = now() - interval '4 days' WHERE id = $1`, [quiet.id]);
      await db().query(`UPDATE ticket SET last_message_at = now() - interval '2 days' WHERE id = $1`, [recent.id]);
      await db().query(
        `UPDATE ticket_message SET created_at = now() - interval '4 days' WHERE ticket_id = $1 AND author = 'customer'`,
        [silentCustomer.id],
      );
      clock.set(new Date().toISOString());

      expect((await automations().runOnce()).auto_closed).toBeGreaterThanOrEqual(2);
      expect((await project.api.get(`/v1/helpdesk/tickets/${silentCustomer.id}`)).body.status).toBe('closed');
      const closed = (await project.api.get(`/v1/helpdesk/tickets/${quiet.id}`).expect(200)).body;
      expect(closed.status).toBe('closed');
      expect(closed.status_history.at(-1)).toEqual(
        expect.objectContaining({ from: 'waiting', to: 'closed', source: 'auto' }),
      );
      expect(closed.messages.at(-1)).toEqual(
        expect.objectContaining({ author: 'system', internal: true, text: expect.stringContaining('3 days') }),
      );
      const events = (await outboxEvents(ctx.app, project.project.id)).filter((e) => e.aggregate_id === quiet.id);
      expect(events.map((event) => event.event_type)).toContain('ticket.closed');
      expect(events.find((event) => event.event_type === 'chat.ticket_closed')?.payload.csat_survey).toBe(true);
      for (const ticket of [recent, open]) {
        expect((await project.api.get(`/v1/helpdesk/tickets/${ticket.id}`)).body.status).not.toBe('closed');
      }
      await automations().runOnce();
      const [{ closes }] = await db().query(
        `SELECT count(*)::int AS closes FROM ticket_status_change WHERE ticket_id = $1 AND to_status = 'closed'`,
        [quiet.id],
      );
      expect(closes).toBe(1);
    });

    it('keeps waiting tickets when auto_close_waiting_days is null', async () => {
      const project = await ctx.project();
      const ticket = await createTicket(project.api);
      await project.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'waiting' }).expect(200);
      await db().query(`UPDATE ticket SET last_message_at = now() - interval '400 days' WHERE id = $1`, [ticket.id]);
      clock.set(new Date().toISOString());
      await automations().runOnce();
      expect((await project.api.get(`/v1/helpdesk/tickets/${ticket.id}`)).body.status).toBe('waiting');
    });
  });

  describe('auto-assign on reply', () => {
    it('assigns an unassigned ticket to the author of its first public reply, and only then', async () => {
      const project = await ctx.project();
      const agent = await addMember(project.api, 'Agent');
      const other = await addMember(project.api, 'Other');
      const reply = (id: string, body: object) =>
        project.api.post(`/v1/helpdesk/tickets/${id}/reply`, { text: 'On it', ...body }).expect(201);
      const get = async (id: string) => (await project.api.get(`/v1/helpdesk/tickets/${id}`)).body;

      const off = await createTicket(project.api);
      await reply(off.id, { member_id: agent });
      expect((await get(off.id)).assigned_to).toBeNull();

      await project.api.put('/v1/helpdesk/settings', { auto_assign_on_reply: true }).expect(200);
      const ticket = await createTicket(project.api);
      await reply(ticket.id, { member_id: agent, internal: true });
      expect((await get(ticket.id)).assigned_to).toBeNull();
      await reply(ticket.id, { member_id: agent });
      expect((await get(ticket.id)).assigned_to).toBe(agent);
      await reply(ticket.id, { member_id: other });
      expect((await get(ticket.id)).assigned_to).toBe(agent);

      const assigned = await createTicket(project.api);
      await project.api.patch(`/v1/helpdesk/tickets/${assigned.id}/assign`, { assigned_to: other }).expect(200);
      await reply(assigned.id, { member_id: agent });
      expect((await get(assigned.id)).assigned_to).toBe(other);
      const anonymous = await createTicket(project.api);
      await reply(anonymous.id, {});
      expect((await get(anonymous.id)).assigned_to).toBeNull();
    });
  });

  describe('with two processes', () => {
    let second: NestExpressApplication;

    beforeAll(async () => {
      second = await createTestApp(OFFLINE_BOTS, withClock);
    });

    afterAll(async () => {
      await second?.close();
    });

    it('closes and answers each ticket once when both run the checks at the same time', async () => {
      const project = await ctx.project();
      await project.api.put('/v1/helpdesk/settings', {
        auto_close_waiting_days: 1,
        business_hours: OFFICE,
        out_of_hours_reply: AUTO_REPLY,
      });
      clock.set('2026-03-04T10:00:00Z'); // created in hours: the check is what answers them
      const waiting: string[] = [];
      const night: string[] = [];
      for (let index = 0; index < 6; index += 1) {
        const ticket = await createTicket(project.api);
        await project.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'waiting' }).expect(200);
        waiting.push(ticket.id);
        night.push((await createTicket(project.api)).id);
      }
      await db().query(`UPDATE ticket SET last_message_at = '2026-03-07T11:00:00Z' WHERE id = ANY($1)`, [night]);
      await db().query(`UPDATE ticket SET last_message_at = '2026-03-04T11:00:00Z' WHERE id = ANY($1)`, [waiting]);
      clock.set('2026-03-07T11:30:00Z');

      const runs = await Promise.all([automations().runOnce(), second.get(AutomationsService).runOnce()]);
      // Whichever process got a check's lock did it; the other skipped it (or found nothing left).
      expect(runs.reduce((sum, run) => sum + run.auto_closed, 0)).toBeGreaterThanOrEqual(6);
      expect(runs.reduce((sum, run) => sum + run.out_of_hours_replies, 0)).toBeGreaterThanOrEqual(6);
      const [{ replies }] = await db().query(
        `SELECT count(*)::int AS replies FROM ticket_message WHERE ticket_id = ANY($1) AND author = 'system'`,
        [night],
      );
      expect(replies).toBe(6);
      const [{ closes }] = await db().query(
        `SELECT count(*)::int AS closes FROM ticket_status_change WHERE ticket_id = ANY($1) AND to_status = 'closed'`,
        [waiting],
      );
      expect(closes).toBe(6);
    });
  });
});
