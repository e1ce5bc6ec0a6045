import { DataSource } from 'typeorm';
import { sqlOfManager } from '../../src/common/database/sql.js';
import { TicketTypesService } from '../../src/ticket-types/ticket-types.service.js';
import { type TestProject, useTestApp } from '../helpers/test-app.js';

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const ERROR = { error: expect.any(String), retryable: false, code: expect.stringMatching(/^[a-z_]+$/) };

describe('ticket types', () => {
  const ctx = useTestApp();
  const tenant = ctx.useProject('Types');
  const other = ctx.useProject('Other');

  async function createType(project: TestProject, body: object) {
    const response = await project.api.post('/v1/helpdesk/ticket-types', body).expect(201);
    return response.body as {
      id: string;
      name: string;
      description: string | null;
      enabled: boolean;
      sort_order: number;
    };
  }

  describe('POST /v1/helpdesk/ticket-types', () => {
    it('creates an enabled type with the docs example body', async () => {
      const { api } = await ctx.project();
      const response = await api
        .post('/v1/helpdesk/ticket-types', { name: 'Bug', description: 'Bug reports', sort_order: 1 })
        .expect(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Bug',
        description: 'Bug reports',
        enabled: true,
        sort_order: 1,
        created_at: expect.any(String),
        updated_at: expect.any(String),
      });
    });

    it('defaults description to null and sort_order to 0, and trims the name', async () => {
      const type = await createType(tenant, { name: '  Question  ' });
      expect(type).toMatchObject({ name: 'Question', description: null, sort_order: 0, enabled: true });
    });

    it.each([
      ['a missing name', {}],
      ['a non-string name', { name: 42 }],
      ['a null name', { name: null }],
      ['a non-integer sort_order', { name: 'X1', sort_order: 1.5 }],
      ['a string sort_order', { name: 'X2', sort_order: '1' }],
      ['a non-string description', { name: 'X3', description: 7 }],
      ['enabled (accepted on PUT only)', { name: 'X4', enabled: false }],
      ['an unknown field', { name: 'X5', colour: 'red' }],
    ])('rejects %s with 400', async (_case, body) => {
      const response = await tenant.api.post('/v1/helpdesk/ticket-types', body).expect(400);
      expect(response.body).toMatchObject(ERROR);
    });

    it.each([
      ['a blank name', { name: '   ' }],
      ['a name over 100 characters', { name: 'x'.repeat(101) }],
      ['a description over 500 characters', { name: 'X6', description: 'd'.repeat(501) }],
      ['a sort_order out of range', { name: 'X7', sort_order: 1_000_001 }],
    ])('rejects %s with 422', async (_case, body) => {
      const response = await tenant.api.post('/v1/helpdesk/ticket-types', body).expect(422);
      expect(response.body).toMatchObject(ERROR);
    });

    it('rejects a duplicate name in the same project, case-insensitively, with 409', async () => {
      await createType(tenant, { name: 'Billing' });
      const response = await tenant.api.post('/v1/helpdesk/ticket-types', { name: ' BILLING ' }).expect(409);
      expect(response.body).toEqual({
        error: expect.stringContaining('already exists'),
        retryable: false,
        code: 'ticket_type_name_taken',
      });
    });

    it('allows the same name in another project', async () => {
      await createType(tenant, { name: 'Shared name' });
      await createType(other, { name: 'Shared name' });
    });

    it('gives exactly one 201 when the same name is created concurrently', async () => {
      const statuses = await Promise.all(
        [1, 2, 3].map(() => tenant.api.post('/v1/helpdesk/ticket-types', { name: 'Race' }).then((r) => r.status)),
      );
      expect(statuses.sort()).toEqual([201, 409, 409]);
    });
  });

  it('allows at most 100 live types per project; deleting one makes room', async () => {
    const project = await ctx.project();
    const ids: string[] = [];
    for (let n = 0; n < 100; n += 1) ids.push((await createType(project, { name: `Type ${n}` })).id);
    const over = await project.api.post('/v1/helpdesk/ticket-types', { name: 'One too many' }).expect(422);
    expect(over.body.error).toContain('at most 100');
    await project.api.delete(`/v1/helpdesk/ticket-types/${ids[0]}`).expect(204);
    await createType(project, { name: 'One too many' });
  });

  describe('GET lists', () => {
    it('lists enabled types by sort_order then name, with id, name and description only', async () => {
      const project = await ctx.project();
      const zeta = await createType(project, { name: 'zeta', sort_order: 1 });
      const alpha = await createType(project, { name: 'Alpha', sort_order: 1 });
      const first = await createType(project, { name: 'Zzz first', sort_order: -5, description: 'first' });
      const disabled = await createType(project, { name: 'Disabled' });
      await project.api.put(`/v1/helpdesk/ticket-types/${disabled.id}`, { enabled: false }).expect(200);
      const deleted = await createType(project, { name: 'Deleted' });
      await project.api.delete(`/v1/helpdesk/ticket-types/${deleted.id}`).expect(204);

      const runtime = await project.api.get('/v1/helpdesk/ticket-types').expect(200);
      expect(runtime.body).toEqual({
        ticket_types: [
          { id: first.id, name: 'Zzz first', description: 'first' },
          { id: alpha.id, name: 'Alpha', description: null },
          { id: zeta.id, name: 'zeta', description: null },
        ],
      });

      const config = await project.api.get('/v1/helpdesk/ticket-types/config').expect(200);
      expect(
        config.body.ticket_types.map((type: { name: string; enabled: boolean }) => [type.name, type.enabled]),
      ).toEqual([
        ['Zzz first', true],
        ['Disabled', false],
        ['Alpha', true],
        ['zeta', true],
      ]);
      expect(config.body.ticket_types[1]).toEqual({
        id: disabled.id,
        name: 'Disabled',
        description: null,
        enabled: false,
        sort_order: 0,
        created_at: expect.any(String),
        updated_at: expect.any(String),
      });
    });

    it("shows a project none of another project's types", async () => {
      const project = await ctx.project();
      await createType(other, { name: 'Only in other' });
      expect((await project.api.get('/v1/helpdesk/ticket-types').expect(200)).body).toEqual({ ticket_types: [] });
      expect((await project.api.get('/v1/helpdesk/ticket-types/config').expect(200)).body).toEqual({
        ticket_types: [],
      });
    });
  });

  describe('PUT /v1/helpdesk/ticket-types/{type_id}', () => {
    it('changes only the fields sent', async () => {
      const type = await createType(tenant, { name: 'Feature', description: 'Ideas', sort_order: 3 });
      const renamed = await tenant.api.put(`/v1/helpdesk/ticket-types/${type.id}`, { name: 'Suggestion' }).expect(200);
      expect(renamed.body).toMatchObject({
        id: type.id,
        name: 'Suggestion',
        description: 'Ideas',
        sort_order: 3,
        enabled: true,
      });
      const changed = await tenant.api
        .put(`/v1/helpdesk/ticket-types/${type.id}`, { description: null, sort_order: 7, enabled: false })
        .expect(200);
      expect(changed.body).toMatchObject({ name: 'Suggestion', description: null, sort_order: 7, enabled: false });
      const unchanged = await tenant.api.put(`/v1/helpdesk/ticket-types/${type.id}`, {}).expect(200);
      expect(unchanged.body).toMatchObject({ name: 'Suggestion', enabled: false });
    });

    it('allows changing the case of its own name', async () => {
      const type = await createType(tenant, { name: 'refund' });
      const response = await tenant.api.put(`/v1/helpdesk/ticket-types/${type.id}`, { name: 'Refund' }).expect(200);
      expect(response.body.name).toBe('Refund');
    });

    it("rejects renaming to another live type's name with 409", async () => {
      await createType(tenant, { name: 'Outage' });
      const type = await createType(tenant, { name: 'Downtime' });
      await tenant.api.put(`/v1/helpdesk/ticket-types/${type.id}`, { name: 'OUTAGE' }).expect(409);
    });

    it.each([
      ['a null name', { name: null }, 400],
      ['a non-boolean enabled', { enabled: 'yes' }, 400],
      ['a null enabled', { enabled: null }, 400],
      ['an unknown field', { deleted: true }, 400],
      ['a blank name', { name: '' }, 422],
      ['a sort_order out of range', { sort_order: -1_000_001 }, 422],
    ])('rejects %s', async (_case, body, status) => {
      const type = await createType(tenant, { name: `Put ${status} ${Math.random()}` });
      const response = await tenant.api.put(`/v1/helpdesk/ticket-types/${type.id}`, body).expect(status);
      expect(response.body).toMatchObject(ERROR);
    });

    it('answers 404 for an unknown, malformed, foreign or deleted id', async () => {
      const foreign = await createType(other, { name: 'Foreign' });
      const deleted = await createType(tenant, { name: 'Gone' });
      await tenant.api.delete(`/v1/helpdesk/ticket-types/${deleted.id}`).expect(204);
      for (const id of [MISSING_ID, 'not-a-uuid', foreign.id, deleted.id]) {
        const response = await tenant.api.put(`/v1/helpdesk/ticket-types/${id}`, { name: 'Renamed' }).expect(404);
        expect(response.body).toEqual({
          error: 'ticket type not found',
          retryable: false,
          code: 'ticket_type_not_found',
        });
      }
      const config = await other.api.get('/v1/helpdesk/ticket-types/config').expect(200);
      expect(config.body.ticket_types.find((type: { id: string }) => type.id === foreign.id).name).toBe('Foreign');
    });
  });

  describe('DELETE /v1/helpdesk/ticket-types/{type_id}', () => {
    it('removes the type from both lists and frees its name', async () => {
      const type = await createType(tenant, { name: 'Temporary' });
      await tenant.api.delete(`/v1/helpdesk/ticket-types/${type.id}`).expect(204);
      const config = await tenant.api.get('/v1/helpdesk/ticket-types/config').expect(200);
      expect(config.body.ticket_types.map((t: { id: string }) => t.id)).not.toContain(type.id);
      const again = await createType(tenant, { name: 'temporary' });
      expect(again.id).not.toBe(type.id);
    });

    it('keeps the row (soft delete), so tickets that use it still resolve its name', async () => {
      const type = await createType(tenant, { name: 'Kept row' });
      await tenant.api.delete(`/v1/helpdesk/ticket-types/${type.id}`).expect(204);
      const rows = await ctx.app
        .get(DataSource)
        .query('SELECT name, deleted_at FROM ticket_type WHERE id = $1', [type.id]);
      expect(rows).toEqual([{ name: 'Kept row', deleted_at: expect.any(Date) }]);
    });

    it('answers 404 for an unknown, malformed, foreign or already deleted id', async () => {
      const foreign = await createType(other, { name: 'Foreign for delete' });
      const deleted = await createType(tenant, { name: 'Deleted twice' });
      await tenant.api.delete(`/v1/helpdesk/ticket-types/${deleted.id}`).expect(204);
      for (const id of [MISSING_ID, '123', foreign.id, deleted.id]) {
        await tenant.api.delete(`/v1/helpdesk/ticket-types/${id}`).expect(404);
      }
      const config = await other.api.get('/v1/helpdesk/ticket-types/config').expect(200);
      expect(config.body.ticket_types.map((t: { id: string }) => t.id)).toContain(foreign.id);
    });
  });

  describe('TicketTypesService.requireUsableType', () => {
    it('returns id and name of an enabled type, and 422 for anything else', async () => {
      const service = ctx.app.get(TicketTypesService);
      const project = tenant.project;
      const usable = await createType(tenant, { name: 'Usable' });
      const disabled = await createType(tenant, { name: 'Switched off' });
      await tenant.api.put(`/v1/helpdesk/ticket-types/${disabled.id}`, { enabled: false }).expect(200);
      const deleted = await createType(tenant, { name: 'Removed' });
      await tenant.api.delete(`/v1/helpdesk/ticket-types/${deleted.id}`).expect(204);
      const foreign = await createType(other, { name: 'Theirs' });

      const dataSource = ctx.app.get(DataSource);
      await expect(service.requireUsableType(project, usable.id)).resolves.toEqual({ id: usable.id, name: 'Usable' });
      await expect(
        dataSource.transaction((manager) => service.requireUsableType(project, usable.id, sqlOfManager(manager))),
      ).resolves.toEqual({ id: usable.id, name: 'Usable' });
      for (const id of [disabled.id, deleted.id, foreign.id, MISSING_ID, 'nope']) {
        const expected = { status: 422, message: 'ticket_type_id is not an enabled ticket type of this project' };
        await expect(service.requireUsableType(project, id)).rejects.toMatchObject(expected);
        await expect(
          dataSource.transaction((manager) => service.requireUsableType(project, id, sqlOfManager(manager))),
        ).rejects.toMatchObject(expected);
      }
    });
  });

  it('requires an API key', async () => {
    const response = await tenant.api
      .get('/v1/helpdesk/ticket-types')
      .set('Authorization', 'Bearer zn_live_wrong')
      .expect(401);
    expect(response.body).toMatchObject(ERROR);
  });
});
