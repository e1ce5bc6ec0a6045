import { Controller, Get } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import request from 'supertest';
import { REQUIRED_PERMISSION } from '../../src/common/auth/permissions.js';
import type { MemberRole } from '../../src/common/auth/member-role.js';
import { useTestApp } from '../helpers/test-app.js';
import { type SignedInMember, signedInMember, signedInOwner, TEST_PUBLIC_URL } from '../helpers/sessions.js';
import { createTicket } from '../helpers/tickets.js';

/** A route someone forgot to declare a permission for: the guard must refuse it to everyone. */
@Controller('v1/undeclared')
class UndeclaredController {
  @Get()
  leak(): { secret: string } {
    return { secret: 'should never be served' };
  }
}

const ROLES: MemberRole[] = ['viewer', 'support', 'admin', 'owner'];

describe('roles are enforced for sessions on every route', () => {
  const ctx = useTestApp({ PUBLIC_URL: TEST_PUBLIC_URL }, undefined, [UndeclaredController]);
  const acme = ctx.useProject('Acme');
  const members = {} as Record<MemberRole, SignedInMember>;

  beforeAll(async () => {
    members.owner = await signedInOwner(ctx.app, acme);
    for (const role of ['viewer', 'support', 'admin'] as const)
      members[role] = await signedInMember(ctx.app, acme, role);
  });

  it('declares a permission (or @PublicRoute) on every route of every controller', () => {
    const undeclared: string[] = [];
    for (const module of ctx.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
        if (!controller || controller === UndeclaredController) continue;
        for (const name of Object.getOwnPropertyNames(controller.prototype)) {
          const handler = controller.prototype[name];
          if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
          const declared =
            Reflect.getMetadata(REQUIRED_PERMISSION, handler) ??
            Reflect.getMetadata(REQUIRED_PERMISSION, controller) ??
            Reflect.getMetadata('zapnoty:public-route', handler);
          if (declared === undefined)
            undeclared.push(`${controller.name}.${name} (${Reflect.getMetadata(PATH_METADATA, handler)})`);
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('refuses a route without a declared permission, even to the API key (fails closed)', async () => {
    const byKey = await acme.api.get('/v1/undeclared').expect(403);
    expect(byKey.body).toEqual({
      error: 'this route declares no permission and is closed',
      retryable: false,
      code: 'permission_not_declared',
    });
    await members.owner.api.get('/v1/undeclared').expect(403);
    await request(ctx.app.getHttpServer()).get('/v1/undeclared').expect(401);
  });

  /**
   * One representative route per kind of action, with the lowest role allowed: roles rank viewer < support <
   * admin < owner, a role may do what the roles below it may, and anything above its rank is 403.
   */
  const rows: Array<{
    row: string;
    lowest: MemberRole;
    call: (member: SignedInMember) => Promise<request.Response>;
    allowed: number;
  }> = [
    { row: 'read tickets', lowest: 'viewer', allowed: 200, call: (m) => m.api.get('/v1/helpdesk/tickets') },
    { row: 'read settings', lowest: 'viewer', allowed: 200, call: (m) => m.api.get('/v1/helpdesk/settings') },
    { row: 'read SLA report', lowest: 'viewer', allowed: 200, call: (m) => m.api.get('/v1/helpdesk/sla') },
    {
      row: 'reply',
      lowest: 'support',
      allowed: 201,
      call: async (m) =>
        m.api.post(`/v1/helpdesk/tickets/${(await createTicket(acme.api)).id}/reply`, { text: 'hello' }),
    },
    {
      row: 'status',
      lowest: 'support',
      allowed: 200,
      call: async (m) =>
        m.api.patch(`/v1/helpdesk/tickets/${(await createTicket(acme.api)).id}/status`, { status: 'waiting' }),
    },
    {
      row: 'bulk',
      lowest: 'support',
      allowed: 200,
      call: async (m) =>
        m.api.post('/v1/helpdesk/tickets/bulk', {
          ticket_ids: [(await createTicket(acme.api)).id],
          action: 'add_tag',
          value: 'x',
        }),
    },
    {
      row: 'settings',
      lowest: 'admin',
      allowed: 200,
      call: (m) => m.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: 3 }),
    },
    {
      row: 'ticket types',
      lowest: 'admin',
      allowed: 201,
      call: (m) => m.api.post('/v1/helpdesk/ticket-types', { name: `Type ${Math.random()}` }),
    },
    { row: 'webhook deliveries', lowest: 'admin', allowed: 200, call: (m) => m.api.get('/v1/webhook/deliveries') },
    {
      row: 'add a support member',
      lowest: 'admin',
      allowed: 201,
      call: (m) =>
        m.api.post('/v1/team/members', {
          email: `s-${Math.random().toString(36).slice(2)}@example.com`,
          name: 'S',
          role: 'support',
        }),
    },
    {
      row: 'add an admin',
      lowest: 'owner',
      allowed: 201,
      call: (m) =>
        m.api.post('/v1/team/members', {
          email: `a-${Math.random().toString(36).slice(2)}@example.com`,
          name: 'A',
          role: 'admin',
        }),
    },
  ];
  const cases = rows.flatMap((row) =>
    ROLES.map((role) => [row.row, role, ROLES.indexOf(role) >= ROLES.indexOf(row.lowest)] as const),
  );

  it.each(cases)('%s as %s: allowed %s', async (rowName, role, allowed) => {
    const row = rows.find((candidate) => candidate.row === rowName)!;
    const response = await row.call(members[role]);
    if (allowed) {
      expect(response.status).toBe(row.allowed);
    } else {
      expect(response.status).toBe(403);
      expect(response.body).toEqual({ error: expect.any(String), retryable: false, code: expect.any(String) });
    }
  });

  it('lets only the owner transfer ownership; the API key keeps owner level everywhere else', async () => {
    for (const role of ['viewer', 'support', 'admin'] as const) {
      await members[role].api
        .post('/v1/team/transfer-ownership', { member_id: members.viewer.id, password: members[role].password })
        .expect(403);
    }
    await acme.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: 4 }).expect(200);
    await acme.api
      .post('/v1/team/members', { email: 'by-key-owner@example.com', name: 'O', role: 'owner' })
      .expect(201);
  });

  it('keeps MCP to the API key: a session is refused', async () => {
    const refused = await request(ctx.app.getHttpServer())
      .post('/mcp')
      .set({ Cookie: members.owner.cookie, Origin: TEST_PUBLIC_URL, Accept: 'application/json, text/event-stream' })
      .send({ jsonrpc: '2.0', id: 1, method: 'tools/list' })
      .expect(403);
    expect(refused.body.error).toMatch(/API key/);
  });

  it("attributes a session's reply, note and status change to its member, whatever the body names", async () => {
    const support = members.support;
    const ticket = await createTicket(acme.api);
    const reply = await support.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'from support', member_id: members.owner.id })
      .expect(201);
    expect(reply.body.message.member_id).toBe(support.id);
    const note = await support.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'a note', internal: true, member_id: members.admin.id })
      .expect(201);
    expect(note.body.message.member_id).toBe(support.id);
    await support.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'closed' }).expect(200);
    await acme.api.patch(`/v1/helpdesk/tickets/${ticket.id}/status`, { status: 'waiting' }).expect(200);
    await support.api.post('/v1/helpdesk/tickets/bulk', { ticket_ids: [ticket.id], action: 'close' }).expect(200);
    const details = (await acme.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
    expect(
      details.status_history.map((entry: { to: string; source: string; member_id: string | null }) => [
        entry.to,
        entry.source,
        entry.member_id,
      ]),
    ).toEqual([
      ['in_progress', 'auto', null],
      ['closed', 'api', support.id],
      ['waiting', 'api', null],
      ['closed', 'bulk', support.id],
    ]);
    // The API key may still name the member it replies for.
    const byKey = await acme.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'for admin', member_id: members.admin.id })
      .expect(201);
    expect(byKey.body.message.member_id).toBe(members.admin.id);
  });
});
