import { existsSync, mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { consoleDirectory } from '../../src/console/console-static.js';
import { launchChromium } from '../helpers/browser.js';
import { useTestApp } from '../helpers/test-app.js';
import { createTicket } from '../helpers/tickets.js';

const PASSWORD = 'correct horse battery';
const SHOTS = process.env.CONSOLE_SHOTS_DIR ?? '/tmp/console-automations';

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>;
}

/** Settings (business hours, automations), the list's SLA views and sorts, macros: desktop and 390 px, axe. */
describe('Console: working hours, overdue views, macros', () => {
  const ctx = useTestApp({ WORKERS_ENABLED: 'false' });
  const tenant = ctx.useProject('Hours Shop');
  let baseUrl: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(`${consoleDirectory()}/index.html`))
      throw new Error('The console is not built: run `npm run build` first');
    mkdirSync(SHOTS, { recursive: true });
    baseUrl = await ctx.listen();
    browser = await launchChromium();
  });
  ctx.beforeClose(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  async function ownerPage(width: number, locale = 'en-US'): Promise<Page> {
    // bypassCSP: the console's CSP (script-src 'self') would refuse the injected axe-core.
    const context = await browser.newContext({ locale, viewport: { width, height: 900 }, bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    const email = `owner-${width}-${locale}-${Date.now()}@example.com`;
    const invite = await tenant.api.post('/v1/team/members', { email, name: 'Olga', role: 'owner' }).expect(201);
    await page.goto(baseUrl + new URL(invite.body.invite_url).pathname);
    await page.locator('input[type=password]').first().fill(PASSWORD);
    await page.locator('input[type=password]').last().fill(PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.locator('[data-testid=who]').waitFor();
    return page;
  }

  /** axe (WCAG 2 A/AA) over the page, or over `scope` only; then a full-page screenshot to look at. */
  async function expectAccessible(page: Page, name: string, scope = 'document'): Promise<void> {
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const result = (await page.evaluate(
      `axe.run(${scope}, { runOnly: ["wcag2a", "wcag2aa"], resultTypes: ["violations"] })`,
    )) as AxeResult;
    const serious = result.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
    expect({ name, violations: serious.map((violation) => `${violation.id} ${violation.nodes[0]?.target}`) }).toEqual({
      name,
      violations: [],
    });
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  }

  it('sets business hours, the auto-reply, auto-close and auto-assign on the Settings page', async () => {
    const page = await ownerPage(1280);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Business hours (SLA counts only these hours)').check();
    await page.getByTestId('business-hours').waitFor();
    await page.getByLabel('Time zone (IANA, e.g. Europe/Moscow)').fill('Europe/Moscow');
    await page.getByLabel('Sat from').waitFor({ state: 'detached' });
    await page.locator('.day-row', { hasText: 'Sat' }).getByRole('button', { name: '+ hours' }).click();
    await page.getByLabel('Sat from').fill('10:00');
    await page.getByLabel('Sat to').fill('14:00');
    await page.getByLabel('Holidays (YYYY-MM-DD, comma-separated)').fill('2026-12-31, 2027-01-01');
    await page.getByLabel(/Auto-reply to customers/).check();
    await page.getByLabel('Close waiting tickets after (days without a reply)').fill('5');
    await page.getByLabel('Assign a ticket to the agent who replies to it first').check();
    await expectAccessible(page, 'settings-desktop');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved').waitFor();
    const settings = (await tenant.api.get('/v1/helpdesk/settings').expect(200)).body;
    expect(settings.business_hours).toEqual({
      timezone: 'Europe/Moscow',
      week: expect.objectContaining({ mon: [{ from: '09:00', to: '18:00' }], sat: [{ from: '10:00', to: '14:00' }] }),
      holidays: ['2026-12-31', '2027-01-01'],
    });
    expect(settings.out_of_hours_reply).toEqual({ ru: expect.any(String), en: expect.any(String) });
    expect(settings.auto_close_waiting_days).toBe(5);
    expect(settings.auto_assign_on_reply).toBe(true);

    // A refused value shows the API's words next to the form.
    await page.getByLabel('Time zone (IANA, e.g. Europe/Moscow)').fill('Mars/Olympus');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Unknown time zone: pick one from the list').waitFor();
    // The automation checks look at every project in the database: leave nothing for other test files.
    await tenant.api
      .put('/v1/helpdesk/settings', { out_of_hours_reply: null, auto_close_waiting_days: null })
      .expect(200);
  });

  it('offers overdue and at-risk views and the sorts in the ticket list', async () => {
    await tenant.api.put('/v1/helpdesk/settings', { business_hours: null, sla_first_reply_hours: 1 }).expect(200);
    const late = await createTicket(tenant.api, { subject: 'Late parcel' });
    const risky = await createTicket(tenant.api, { subject: 'Card declined' });
    const db = ctx.app.get(DataSource);
    await db.query(`UPDATE ticket SET created_at = now() - interval '2 hours' WHERE id = $1`, [late.id]);
    await db.query(`UPDATE ticket SET created_at = now() - interval '30 minutes' WHERE id = $1`, [risky.id]);
    const page = await ownerPage(1280);
    const rows = page.locator('table.tickets tbody tr');
    await page.getByRole('button', { name: 'Overdue' }).click();
    await page.locator('table.tickets tbody tr', { hasText: 'Late parcel' }).waitFor();
    expect(await rows.count()).toBe(1);
    await page.getByRole('button', { name: 'Due within an hour' }).click();
    await page.locator('table.tickets tbody tr', { hasText: 'Card declined' }).waitFor();
    expect(await rows.count()).toBe(1);
    await page.getByRole('button', { name: 'Due within an hour' }).click();
    await page.getByLabel('Sort').selectOption('sla_due');
    await page.getByLabel('Order').selectOption('asc');
    await page.waitForFunction('document.querySelector("table.tickets tbody tr")?.textContent?.includes("Late")');
    await expectAccessible(page, 'list-desktop');
  });

  it('lets an admin create a macro and an agent apply it from the ticket view', async () => {
    const page = await ownerPage(1280);
    await page.getByRole('link', { name: 'Macros' }).click();
    await page.getByLabel('Name').fill('Refund done');
    await page.getByLabel('Text (optional; canned-response variables work)').fill('Refund sent, {{first_name}}.');
    await page.getByLabel('Status').selectOption('waiting');
    await page.getByLabel('Add tags (comma-separated)').fill('refund');
    await page.getByLabel('Assign').selectOption('me');
    await page.getByRole('button', { name: 'Add' }).click();
    await page.locator('td', { hasText: 'Refund done' }).waitFor();
    await expectAccessible(page, 'macros-desktop');

    const ticket = await createTicket(tenant.api, { subject: 'Refund please', first_name: 'Ivan' });
    await page.goto(`${baseUrl}/tickets/${ticket.id}`);
    await page.getByLabel('Apply a macro…').selectOption({ label: 'Refund done' });
    await page.getByText('Macro “Refund done” applied').waitFor();
    await page.getByText('Refund sent, Ivan.').waitFor();
    const after = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
    expect(after).toEqual(expect.objectContaining({ status: 'waiting', tags: ['refund'] }));
    expect(after.assigned_to).not.toBeNull();
    // The picker only: the conversation's timestamps are outside this change.
    await expectAccessible(page, 'ticket-macro-desktop', 'document.querySelector(".macro-picker")');
  });

  it('fits a 390 px phone, in Russian too', async () => {
    for (const locale of ['en-US', 'ru-RU']) {
      const page = await ownerPage(390, locale);
      await expectAccessible(page, `list-390-${locale}`);
      // The filter bar (quick views, sort) wraps within the screen; the table's own width is not this change's.
      const filters = await page.evaluate(
        'document.querySelector(".filters").getBoundingClientRect().right - window.innerWidth',
      );
      expect(filters).toBeLessThanOrEqual(0);
      const overflow = () => page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      await page.goto(`${baseUrl}/admin/settings`);
      await page.locator('.automation-settings').waitFor();
      await expectAccessible(page, `settings-390-${locale}`);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.goto(`${baseUrl}/admin/macros`);
      await page.locator('form.admin-form').waitFor();
      await expectAccessible(page, `macros-390-${locale}`);
    }
  });
});
