import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { consoleDirectory } from '../../src/console/console-static.js';
import { launchChromium } from '../helpers/browser.js';
import { signedInOwner } from '../helpers/sessions.js';
import { useTelegramChat } from '../helpers/telegram-chat.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHOTS = process.env.CONSOLE_SHOTS_DIR ?? '/tmp';

/**
 * The customer panel of the ticket view, custom fields in it, and the Customers page with erasure, in
 * headless Chromium at desktop width and at 390 px, with axe-core over what this feature renders.
 */
describe('Console: customers and custom fields', () => {
  const telegram = useTelegramChat('779:console-customers', 'console-customers-secret');
  const { ctx, post, updates } = telegram;
  const tenant = ctx.useProject('Customer Console');
  let baseUrl: string;
  let browser: Browser;
  let owner: { email: string; password: string };
  const contexts: BrowserContext[] = [];
  const chat = 910_000 + Math.floor(Math.random() * 80_000);
  let first: Record<string, any>;
  let second: Record<string, any>;

  async function signedInPage(width: number): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width, height: 900 }, bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(baseUrl + '/');
    await page.locator('input[name=email]').fill(owner.email);
    await page.locator('input[name=password]').fill(owner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[data-testid=who]').waitFor();
    return page;
  }

  /** axe-core over one part of the page: no serious or critical violation. */
  async function expectAccessible(page: Page, selector: string): Promise<void> {
    await page.addScriptTag({ path: AXE });
    const violations = (await page.evaluate(
      `axe.run(${JSON.stringify(selector)}).then((r) => r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
    )) as string[];
    expect(violations).toEqual([]);
  }

  /** Waits until `check` is truthy (5 s at most). */
  async function until(check: () => Promise<unknown>): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the condition never held');
  }

  const noSidewaysScroll = (page: Page) =>
    page.evaluate('document.documentElement.scrollWidth <= window.innerWidth') as Promise<boolean>;

  beforeAll(async () => {
    if (!existsSync(`${consoleDirectory()}/index.html`))
      throw new Error('The console is not built: run `npm run build` first');
    baseUrl = await ctx.listen();
    browser = await launchChromium();
    owner = await signedInOwner(ctx.app, tenant);
    await tenant.api
      .post('/v1/helpdesk/custom-fields', {
        key: 'platform',
        label: 'Platform',
        type: 'select',
        options: ['iOS', 'Web'],
      })
      .expect(201);
    first = await telegram.createTicketThroughBot(tenant, chat, 'First problem');
    await tenant.api.patch(`/v1/helpdesk/tickets/${first.id}/status`, { status: 'closed' }).expect(200);
    await post(updates.text(chat, 'Second problem'));
    second = (await telegram.ticketsOf(tenant, chat)).find((ticket) => ticket.subject === 'Second problem')!;
  });
  ctx.beforeClose(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('shows the customer panel: channel, an editable note, past tickets as links, block and unblock', async () => {
    const page = await signedInPage(1280);
    await page.goto(`${baseUrl}/tickets/${second.id}`);
    const panel = page.locator('.customer-panel');
    await panel.getByText('Telegram').waitFor();
    await panel.getByRole('link', { name: 'Ivan' }).waitFor();
    await panel.getByLabel('Note for the team').fill('Prefers Russian; VIP since 2024');
    await panel.getByRole('button', { name: 'Save note' }).click();
    await panel.getByRole('button', { name: 'Save note' }).and(page.locator(':disabled')).waitFor();
    const customerUrl = `/v1/helpdesk/customers/${second.subscriber_id}`;
    expect((await tenant.api.get(customerUrl).expect(200)).body.note).toBe('Prefers Russian; VIP since 2024');

    await panel.getByRole('button', { name: 'Block', exact: true }).click();
    await panel.getByText('blocked', { exact: true }).waitFor();
    expect((await tenant.api.get(customerUrl).expect(200)).body.blocked).toBe(true);
    await panel.getByRole('button', { name: 'Unblock' }).click();
    await panel.getByRole('button', { name: 'Block', exact: true }).waitFor();
    expect((await tenant.api.get(customerUrl).expect(200)).body.blocked).toBe(false);

    const fields = page.locator('.custom-fields');
    await fields.getByLabel('Platform').selectOption('iOS');
    await fields.getByRole('button', { name: 'Save fields' }).click();
    await fields.getByRole('button', { name: 'Save fields' }).and(page.locator(':enabled')).waitFor();
    await until(async () => (await tenant.api.get(`/v1/helpdesk/tickets/${second.id}`)).body.custom_fields.platform);
    expect((await tenant.api.get(`/v1/helpdesk/tickets/${second.id}`)).body.custom_fields).toEqual({ platform: 'iOS' });
    await expectAccessible(page, '.ticket-side');
    await page.screenshot({ path: `${SHOTS}/console-customer-panel-desktop.png`, fullPage: true });

    await panel.getByRole('link', { name: `#${first.ticket_number} First problem` }).click();
    await page.waitForURL(`${baseUrl}/tickets/${first.id}`);
    await page.locator('h1', { hasText: 'First problem' }).waitFor();
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    const page = await signedInPage(390);
    await page.goto(`${baseUrl}/tickets/${second.id}`);
    await page.locator('.customer-panel').getByText('Telegram').waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/console-customer-panel-390.png`, fullPage: true });
    await page.goto(`${baseUrl}/customers`);
    await page.locator('.customer-list li').first().waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    await expectAccessible(page, 'main');
  });

  it('finds the customer on the Customers page and erases them behind a typed confirmation', async () => {
    const page = await signedInPage(1280);
    await page.getByRole('link', { name: 'Customers' }).click();
    await page.getByLabel('Name, @username or chat id').fill(String(chat));
    await page.getByRole('button', { name: 'Find' }).click();
    const entries = page.locator('.customer-list li');
    await until(async () => (await entries.count()) === 1);
    await entries.first().getByRole('link').click();
    await page.waitForURL(`${baseUrl}/customers/${second.subscriber_id}`);
    await expectAccessible(page, 'main');

    const erase = page.getByRole('button', { name: 'Erase customer' });
    const confirmation = page.getByLabel('Type “erase” to confirm');
    await confirmation.fill('delete');
    expect(await erase.isDisabled()).toBe(true);
    await confirmation.fill('erase');
    await page.screenshot({ path: `${SHOTS}/console-customer-erase.png`, fullPage: true });
    await erase.click();
    await page.waitForURL(`${baseUrl}/customers`);

    await tenant.api.get(`/v1/helpdesk/customers/${second.subscriber_id}`).expect(404);
    const details = (await tenant.api.get(`/v1/helpdesk/tickets/${second.id}`).expect(200)).body;
    expect(details.messages[0]).toMatchObject({ text: null, erased: true });
    await page.goto(`${baseUrl}/tickets/${second.id}`);
    await page.getByText('The customer was erased.').waitFor();
  });
});
