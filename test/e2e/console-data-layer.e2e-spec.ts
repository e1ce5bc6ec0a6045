import type { Page, Request } from 'playwright-core';
import { seriousAxeViolations } from '../helpers/axe.js';
import { useConsoleBrowser } from '../helpers/console-browser.js';
import { signedInMember, TEST_PUBLIC_URL } from '../helpers/sessions.js';
import { useTestApp } from '../helpers/test-app.js';
import { createTicket } from '../helpers/tickets.js';

/**
 * The console's data layer and router in headless Chromium: live events make the query cache stale (the
 * list and an open ticket follow without a reload), a list shown again within its fresh minute comes from
 * the cache, and URLs work as links, deep links and with the browser's back and forward.
 */
describe('Console data layer and routes in the browser', () => {
  const ctx = useTestApp({ PUBLIC_URL: TEST_PUBLIC_URL, WORKERS_ENABLED: 'false' });
  const tenant = ctx.useProject('Cache Shop');
  const web = useConsoleBrowser(ctx);

  /** A mark that survives only as long as the page is not loaded again. */
  const markPage = (page: Page) => page.evaluate('window.consoleTestMark = 1');
  const pageWasNotReloaded = (page: Page) => page.evaluate('window.consoleTestMark === 1');
  const row = (page: Page, subject: string) => page.locator('table.tickets tbody tr', { hasText: subject });
  const heading = (page: Page, subject: string) => page.locator('h1', { hasText: subject });

  /**
   * Opens a console page and waits until its live stream answers: the server fixes where the stream starts
   * before it answers, so every event after this reaches the page.
   */
  async function openLive(page: Page, path: string): Promise<void> {
    const streaming = page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/events');
    await page.goto(web.baseUrl + path);
    await streaming;
  }

  /** Counts the GETs a page makes of one API path (and, when given, with one query parameter's value). */
  function countGets(page: Page, path: string, parameter?: [string, string]): () => number {
    const seen: Request[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.method() !== 'GET' || url.pathname !== path) return;
      if (parameter && url.searchParams.get(parameter[0]) !== parameter[1]) return;
      seen.push(request);
    });
    return () => seen.length;
  }

  it('shows a ticket created through the API in an open list, and a customer message in an open ticket', async () => {
    const agent = await signedInMember(ctx.app, tenant, 'support');
    const list = await web.pageOf(agent);
    await openLive(list, '/');
    await markPage(list);

    const ticket = await createTicket(tenant.api, { subject: 'Arrived while the list was open' });
    await row(list, 'Arrived while the list was open').waitFor();
    expect(await row(list, 'Arrived while the list was open').getAttribute('class')).toContain('unread');

    await row(list, 'Arrived while the list was open').getByRole('link').click();
    await heading(list, 'Arrived while the list was open').waitFor();
    await tenant.api
      .post(`/v1/helpdesk/tickets/${ticket.id}/customer-reply`, { text: 'Any news on this?' })
      .expect(201);
    await list.locator('.message-customer', { hasText: 'Any news on this?' }).waitFor();
    expect(await pageWasNotReloaded(list)).toBe(true);
    expect(await seriousAxeViolations(list)).toEqual([]);
  }, 30_000);

  it('serves the list from the cache on list → ticket → back, and asks again after an event', async () => {
    const agent = await signedInMember(ctx.app, tenant, 'support');
    await createTicket(tenant.api, { subject: 'Cached list entry' });
    const page = await web.pageOf(agent);
    // The list's own page size is 50; the tab title's unread count asks for 100 and is not counted here.
    const listGets = countGets(page, '/v1/helpdesk/tickets', ['limit', '50']);
    await openLive(page, '/');
    await row(page, 'Cached list entry').waitFor();
    expect(listGets()).toBe(1);
    const ticketId = (await row(page, 'Cached list entry').getByRole('link').getAttribute('href'))!.split('/').pop()!;
    const ticketGets = countGets(page, `/v1/helpdesk/tickets/${ticketId}`);

    await row(page, 'Cached list entry').getByRole('link').click();
    await heading(page, 'Cached list entry').waitFor();
    await page.goBack();
    await row(page, 'Cached list entry').waitFor();
    await page.getByRole('link', { name: 'Cached list entry' }).click();
    await heading(page, 'Cached list entry').waitFor();
    await page.getByRole('link', { name: '← Tickets' }).click();
    await row(page, 'Cached list entry').waitFor();
    // Time for a fetch on showing the list again, had there been one.
    await page.waitForTimeout(500);
    expect(listGets()).toBe(1);
    expect(ticketGets()).toBe(1);

    // A live event (one ticket.created) makes the cached list stale: the open list asks once more.
    await createTicket(tenant.api, { subject: 'After the cached list' });
    await row(page, 'After the cached list').waitFor();
    await page.waitForTimeout(500);
    expect(listGets()).toBe(2);
  }, 30_000);

  it('opens a ticket from a deep link, and goes back and forward through list, ticket and customers', async () => {
    const agent = await signedInMember(ctx.app, tenant, 'support');
    const ticket = await createTicket(tenant.api, { subject: 'Reached by a deep link' });
    const page = await web.pageOf(agent);
    await page.goto(`${web.baseUrl}/tickets/${ticket.id}`);
    await heading(page, 'Reached by a deep link').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await markPage(page);

    await page.getByRole('link', { name: '← Tickets' }).click();
    await page.waitForURL(`${web.baseUrl}/`);
    await row(page, 'Reached by a deep link').waitFor();
    await page.getByRole('link', { name: 'Customers', exact: true }).click();
    await page.waitForURL(`${web.baseUrl}/customers`);
    await page.getByRole('heading', { name: 'Customers' }).waitFor();

    await page.goBack();
    await page.waitForURL(`${web.baseUrl}/`);
    await row(page, 'Reached by a deep link').waitFor();
    await page.goBack();
    await page.waitForURL(`${web.baseUrl}/tickets/${ticket.id}`);
    await heading(page, 'Reached by a deep link').waitFor();
    await page.goForward();
    await page.waitForURL(`${web.baseUrl}/`);
    await row(page, 'Reached by a deep link').waitFor();
    await page.goForward();
    await page.getByRole('heading', { name: 'Customers' }).waitFor();
    expect(await pageWasNotReloaded(page)).toBe(true);

    // A key that navigates (Enter on the selected row) goes through the same history.
    await page.goto(`${web.baseUrl}/`);
    await row(page, 'Reached by a deep link').waitFor();
    const index = Number(await row(page, 'Reached by a deep link').getAttribute('data-row-index'));
    for (let step = 0; step <= index; step += 1) await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${web.baseUrl}/tickets/${ticket.id}`);
    await heading(page, 'Reached by a deep link').waitFor();
    await page.goBack();
    await page.waitForURL(`${web.baseUrl}/`);
    await row(page, 'Reached by a deep link').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 30_000);

  it('keeps unknown paths on the list and shows admin pages to admins only', async () => {
    const agent = await signedInMember(ctx.app, tenant, 'support');
    const admin = await signedInMember(ctx.app, tenant, 'admin');
    await createTicket(tenant.api, { subject: 'Seen from unknown paths' });
    const page = await web.pageOf(agent);
    for (const path of ['/tickets/not-a-ticket-id', '/nowhere', '/admin/no-such-page']) {
      await page.goto(web.baseUrl + path);
      await row(page, 'Seen from unknown paths').waitFor();
    }
    await page.goto(`${web.baseUrl}/admin/macros`);
    await page.getByText('This page is for admins').waitFor();

    const adminPage = await web.pageOf(admin);
    await adminPage.goto(`${web.baseUrl}/admin/macros`);
    await adminPage.getByRole('heading', { name: 'Macros' }).waitFor();
    expect(await seriousAxeViolations(adminPage)).toEqual([]);
    await adminPage.getByRole('link', { name: 'Canned responses' }).click();
    await adminPage.getByRole('heading', { name: 'Canned responses' }).waitFor();
    expect(await seriousAxeViolations(adminPage)).toEqual([]);
  }, 30_000);
});
