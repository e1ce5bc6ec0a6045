import { CannedResponsesService } from '../../src/canned-responses/canned-responses.service.js';
import { type TestProject, useTestApp } from '../helpers/test-app.js';

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const ERROR = { error: expect.any(String), retryable: false, code: expect.stringMatching(/^[a-z_]+$/) };
const PATH = '/v1/helpdesk/canned-responses';

describe('canned responses', () => {
  const ctx = useTestApp();
  const tenant = ctx.useProject('Canned');
  const other = ctx.useProject('Other');

  async function createCanned(project: TestProject, body: object) {
    const response = await project.api.post(PATH, body).expect(201);
    return response.body as { id: string; title: string; text: string; shortcut: string | null; variables: string[] };
  }

  describe('POST', () => {
    it('creates the docs example', async () => {
      const { api } = await ctx.project();
      const response = await api
        .post(PATH, { title: 'Greeting', text: 'Hello! How can we help?', shortcut: '/hi' })
        .expect(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        title: 'Greeting',
        text: 'Hello! How can we help?',
        shortcut: '/hi',
        variables: [],
        created_at: expect.any(String),
        updated_at: expect.any(String),
      });
    });

    it('accepts every variable, with spaces inside the braces, and lists them', async () => {
      const text =
        'Hi {{first_name}} (@{{ username }}), ticket #{{ticket_number}} "{{ subject }}" — ' +
        '{{agent_name}}, {{  project_name  }}';
      const canned = await createCanned(tenant, { title: 'All variables', text });
      expect(canned.text).toBe(text);
      expect(canned.shortcut).toBeNull();
      expect(canned.variables).toEqual([
        'first_name',
        'username',
        'ticket_number',
        'subject',
        'agent_name',
        'project_name',
      ]);
    });

    it('rejects an unknown variable with 422 naming it', async () => {
      const response = await tenant.api
        .post(PATH, { title: 'Bad', text: 'Hi {{ first_name }}, your e-mail {{email}} and {{ phone }}' })
        .expect(422);
      expect(response.body).toMatchObject({ error: expect.stringContaining('{{email}}'), retryable: false });
      expect(response.body.error).toContain('{{phone}}');
      expect(response.body.details).toEqual({ unknown_variables: ['email', 'phone'] });
    });

    it('keeps HTML-special characters in the text as written', async () => {
      const canned = await createCanned(tenant, {
        title: '<b>Bold</b> & "quoted"',
        text: `Use <b>bold</b> & 'quotes' "here"`,
      });
      expect(canned).toMatchObject({ title: '<b>Bold</b> & "quoted"', text: `Use <b>bold</b> & 'quotes' "here"` });
    });

    it('stores the shortcut lower-cased and accepts letters of any script', async () => {
      expect((await createCanned(tenant, { title: 'Upper', text: 't', shortcut: '/Refund_Policy-2' })).shortcut).toBe(
        '/refund_policy-2',
      );
      expect((await createCanned(tenant, { title: 'Cyrillic', text: 't', shortcut: '/Привет' })).shortcut).toBe(
        '/привет',
      );
    });

    it.each([
      ['a missing title', { text: 'x' }],
      ['a missing text', { title: 'x' }],
      ['a non-string text', { title: 'x', text: 5 }],
      ['a non-string shortcut', { title: 'x', text: 'x', shortcut: 5 }],
      ['an unknown field', { title: 'x', text: 'x', tags: [] }],
    ])('rejects %s with 400', async (_case, body) => {
      expect((await tenant.api.post(PATH, body).expect(400)).body).toMatchObject(ERROR);
    });

    it.each([
      ['a blank title', { title: '  ', text: 'x' }],
      ['a title over 200 characters', { title: 't'.repeat(201), text: 'x' }],
      ['a blank text', { title: 'x', text: ' \n ' }],
      ['a text over 4096 characters', { title: 'x', text: 'a'.repeat(4097) }],
      ['a shortcut without the slash', { title: 'x', text: 'x', shortcut: 'hi' }],
      ['a shortcut with a space', { title: 'x', text: 'x', shortcut: '/hi there' }],
      ['a bare slash', { title: 'x', text: 'x', shortcut: '/' }],
      ['a shortcut over 32 characters', { title: 'x', text: 'x', shortcut: `/${'a'.repeat(33)}` }],
    ])('rejects %s with 422', async (_case, body) => {
      expect((await tenant.api.post(PATH, body).expect(422)).body).toMatchObject(ERROR);
    });

    it('accepts exactly 4096 characters of text', async () => {
      await createCanned(tenant, { title: 'Long', text: 'a'.repeat(4096) });
    });

    it('rejects a duplicate shortcut in the project, case-insensitively, with 409', async () => {
      await createCanned(tenant, { title: 'Thanks', text: 'Thank you!', shortcut: '/thanks' });
      const response = await tenant.api
        .post(PATH, { title: 'Thanks again', text: 'Thanks!', shortcut: '/THANKS' })
        .expect(409);
      expect(response.body).toEqual({
        error: expect.stringContaining('/thanks'),
        retryable: false,
        code: 'canned_shortcut_taken',
      });
    });

    it('gives exactly one 201 when the same shortcut is taken concurrently', async () => {
      const statuses = await Promise.all(
        [1, 2, 3].map((n) =>
          tenant.api
            .post(PATH, { title: `Race ${n}`, text: 'x', shortcut: '/race' })
            .then((response) => response.status),
        ),
      );
      expect(statuses.sort()).toEqual([201, 409, 409]);
    });

    it('allows the same shortcut in another project, and many responses without one', async () => {
      await createCanned(tenant, { title: 'Bye', text: 'Bye', shortcut: '/bye' });
      await createCanned(other, { title: 'Bye', text: 'Bye', shortcut: '/bye' });
      await createCanned(tenant, { title: 'No shortcut 1', text: 'x' });
      await createCanned(tenant, { title: 'No shortcut 2', text: 'x', shortcut: null });
    });
  });

  describe('GET', () => {
    it("lists the project's responses oldest first, and none of another project's", async () => {
      const project = await ctx.project();
      const first = await createCanned(project, { title: 'First', text: 'one' });
      const second = await createCanned(project, { title: 'Second', text: 'two {{agent_name}}', shortcut: '/two' });
      await createCanned(other, { title: 'Theirs', text: 'x' });
      const response = await project.api.get(PATH).expect(200);
      expect(response.body.canned_responses).toEqual([first, second]);
    });
  });

  describe('PUT /{canned_id}', () => {
    it('changes only the fields sent, and removes the shortcut with null', async () => {
      const canned = await createCanned(tenant, { title: 'Edit me', text: 'Old {{first_name}}', shortcut: '/edit' });
      const retitled = await tenant.api.put(`${PATH}/${canned.id}`, { title: 'Edited' }).expect(200);
      expect(retitled.body).toMatchObject({
        title: 'Edited',
        text: 'Old {{first_name}}',
        shortcut: '/edit',
        variables: ['first_name'],
      });
      const retexted = await tenant.api
        .put(`${PATH}/${canned.id}`, { text: 'New {{ subject }}', shortcut: null })
        .expect(200);
      expect(retexted.body).toMatchObject({
        title: 'Edited',
        text: 'New {{ subject }}',
        shortcut: null,
        variables: ['subject'],
      });
      await createCanned(tenant, { title: 'Takes the freed shortcut', text: 'x', shortcut: '/edit' });
    });

    it('rejects an unknown variable in a new text with 422 and leaves the response as it was', async () => {
      const canned = await createCanned(tenant, { title: 'Keep', text: 'Kept' });
      const response = await tenant.api.put(`${PATH}/${canned.id}`, { text: 'Hi {{customer}}' }).expect(422);
      expect(response.body.error).toContain('{{customer}}');
      const list = await tenant.api.get(PATH).expect(200);
      expect(list.body.canned_responses.find((item: { id: string }) => item.id === canned.id).text).toBe('Kept');
    });

    it("rejects another response's shortcut with 409, but allows keeping its own", async () => {
      await createCanned(tenant, { title: 'Owner of /taken', text: 'x', shortcut: '/taken' });
      const canned = await createCanned(tenant, { title: 'Wants /taken', text: 'x', shortcut: '/mine' });
      await tenant.api.put(`${PATH}/${canned.id}`, { shortcut: '/Taken' }).expect(409);
      await tenant.api.put(`${PATH}/${canned.id}`, { shortcut: '/MINE' }).expect(200);
    });

    it.each([
      ['a null title', { title: null }, 400],
      ['a null text', { text: null }, 400],
      ['an unknown field', { id: MISSING_ID }, 400],
      ['a text over 4096 characters', { text: 'a'.repeat(4097) }, 422],
      ['a bad shortcut', { shortcut: 'nope' }, 422],
    ])('rejects %s', async (_case, body, status) => {
      const canned = await createCanned(tenant, { title: 'Validation target', text: 'x' });
      expect((await tenant.api.put(`${PATH}/${canned.id}`, body).expect(status)).body).toMatchObject(ERROR);
    });

    it('answers 404 for an unknown, malformed or foreign id', async () => {
      const foreign = await createCanned(other, { title: 'Foreign', text: 'theirs' });
      for (const id of [MISSING_ID, 'abc', foreign.id]) {
        const response = await tenant.api.put(`${PATH}/${id}`, { title: 'Hijacked' }).expect(404);
        expect(response.body).toEqual({
          error: 'canned response not found',
          retryable: false,
          code: 'canned_response_not_found',
        });
      }
      const list = await other.api.get(PATH).expect(200);
      expect(list.body.canned_responses.find((item: { id: string }) => item.id === foreign.id).title).toBe('Foreign');
    });
  });

  describe('CannedResponsesService.render', () => {
    it('renders a canned response of the project with the given values', async () => {
      const canned = await createCanned(tenant, {
        title: 'Render',
        text: 'Hi {{ first_name }} from {{project_name}}{{agent_name}}',
      });
      const service = ctx.app.get(CannedResponsesService);
      await expect(
        service.render(tenant.project, canned.id, { first_name: '<i>Ann</i>', project_name: 'Acme' }),
      ).resolves.toBe('Hi <i>Ann</i> from Acme');
    });

    it("answers 404 for another project's response, or 422 naming the field when one is given", async () => {
      const foreign = await createCanned(other, { title: 'Theirs', text: 'x' });
      const service = ctx.app.get(CannedResponsesService);
      await expect(service.render(tenant.project, foreign.id, {})).rejects.toMatchObject({
        status: 404,
        message: 'canned response not found',
      });
      await expect(
        service.render(tenant.project, foreign.id, {}, undefined, 'canned_response_id'),
      ).rejects.toMatchObject({
        status: 422,
        message: 'canned_response_id is not a canned response of this project',
      });
    });
  });

  describe('DELETE /{canned_id}', () => {
    it('deletes a response', async () => {
      const canned = await createCanned(tenant, { title: 'Delete me', text: 'x', shortcut: '/del' });
      await tenant.api.delete(`${PATH}/${canned.id}`).expect(204);
      const list = await tenant.api.get(PATH).expect(200);
      expect(list.body.canned_responses.map((item: { id: string }) => item.id)).not.toContain(canned.id);
      await tenant.api.delete(`${PATH}/${canned.id}`).expect(404);
      await createCanned(tenant, { title: 'Reuses /del', text: 'x', shortcut: '/del' });
    });

    it('answers 404 for an unknown, malformed or foreign id and deletes nothing', async () => {
      const foreign = await createCanned(other, { title: 'Foreign keep', text: 'x' });
      for (const id of [MISSING_ID, 'zzz', foreign.id]) await tenant.api.delete(`${PATH}/${id}`).expect(404);
      const list = await other.api.get(PATH).expect(200);
      expect(list.body.canned_responses.map((item: { id: string }) => item.id)).toContain(foreign.id);
    });
  });
});
