import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TestProject } from './test-app.js';
import { addMember } from './tickets.js';

interface SeededTicket {
  channel: 'telegram' | 'max' | 'virtual';
  createdAt: string;
  firstReplyAt?: string;
  closedAt?: string;
  assignedTo?: string;
  ticketTypeId?: string;
}

/** Rows the API cannot backdate, written straight into the tables of one project. */
export function reportSeeder(app: INestApplication, tenant: TestProject) {
  let ticketNumber = 0;
  const sql = () => app.get(DataSource);
  return {
    async ticket(ticket: SeededTicket): Promise<string> {
      const subscriberId = randomUUID();
      const chatId = ticket.channel === 'virtual' ? null : 7_000_000_000 + Math.floor(Math.random() * 1e9);
      await sql().query(
        `INSERT INTO subscriber (id, project_id, channel, chat_id, created_at) VALUES ($1, $2, $3, $4, $5)`,
        [subscriberId, tenant.project.id, ticket.channel, chatId, ticket.createdAt],
      );
      const id = randomUUID();
      await sql().query(
        `INSERT INTO ticket (id, project_id, ticket_number, channel, chat_id, subscriber_id, created_at, status,
                             first_reply_at, closed_at, assigned_to, ticket_type_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          id,
          tenant.project.id,
          ++ticketNumber,
          ticket.channel,
          chatId,
          subscriberId,
          ticket.createdAt,
          ticket.closedAt ? 'closed' : ticket.firstReplyAt ? 'in_progress' : 'new',
          ticket.firstReplyAt ?? null,
          ticket.closedAt ?? null,
          ticket.assignedTo ?? null,
          ticket.ticketTypeId ?? null,
        ],
      );
      return id;
    },
    async message(ticketId: string, memberId: string | null, createdAt: string, internal = false): Promise<void> {
      await sql().query(
        `INSERT INTO ticket_message (ticket_id, author, member_id, text, internal, created_at)
         VALUES ($1, $2, $3, 'text', $4, $5)`,
        [ticketId, memberId ? 'agent' : 'customer', memberId, internal, createdAt],
      );
    },
    async rating(ticketId: string, closedAt: string, rating: number, createdAt: string): Promise<void> {
      await sql().query(
        `INSERT INTO csat_rating (project_id, ticket_id, closed_at, rating, source, created_at)
         VALUES ($1, $2, $3, $4, 'api', $5)`,
        [tenant.project.id, ticketId, closedAt, rating, createdAt],
      );
      await sql().query(`UPDATE ticket SET csat_rating = $2 WHERE id = $1`, [ticketId, rating]);
    },
  };
}

export interface ReportSeedIds {
  anna: string;
  boris: string;
  stranger: string;
  bug: string;
  question: string;
}

/**
 * The report scenario of test/e2e/reports*.e2e-spec.ts: in `acme` (SLA first reply 1 h), members Anna and
 * Boris, types Bug and Question, seven tickets around 2026-11-02..04 placed on both sides of Moscow and UTC
 * midnights, replies, notes and two ratings; in `globex` one ticket of the same days. The numbers each test
 * expects are worked out beside it.
 */
export async function seedReportScenario(
  app: INestApplication,
  acme: TestProject,
  globex: TestProject,
): Promise<ReportSeedIds> {
  const ids = {} as ReportSeedIds;
  ids.anna = await addMember(acme.api, 'Anna');
  ids.boris = await addMember(acme.api, 'Boris');
  ids.stranger = await addMember(globex.api, 'Stranger');
  await acme.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: 1 }).expect(200);
  ids.bug = (await acme.api.post('/v1/helpdesk/ticket-types', { name: 'Bug', sort_order: 1 }).expect(201)).body.id;
  ids.question = (
    await acme.api.post('/v1/helpdesk/ticket-types', { name: 'Question', sort_order: 2 }).expect(201)
  ).body.id;
  const seed = reportSeeder(app, acme);
  // Moscow is UTC+3 all year: 23:30 UTC is 02:30 of the next day there.
  await seed.ticket({ channel: 'telegram', createdAt: '2026-11-01T20:59:00Z' }); // Moscow 11-01 23:59: before
  const t1 = await seed.ticket({
    channel: 'telegram',
    createdAt: '2026-11-01T23:30:00Z',
    firstReplyAt: '2026-11-01T23:40:00Z', // 600 s
    closedAt: '2026-11-02T01:30:00Z', // 7200 s, Moscow 11-02
    assignedTo: ids.anna,
    ticketTypeId: ids.bug,
  });
  const t2 = await seed.ticket({
    channel: 'virtual',
    createdAt: '2026-11-02T10:00:00Z',
    firstReplyAt: '2026-11-02T10:20:00Z', // 1200 s
    assignedTo: ids.boris,
  });
  const t3 = await seed.ticket({
    channel: 'max',
    createdAt: '2026-11-02T20:59:00Z', // Moscow 11-02 23:59
    firstReplyAt: '2026-11-02T22:05:40Z', // 4000 s: over the 1 h SLA
    closedAt: '2026-11-03T21:30:00Z', // Moscow 11-04 00:30; 88260 s
    assignedTo: ids.anna,
    ticketTypeId: ids.bug,
  });
  await seed.ticket({ channel: 'virtual', createdAt: '2026-11-02T21:00:00Z' }); // Moscow 11-03 00:00
  await seed.ticket({ channel: 'telegram', createdAt: '2026-11-04T20:59:59Z' }); // Moscow 11-04 23:59:59
  await seed.ticket({ channel: 'telegram', createdAt: '2026-11-04T21:00:00Z' }); // Moscow 11-05: after
  await seed.message(t1, null, '2026-11-01T23:31:00Z');
  await seed.message(t1, ids.anna, '2026-11-01T23:40:00Z');
  await seed.message(t2, ids.boris, '2026-11-02T10:20:00Z');
  await seed.message(t2, ids.boris, '2026-11-02T10:21:00Z', true); // an internal note: not a reply
  await seed.message(t3, ids.anna, '2026-11-02T22:05:40Z');
  await seed.message(t3, ids.anna, '2026-11-05T10:00:00Z'); // Moscow 11-05: after
  await seed.rating(t1, '2026-11-02T01:30:00Z', 5, '2026-11-02T02:00:00Z');
  await seed.rating(t3, '2026-11-03T21:30:00Z', 3, '2026-11-03T21:10:00Z'); // Moscow 11-04 00:10
  // Another project's ticket and reply inside the same days.
  const foreign = await reportSeeder(app, globex).ticket({
    channel: 'virtual',
    createdAt: '2026-11-02T12:00:00Z',
    firstReplyAt: '2026-11-02T12:00:05Z',
    closedAt: '2026-11-02T13:00:00Z',
    assignedTo: ids.stranger,
  });
  await seed.message(foreign, ids.stranger, '2026-11-02T12:00:05Z');
  return ids;
}
