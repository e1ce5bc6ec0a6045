import { existsSync, mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { consoleDirectory } from '../../src/console/console-static.js';
import { TelegramDeliveryWorker } from '../../src/messengers/telegram/telegram-delivery.worker.js';
import { launchChromium } from '../helpers/browser.js';
import { useTelegramChat } from '../helpers/telegram-chat.js';

const SECRET = 'console-e2e-secret';
const PASSWORD = 'correct horse battery';
/** UPDATE_SCREENSHOTS=true writes the README's screenshots (docs/console-*.png) from this run. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === 'true';

/**
 * The agent console in headless Chromium against the real server on the test database: what a team does
 * with it, and what each role is (and is not) offered. Every check waits for a state of the page; no reloads
 * unless the test says so.
 */
describe('Agent console in the browser', () => {
  const telegram = useTelegramChat('778:console-e2e', SECRET);
  const { ctx, fake } = telegram;
  const tenant = ctx.useProject('Console Shop');
  let baseUrl: string;
  let browser: Browser;
  const chat = 810_000 + Math.floor(Math.random() * 100_000);
  const contexts: BrowserContext[] = [];

  const deliverTelegram = () => ctx.app.get(TelegramDeliveryWorker).runOnce(tenant.project.id);

  async function newPage(locale = 'en-US', viewport = { width: 1280, height: 800 }): Promise<Page> {
    const context = await browser.newContext({ locale, viewport });
    contexts.push(context);
    return context.newPage();
  }

  /** An invite made with the API key (owner level), as the CLI or an integrator would. */
  async function inviteWithKey(email: string, name: string, role: string): Promise<string> {
    const response = await tenant.api.post('/v1/team/members', { email, name, role }).expect(201);
    return new URL(response.body.invite_url).pathname;
  }

  async function acceptInvite(page: Page, invitePath: string): Promise<void> {
    await page.goto(baseUrl + invitePath);
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByLabel('Repeat the password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByRole('link', { name: 'Tickets' }).waitFor();
  }

  async function signIn(page: Page, email: string, submit = 'Sign in'): Promise<void> {
    await page.goto(baseUrl + '/');
    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(PASSWORD);
    await page.getByRole('button', { name: submit }).click();
    await page.locator('[data-testid=who]').waitFor();
  }

  /** A mark that survives only as long as the page is not reloaded. */
  const markPage = (page: Page) => page.evaluate('window.consoleTestMark = 1');
  const pageWasNotReloaded = (page: Page) => page.evaluate('window.consoleTestMark === 1');
  const row = (page: Page, subject: string) => page.locator('table.tickets tbody tr', { hasText: subject });

  const createTicketThroughBot = (text: string) => telegram.createTicketThroughBot(tenant, chat, text);

  beforeAll(async () => {
    if (!existsSync(`${consoleDirectory()}/index.html`))
      throw new Error('The console is not built: run `npm run build` first');
    baseUrl = await ctx.listen();
    browser = await launchChromium();
  });
  ctx.beforeClose(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('serves the console at / and for client routes, never in place of the API', async () => {
    const server = ctx.app.getHttpServer();
    for (const path of ['/', '/tickets/00000000-0000-4000-8000-000000000000', '/invite/some-token', '/admin/team']) {
      const response = await request(server).get(path).expect(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.text).toContain('<div id="root">');
    }
    const script = /src="(\/assets\/[^"]+\.js)"/.exec((await request(server).get('/').expect(200)).text)![1];
    const asset = await request(server).get(script).set('Accept-Encoding', 'gzip').expect(200);
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toContain('immutable');
    const plain = await request(server).get(script).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    await request(server).get('/v1/no-such-route').expect(404).expect('Content-Type', /json/);
    await request(server).get('/health').expect(200).expect('Content-Type', /json/);
    await request(server).get('/openapi.json').expect(200).expect('Content-Type', /json/);
    await request(server)
      .get('/mcp/anything')
      .expect((response) => expect(response.text).not.toContain('<div id="root">'));
    await request(server)
      .get('/telegram/anything')
      .expect((response) => expect(response.text).not.toContain('<div id="root">'));
  });

  describe('a team answering a Telegram customer', () => {
    let owner: Page;
    let agent: Page;
    const agentEmail = `sam-${chat}@example.com`;
    let ticket: Record<string, any>;

    it('lets an owner invite a support agent who accepts, then signs in with the new password', async () => {
      owner = await newPage();
      await acceptInvite(owner, await inviteWithKey(`olga-${chat}@example.com`, 'Olga', 'owner'));
      await owner.getByRole('link', { name: 'Team' }).click();
      await owner.getByLabel('E-mail').fill(agentEmail);
      await owner.getByLabel('Name').fill('Sam');
      await owner.getByLabel('Role').last().selectOption('support');
      await owner.getByRole('button', { name: 'Create invite' }).click();
      const inviteUrl = await owner.getByTestId('invite-url').inputValue();
      expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);

      // The owner also prepares the canned response the agent will use.
      await owner.getByRole('link', { name: 'Canned responses' }).click();
      await owner.getByLabel('Title').fill('Greeting');
      await owner.getByLabel('Shortcut').fill('/hello');
      await owner.getByLabel('Text').fill('Hello, {{first_name}}! Ticket #{{ticket_number}} is with {{agent_name}}.');
      await owner.getByRole('button', { name: 'Add' }).click();
      await owner.locator('td', { hasText: 'Greeting' }).waitFor();
      await owner.getByRole('link', { name: 'Tickets' }).click();

      agent = await newPage();
      await acceptInvite(agent, new URL(inviteUrl).pathname);
      expect(await agent.getByTestId('who').textContent()).toContain('Sam · support');
      await agent.getByRole('button', { name: 'Sign out' }).click();
      await agent.getByRole('button', { name: 'Sign in' }).waitFor();
      await signIn(agent, agentEmail);
      // A support agent is not offered the admin pages.
      expect(await agent.getByRole('link', { name: 'Team' }).count()).toBe(0);
    });

    it('shows a ticket the bot creates in both agents’ lists without a reload, marked unread', async () => {
      await markPage(owner);
      await markPage(agent);
      ticket = await createTicketThroughBot('Parcel 5521 never arrived');
      await row(agent, 'Parcel 5521 never arrived').waitFor();
      await row(owner, 'Parcel 5521 never arrived').waitFor();
      expect(await row(agent, 'Parcel 5521 never arrived').getAttribute('class')).toContain('unread');
      expect(await pageWasNotReloaded(agent)).toBe(true);
      expect(await pageWasNotReloaded(owner)).toBe(true);
    });

    it('lets an agent reply with a canned response: another agent sees it live, the customer gets it', async () => {
      await row(agent, 'Parcel 5521 never arrived').getByRole('link').click();
      await agent.getByText('Parcel 5521 never arrived', { exact: true }).first().waitFor();
      await row(owner, 'Parcel 5521 never arrived').getByRole('link').click();
      await owner.locator('.message-customer').first().waitFor();
      await markPage(owner);
      const creditsBefore = Number(await owner.getByTestId('credits').getAttribute('data-remaining'));
      expect(creditsBefore).toBeGreaterThan(0);

      const box = agent.getByRole('textbox', { name: 'Reply' });
      await box.click();
      await box.pressSequentially('/hel');
      await agent.getByRole('option', { name: /Greeting/ }).waitFor();
      await box.press('Enter');
      const rendered = `Hello, Ivan! Ticket #${ticket.ticket_number} is with Sam.`;
      await agent.waitForFunction(
        (text) => (globalThis as any).document.querySelector('textarea[name=reply]').value === text,
        rendered,
      );
      await agent.getByRole('button', { name: 'Send reply' }).click();
      await agent.locator('.message-agent', { hasText: rendered }).waitFor();

      await owner.locator('.message-agent', { hasText: rendered }).waitFor();
      // The public reply cost one credit; the other agent's header follows without a reload.
      await owner.waitForFunction(
        (left) =>
          (globalThis as any).document.querySelector('[data-testid=credits]')?.dataset.remaining === String(left),
        creditsBefore - 1,
      );
      expect(await pageWasNotReloaded(owner)).toBe(true);

      await deliverTelegram();
      expect(fake.textsTo(chat)).toContain(rendered);
      await agent.reload();
      await agent.locator('.message-agent [data-delivery="sent"]').waitFor();
    });

    it('closes the ticket with one click and records who did it', async () => {
      await agent.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Closed' }).click();
      await agent.locator('.history li', { hasText: 'Sam' }).last().waitFor();
      const details = await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200);
      expect(details.body.status).toBe('closed');
      expect(details.body.status_history.at(-1)).toMatchObject({ from: 'in_progress', to: 'closed' });
      // The owner's open view follows without a reload.
      await owner.locator('.status-buttons button.current', { hasText: 'Closed' }).waitFor();
      expect(await pageWasNotReloaded(owner)).toBe(true);
    });
  });

  it('renders an SLA-breached ticket in red with the reason', async () => {
    await tenant.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: 1 }).expect(200);
    const late = await tenant.api
      .post('/v1/helpdesk/tickets', { text: 'Refund still missing', subject: 'Refund still missing' })
      .expect(201);
    const onTime = await tenant.api
      .post('/v1/helpdesk/tickets', { text: 'Question about sizes', subject: 'Question about sizes' })
      .expect(201);
    // The ticket was opened two hours ago: past the one-hour first-reply target.
    await ctx.app
      .get(DataSource)
      .query(`UPDATE ticket SET created_at = now() - interval '2 hours' WHERE id = $1`, [late.body.id]);
    expect(onTime.body.sla.first_reply_breached).toBe(false);

    const page = await newPage();
    await acceptInvite(page, await inviteWithKey(`ada-${chat}@example.com`, 'Ada', 'admin'));
    const lateRow = row(page, 'Refund still missing');
    await lateRow.waitFor();
    expect(await lateRow.getAttribute('class')).toContain('breached');
    expect(await lateRow.locator('.sla-reason').textContent()).toBe('First reply overdue');
    const background = await lateRow.evaluate(
      (element) => (globalThis as any).getComputedStyle(element).backgroundColor as string,
    );
    const [red, green, blue] = background.match(/\d+/g)!.map(Number);
    expect(red).toBeGreaterThan(green + 8);
    expect(red).toBeGreaterThan(blue + 8);
    expect(await row(page, 'Question about sizes').getAttribute('class')).not.toContain('breached');
    await tenant.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: null }).expect(200);
  });

  it('lets a viewer read a conversation without a reply box; a forged reply from that session gets 403', async () => {
    const subject = 'Viewer can read this';
    const created = await tenant.api.post('/v1/helpdesk/tickets', { text: subject, subject }).expect(201);
    const page = await newPage();
    await acceptInvite(page, await inviteWithKey(`vera-${chat}@example.com`, 'Vera', 'viewer'));
    await row(page, subject).getByRole('link').click();
    await page.locator('.message-customer', { hasText: subject }).waitFor();
    expect(await page.locator('textarea[name=reply]').count()).toBe(0);
    expect(await page.locator('.status-buttons').count()).toBe(0);
    expect(await page.getByText('your role (viewer) cannot reply').count()).toBe(1);

    const forged = await page.evaluate(async (id) => {
      const response = await fetch(`/v1/helpdesk/tickets/${id}/reply`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: 'sneaky' }),
      });
      return { status: response.status, body: await response.json() };
    }, created.body.id);
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject({ error: expect.any(String), retryable: false });
    const details = await tenant.api.get(`/v1/helpdesk/tickets/${created.body.id}`).expect(200);
    expect(details.body.messages).toHaveLength(1);
  });

  it('speaks Russian to a Russian browser and can be switched', async () => {
    const page = await newPage('ru-RU');
    await page.goto(baseUrl + '/');
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    await page.getByLabel('Язык').selectOption('en');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });

  (SCREENSHOTS ? it : it.skip)('writes the README screenshots', async () => {
    mkdirSync('docs', { recursive: true });
    const { body } = await tenant.api.get('/v1/helpdesk/tickets?q=Parcel').expect(200);
    const parcel = body.tickets[0];
    await tenant.api
      .post(`/v1/helpdesk/tickets/${parcel.id}/reply`, {
        text: 'Courier confirmed the new delivery date; keep an eye on it.',
        internal: true,
      })
      .expect(201);
    await tenant.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: 1 }).expect(200);
    // A little variety for the pictures: a tag, a priority, an assignee.
    const all = (await tenant.api.get('/v1/helpdesk/tickets').expect(200)).body.tickets as Array<{
      id: string;
      subject: string;
    }>;
    const idOf = (subject: string) => all.find((ticket) => ticket.subject === subject)!.id;
    const members = (await tenant.api.get('/v1/team/members').expect(200)).body.members as Array<{
      id: string;
      name: string;
    }>;
    await tenant.api
      .post('/v1/helpdesk/tickets/bulk', { ticket_ids: [parcel.id], action: 'add_tag', value: 'delivery' })
      .expect(200);
    await tenant.api
      .patch(`/v1/helpdesk/tickets/${idOf('Refund still missing')}/priority`, { priority: 'high' })
      .expect(200);
    await tenant.api
      .patch(`/v1/helpdesk/tickets/${idOf('Question about sizes')}/assign`, {
        assigned_to: members.find((member) => member.name === 'Olga')!.id,
      })
      .expect(200);
    for (const locale of ['en-US', 'ru-RU']) {
      const language = locale.slice(0, 2);
      const page = await newPage(locale);
      await signIn(page, `olga-${chat}@example.com`, language === 'ru' ? 'Войти' : 'Sign in');
      await page.locator('table.tickets tbody tr').first().waitFor();
      await page.screenshot({ path: `docs/console-tickets-${language}.png` });
      await page.goto(`${baseUrl}/tickets/${parcel.id}`);
      await page.locator('.message-note').waitFor();
      // The opened ticket's heading holds the focus (for keyboards); the picture shows it unfocused.
      await page.evaluate('document.activeElement?.blur()');
      await page.screenshot({ path: `docs/console-ticket-${language}.png` });
    }
    const phone = await newPage('en-US', { width: 390, height: 844 });
    await signIn(phone, `olga-${chat}@example.com`);
    await phone.goto(`${baseUrl}/tickets/${parcel.id}`);
    await phone.locator('.message-note').waitFor();
    await phone.evaluate('document.activeElement?.blur()');
    await phone.screenshot({ path: 'docs/console-ticket-phone-en.png' });
    // The list on a 390 px phone: cards, with a row checked for a bulk action.
    const phoneList = await newPage('en-US', { width: 390, height: 800 });
    await signIn(phoneList, `olga-${chat}@example.com`);
    await phoneList.locator('table.tickets tbody tr').first().waitFor();
    await phoneList.locator('table.tickets tbody tr .row-check input').first().check();
    await phoneList.getByRole('region', { name: 'Bulk actions' }).waitFor();
    await phoneList.screenshot({ path: 'docs/console-tickets-phone-en.png', fullPage: true });
    await tenant.api.put('/v1/helpdesk/settings', { sla_first_reply_hours: null }).expect(200);
  });
});
