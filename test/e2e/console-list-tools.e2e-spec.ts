import type { Page } from 'playwright-core';
import { seriousAxeViolations } from '../helpers/axe.js';
import { useConsoleBrowser } from '../helpers/console-browser.js';
import { signedInMember, TEST_PUBLIC_URL } from '../helpers/sessions.js';
import type { TestProject } from '../helpers/test-app.js';
import { useTestApp } from '../helpers/test-app.js';
import { createTicket } from '../helpers/tickets.js';
import { waitFor } from '../helpers/webhook-receiver.js';

/**
 * The ticket list's workspace tools in headless Chromium: bulk actions on checked rows, saved views, the
 * first-run state of a project without tickets, and a ticket an agent opens themselves. Each test has its
 * own project, so the lists hold only its tickets.
 */
describe('Ticket list tools in the browser', () => {
  const ctx = useTestApp({ PUBLIC_URL: TEST_PUBLIC_URL, WORKERS_ENABLED: 'false' });
  const web = useConsoleBrowser(ctx);
  const pageOf = web.pageOf;

  const rows = (page: Page) => page.locator('table.tickets tbody tr');
  const overflow = (page: Page) =>
    page.evaluate('document.documentElement.scrollWidth - window.innerWidth') as Promise<number>;
  const ticketsOf = async (tenant: TestProject) =>
    (await tenant.api.get('/v1/helpdesk/tickets').expect(200)).body.tickets as Array<Record<string, any>>;

  it('changes checked tickets in bulk: status, assignee, priority, tags; a checkbox never opens a ticket', async () => {
    const tenant = await ctx.project('Bulk Shop');
    const agent = await signedInMember(ctx.app, tenant, 'support');
    const olga = await signedInMember(ctx.app, tenant, 'support');
    const first = await createTicket(tenant.api, { subject: 'Bulk one' });
    const second = await createTicket(tenant.api, { subject: 'Bulk two' });
    const third = await createTicket(tenant.api, { subject: 'Bulk three' });
    const page = await pageOf(agent);
    await page.goto(`${web.baseUrl}/`);
    await page.locator('tr', { hasText: 'Bulk one' }).waitFor();

    await page.getByRole('checkbox', { name: `Select ticket #${first.ticket_number}` }).click();
    await page.getByRole('checkbox', { name: `Select ticket #${second.ticket_number}` }).click();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await bar.getByText('2 selected').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    await bar.getByLabel('Set status of the selected').selectOption('in_progress');
    await bar.getByText('2 tickets changed').waitFor();
    await bar.getByLabel('Assign the selected').selectOption(olga.id);
    await waitFor(
      async () => (await ticketsOf(tenant)).filter((t) => t.assigned_to === olga.id).length === 2,
      'assign',
    );
    await bar.getByLabel('Set priority of the selected').selectOption('urgent');
    await waitFor(
      async () => (await ticketsOf(tenant)).filter((t) => t.priority === 'urgent').length === 2,
      'priority',
    );
    await bar.getByLabel('Tag for the selected').fill('vip');
    await bar.getByRole('button', { name: 'Add tag' }).click();
    await page.locator('tr', { hasText: 'Bulk two' }).locator('.tag', { hasText: 'vip' }).waitFor();
    let now = await ticketsOf(tenant);
    const byId = (id: string) => now.find((ticket) => ticket.id === id)!;
    expect([byId(first.id), byId(second.id)].map((t) => [t.status, t.tags])).toEqual([
      ['in_progress', ['vip']],
      ['in_progress', ['vip']],
    ]);
    expect([byId(third.id).status, byId(third.id).assigned_to, byId(third.id).priority]).toEqual([
      'new',
      null,
      'normal',
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Select all on the page, take the tag off and unassign; "me" assigns to the signed-in agent.
    await page.getByRole('checkbox', { name: 'Select all tickets on this page' }).check();
    await bar.getByText('3 selected').waitFor();
    await bar.getByLabel('Tag for the selected').fill('vip');
    await bar.getByRole('button', { name: 'Remove tag' }).click();
    await bar.getByText('2 tickets changed').waitFor();
    await bar.getByLabel('Assign the selected').selectOption('me');
    await waitFor(async () => (await ticketsOf(tenant)).every((t) => t.assigned_to === agent.id), 'assign to me');
    await bar.getByLabel('Assign the selected').selectOption('none');
    await waitFor(async () => (await ticketsOf(tenant)).every((t) => t.assigned_to === null), 'unassign');
    now = await ticketsOf(tenant);
    expect(now.map((ticket) => ticket.tags)).toEqual([[], [], []]);

    // A refusal is shown in the console's words: the member left before the assignment.
    await tenant.api.delete(`/v1/team/members/${olga.id}`).expect(204);
    await bar.getByLabel('Assign the selected').selectOption(olga.id);
    await bar.getByRole('alert').waitFor();
    expect(await bar.getByRole('alert').textContent()).toBe('That person is not a member of this team.');
    await bar.getByRole('button', { name: 'Clear selection' }).click();
    expect(await bar.count()).toBe(0);
    // From the keyboard: j selects a row, x checks it.
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await bar.getByText('1 selected').waitFor();
    expect(await page.locator('tr.selected input[type=checkbox]').isChecked()).toBe(true);
  }, 60_000);

  it('keeps checkboxes usable on a 390 px phone and hides them from viewers', async () => {
    const tenant = await ctx.project('Bulk Phone');
    const agent = await signedInMember(ctx.app, tenant, 'support');
    const viewer = await signedInMember(ctx.app, tenant, 'viewer');
    const ticket = await createTicket(tenant.api, { subject: 'Checked on a phone' });
    await createTicket(tenant.api, { subject: 'Left alone on a phone' });
    const page = await pageOf(agent, 390);
    await page.goto(`${web.baseUrl}/`);
    await page.locator('tr', { hasText: 'Checked on a phone' }).waitFor();
    await page.getByRole('checkbox', { name: `Select ticket #${ticket.ticket_number}` }).click();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await bar.getByLabel('Set status of the selected').selectOption('waiting');
    await bar.getByText('1 ticket changed').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The row itself still opens the ticket.
    await page.locator('tr', { hasText: 'Left alone on a phone' }).locator('td.subject').click();
    await page.locator('h1', { hasText: 'Left alone on a phone' }).waitFor();

    const viewing = await pageOf(viewer);
    await viewing.goto(`${web.baseUrl}/`);
    await rows(viewing).first().waitFor();
    expect(await viewing.locator('table.tickets').getByRole('checkbox').count()).toBe(0);
    expect(await viewing.getByRole('button', { name: 'New ticket' }).count()).toBe(0);
  }, 60_000);

  it('saves the filters and sort as a view, applies it after a reset, and deletes it', async () => {
    const tenant = await ctx.project('Views Shop');
    const agent = await signedInMember(ctx.app, tenant, 'support');
    await createTicket(tenant.api, { subject: 'A new one' });
    const page = await pageOf(agent);
    await page.goto(`${web.baseUrl}/`);
    await rows(page).first().waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption('new');
    await page.getByLabel('Assignee', { exact: true }).selectOption('me');
    await page.getByLabel('Sort', { exact: true }).selectOption('priority');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByLabel('View name').fill('My new by priority');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('View “My new by priority” saved').waitFor();
    const saved = (await agent.api.get('/v1/team/me/views').expect(200)).body.views;
    expect(saved).toEqual([
      expect.objectContaining({
        name: 'My new by priority',
        filters: { status: 'new', assigned_to: agent.id, sort: 'priority' },
      }),
    ]);

    await page.getByRole('button', { name: 'Reset filters' }).click();
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('');
    await page.getByLabel('Saved views').selectOption({ label: 'My new by priority' });
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('new');
    expect(await page.getByLabel('Assignee', { exact: true }).inputValue()).toBe('me');
    expect(await page.getByLabel('Sort', { exact: true }).inputValue()).toBe('priority');
    await page.getByText('No tickets match.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Delete view “My new by priority”' }).click();
    await waitFor(async () => (await agent.api.get('/v1/team/me/views').expect(200)).body.views.length === 0, 'delete');
    expect(await page.getByLabel('Saved views').count()).toBe(0);
  }, 60_000);

  it("shows a new project's empty list how tickets arrive: the help link with a QR code and the API", async () => {
    const tenant = await ctx.project('First Run Shop');
    const agent = await signedInMember(ctx.app, tenant, 'support');
    const page = await pageOf(agent);
    await page.goto(`${web.baseUrl}/`);
    const firstRun = page.getByTestId('first-run');
    await firstRun.getByRole('heading', { name: 'No tickets yet' }).waitFor();
    const link = `https://t.me/zapnotybot?start=help_${tenant.project.slug}`;
    expect(await firstRun.getByTestId('help-link').getAttribute('href')).toBe(link);
    await firstRun.getByRole('img', { name: 'QR code of the help link' }).waitFor();
    expect(await firstRun.locator('pre').textContent()).toContain(`${web.baseUrl}/v1/helpdesk/tickets`);
    expect(await page.getByText('No tickets match.').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    if (process.env.UPDATE_SCREENSHOTS === 'true') await page.screenshot({ path: 'docs/console-first-run-en.png' });
    // With a filter set, an empty list means "nothing matches", not "nothing yet".
    await page.getByLabel('Status', { exact: true }).selectOption('closed');
    await page.getByText('No tickets match.').waitFor();
    expect(await firstRun.count()).toBe(0);

    const phone = await pageOf(agent, 390, 'ru-RU');
    await phone.goto(`${web.baseUrl}/`);
    await phone.getByRole('heading', { name: 'Обращений пока нет' }).waitFor();
    await phone.getByRole('img', { name: 'QR-код ссылки на поддержку' }).waitFor();
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(phone)).toEqual([]);
  }, 60_000);

  it('lets an agent open a ticket for a phone call and opens it', async () => {
    const tenant = await ctx.project('Phone Call Shop');
    const agent = await signedInMember(ctx.app, tenant, 'support');
    const page = await pageOf(agent, 390);
    await page.goto(`${web.baseUrl}/`);
    await page.getByTestId('first-run').waitFor();
    await page.getByRole('button', { name: 'New ticket' }).click();
    const form = page.getByRole('form', { name: 'New ticket' });
    await form.getByLabel('Customer name').fill('Anna Petrova');
    await form.getByLabel('Subject').fill('Called about a late parcel');
    await form.getByLabel('Priority').selectOption('high');
    await form.getByLabel('What the customer asked').fill('The parcel A-1042 is a week late.');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Create ticket' }).click();
    await page.locator('h1', { hasText: 'Called about a late parcel' }).waitFor();
    const [ticket] = await ticketsOf(tenant);
    expect(new URL(page.url()).pathname).toBe(`/tickets/${ticket.id}`);
    expect(ticket).toMatchObject({ channel: 'virtual', priority: 'high', subject: 'Called about a late parcel' });
    const details = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
    expect(details.messages.map((message: { text: string }) => message.text)).toEqual([
      'The parcel A-1042 is a week late.',
    ]);
    expect(JSON.stringify(details)).toContain('Anna Petrova');
  }, 60_000);
});
