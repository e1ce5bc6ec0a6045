import { existsSync, mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { consoleDirectory } from '../../src/console/console-static.js';
import { seriousAxeViolations } from '../helpers/axe.js';
import { launchChromium } from '../helpers/browser.js';
import { reportSeeder } from '../helpers/report-seed.js';
import { type SignedInMember, signedInMember } from '../helpers/sessions.js';
import { useTestApp } from '../helpers/test-app.js';
import { addMember } from '../helpers/tickets.js';

/** UPDATE_SCREENSHOTS=true writes docs/console-reports-en.png from this run. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === 'true';
const HOUR_MS = 3_600_000;
const TICKETS = 12;
const moscowDay = (instant: number) => new Date(instant).toLocaleDateString('sv-SE', { timeZone: 'Europe/Moscow' });

describe('Reports page in the browser', () => {
  const ctx = useTestApp();
  const tenant = ctx.useProject('Report Shop');
  let baseUrl: string;
  let browser: Browser;
  let viewer: SignedInMember;
  const createdAt: number[] = [];
  /** Seeded tickets created on the last `days` Moscow days, today included. */
  const createdInLast = (days: number) => {
    const first = moscowDay(Date.now() - (days - 1) * 24 * HOUR_MS);
    return createdAt.filter((instant) => moscowDay(instant) >= first).length;
  };
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(`${consoleDirectory()}/index.html`))
      throw new Error('The console is not built: run `npm run build` first');
    baseUrl = await ctx.listen();
    browser = await launchChromium();
    viewer = await signedInMember(ctx.app, tenant, 'viewer');
    const anna = await addMember(tenant.api, 'Anna');
    const boris = await addMember(tenant.api, 'Boris');
    // Twelve tickets over the last twelve days: answered after 10..120 minutes, most closed and rated.
    const seed = reportSeeder(ctx.app, tenant);
    const now = Date.now();
    for (let index = 0; index < TICKETS; index += 1) {
      const created = now - (index * 24 + 3) * HOUR_MS;
      createdAt.push(created);
      const agent = index % 3 === 0 ? boris : anna;
      const at = (offset: number) => new Date(created + offset).toISOString();
      const closed = index % 4 !== 3;
      const ticket = await seed.ticket({
        channel: index % 2 === 0 ? 'telegram' : 'virtual',
        createdAt: at(0),
        firstReplyAt: at((index + 1) * 10 * 60_000),
        closedAt: closed ? at(2 * HOUR_MS) : undefined,
        assignedTo: agent,
      });
      await seed.message(ticket, agent, at((index + 1) * 10 * 60_000));
      if (closed) await seed.rating(ticket, at(2 * HOUR_MS), 3 + (index % 3), at(2 * HOUR_MS + 60_000));
    }
  });
  ctx.beforeClose(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  async function signedIn(width: number, locale = 'en-US'): Promise<Page> {
    const context = await browser.newContext({
      locale,
      timezoneId: 'Europe/Moscow',
      viewport: { width, height: 900 },
      // axe is injected as an inline script, which the console's Content-Security-Policy rightly refuses.
      bypassCSP: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(baseUrl + '/');
    await page.locator('input[name=email]').fill(viewer.email);
    await page.locator('input[name=password]').fill(viewer.password);
    await page.locator('button[type=submit]').click();
    await page.locator('[data-testid=who]').waitFor();
    return page;
  }

  async function openReports(page: Page, linkName: string): Promise<void> {
    await page.getByRole('link', { name: linkName }).click();
    await page.locator('.report-charts canvas').nth(2).waitFor();
    await page.locator('table.report-agents tbody tr').first().waitFor();
  }

  async function expectAccessibleAndNarrow(page: Page): Promise<void> {
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    // Every chart is an image with a text alternative; every control has a name.
    const charts = await page
      .locator('.report-charts canvas')
      .evaluateAll((canvases) =>
        canvases.map((canvas) => [canvas.getAttribute('role'), canvas.getAttribute('aria-label')]),
      );
    expect(charts).toHaveLength(3);
    for (const [role, label] of charts) {
      expect(role).toBe('img');
      expect(label?.length).toBeGreaterThan(10);
    }
    for (const control of await page.locator('.report-range input, .report-range select').all())
      expect((await control.evaluate((element) => element.closest('label')?.textContent ?? '')).trim()).not.toBe('');
    expect(await seriousAxeViolations(page)).toEqual([]);
  }

  it('loads the charts only when Reports opens, and shows them with the agents table to a viewer', async () => {
    const page = await signedIn(1280);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.getByRole('link', { name: 'Tickets' }).waitFor();
    expect(scripts.some((path) => path.includes('ReportsPage'))).toBe(false);
    await openReports(page, 'Reports');
    expect(scripts.some((path) => path.includes('ReportsPage'))).toBe(true);
    await page.getByRole('heading', { name: 'Reports' }).waitFor();
    await expect(page.getByTestId('total-created').textContent()).resolves.toBe(String(TICKETS));
    await expect(page.getByText('Europe/Moscow').count()).resolves.toBeGreaterThan(0);
    const agents = await page.locator('table.report-agents tbody tr').allTextContents();
    expect(agents.some((row) => row.startsWith('Anna'))).toBe(true);
    expect(agents.some((row) => row.startsWith('Boris'))).toBe(true);
    const boris = page.locator('table.report-agents tbody tr', { hasText: 'Boris' }).locator('td');
    await expect(boris.nth(1).textContent()).resolves.toBe('4'); // replies: tickets 0, 3, 6, 9
    await expectAccessibleAndNarrow(page);
    if (SCREENSHOTS) {
      mkdirSync('docs', { recursive: true });
      await page.screenshot({ path: 'docs/console-reports-en.png', fullPage: true });
    }
  });

  it('narrows the range with the date picker', async () => {
    const page = await signedIn(1280);
    await openReports(page, 'Reports');
    const today = await page.locator('.report-range input[type=date]').nth(1).inputValue();
    await page.locator('.report-range input[type=date]').first().fill(today);
    await page.getByRole('button', { name: 'Show' }).click();
    const total = (expected: number) =>
      page.waitForFunction(`document.querySelector('[data-testid=total-created]')?.textContent === '${expected}'`);
    await total(createdInLast(1));
    await page.getByRole('button', { name: 'Last 7 days' }).click();
    await total(createdInLast(7));
    const csv = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(csv).toMatch(/^\/v1\/helpdesk\/reports\.csv\?from=\d{4}-\d{2}-\d{2}&to=.*timezone=Europe%2FMoscow$/);
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    const page = await signedIn(390);
    await openReports(page, 'Reports');
    for (const canvas of await page.locator('.report-charts canvas').all()) {
      const box = await canvas.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    await expectAccessibleAndNarrow(page);
  });

  it('speaks Russian', async () => {
    const page = await signedIn(1280, 'ru-RU');
    await openReports(page, 'Отчёты');
    await page.getByRole('heading', { name: 'Отчёты' }).waitFor();
    await page.getByRole('heading', { name: 'Сотрудники' }).waitFor();
    await page.getByText('Время первого ответа').waitFor();
  });
});
