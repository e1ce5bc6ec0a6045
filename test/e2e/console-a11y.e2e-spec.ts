import type { Page } from 'playwright-core';
import { seriousAxeViolations } from '../helpers/axe.js';
import { useConsoleBrowser } from '../helpers/console-browser.js';
import { type SignedInMember, signedInOwner, TEST_PUBLIC_URL } from '../helpers/sessions.js';
import { useTelegramChat } from '../helpers/telegram-chat.js';

/**
 * Accessibility sweep: every console page, with something on it, at desktop and 390 px, in English and
 * Russian — no serious or critical axe-core (WCAG 2.1 A/AA) violation, and every control has a name.
 */
describe('console pages: accessibility', () => {
  const telegram = useTelegramChat('781:console-a11y', 'console-a11y-secret', { PUBLIC_URL: TEST_PUBLIC_URL });
  const { ctx } = telegram;
  const tenant = ctx.useProject('Accessible Shop');
  const web = useConsoleBrowser(ctx);
  const pageOf = web.pageOf;
  let owner: SignedInMember;
  let customerId: string;

  beforeAll(async () => {
    owner = await signedInOwner(ctx.app, tenant);
    const api = tenant.api;
    await api.post('/v1/helpdesk/ticket-types', { name: 'Billing' }).expect(201);
    await api.post('/v1/helpdesk/canned-responses', { title: 'Greeting', text: 'Hello!', shortcut: '/hi' }).expect(201);
    await api
      .post('/v1/helpdesk/routing-rules', {
        name: 'Billing is urgent',
        condition: { ticket_type: 'billing' },
        order_index: 1,
        action: { set_priority: 'high' },
      })
      .expect(201);
    await api.put('/v1/webhook', { url: 'https://example.com/hook' }).expect(200);
    await api
      .post('/v1/helpdesk/macros', { name: 'Refund done', text: 'Refunded.', actions: { status: 'waiting' } })
      .expect(201);
    await api
      .post('/v1/helpdesk/custom-fields', { key: 'platform', label: 'Platform', type: 'select', options: ['A', 'B'] })
      .expect(201);
    await api.post('/v1/team/members', { email: 'pending@example.com', name: 'Pending', role: 'viewer' }).expect(201);
    const chat = 960_000 + Math.floor(Math.random() * 30_000);
    const ticket = await telegram.createTicketThroughBot(tenant, chat, 'Where is my order?');
    customerId = ticket.subscriber_id;
  });

  const inputWithValue = (page: Page, value: string) =>
    page.waitForFunction(
      (wanted) => [...(globalThis as any).document.querySelectorAll('input')].some((i: any) => i.value === wanted),
      value,
    );

  /** Each page and what shows that its content has loaded. */
  const PAGES: Array<[string, string, (page: Page) => Promise<unknown>]> = [
    ['Settings', '/admin/settings', (page) => page.locator('form input').first().waitFor()],
    ['Ticket types', '/admin/ticket-types', (page) => inputWithValue(page, 'Billing')],
    ['Canned responses', '/admin/canned-responses', (page) => page.locator('td', { hasText: 'Greeting' }).waitFor()],
    ['Routing rules', '/admin/routing-rules', (page) => page.getByText('Billing is urgent').first().waitFor()],
    ['Webhook', '/admin/webhook', (page) => inputWithValue(page, 'https://example.com/hook')],
    ['Team', '/admin/team', (page) => page.locator('tr[data-email="pending@example.com"]').waitFor()],
    ['Macros', '/admin/macros', (page) => page.getByText('Refund done').first().waitFor()],
    ['Custom fields', '/admin/custom-fields', (page) => page.getByText('platform').first().waitFor()],
    ['Customers', '/customers', (page) => page.locator('.customer-list li').first().waitFor()],
    ['Customer', '/customers/{customer}', (page) => page.getByText('Where is my order?').first().waitFor()],
    ['Reports', '/reports', (page) => page.locator('h1').first().waitFor()],
    ['My Telegram', '/me/telegram', (page) => page.getByTestId('notify-needs-link').waitFor()],
  ];

  for (const [width, locale] of [
    [1280, 'en-US'],
    [390, 'ru-RU'],
  ] as const) {
    it(`has no serious or critical axe violation on any page at ${width} px (${locale})`, async () => {
      const page = await pageOf(owner, width, locale);
      page.setDefaultTimeout(8_000);
      const found: Record<string, unknown> = {};
      for (const [name, path, loaded] of PAGES) {
        await page.goto(web.baseUrl + path.replace('{customer}', customerId));
        await loaded(page);
        const violations = await seriousAxeViolations(page);
        if (violations.length) found[name] = violations;
      }
      expect(found).toEqual({});
    }, 90_000);
  }

  it('has none on the sign-in page with its "Forgot your password?" hint open', async () => {
    const page = await pageOf(null, 390, 'en-US');
    await page.goto(web.baseUrl + '/');
    await page.getByText('Forgot your password?').click();
    await page.getByText('Team page → “Password reset link”', { exact: false }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 30_000);
});
