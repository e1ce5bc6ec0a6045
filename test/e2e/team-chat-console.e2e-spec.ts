import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { consoleDirectory } from '../../src/console/console-static.js';
import { launchChromium } from '../helpers/browser.js';
import { signedInMember, signedInOwner } from '../helpers/sessions.js';
import { useTeamChat } from '../helpers/team-chat.js';

const SHOTS = process.env.TEAM_CHAT_SHOTS;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The console's team chat parts in headless Chromium: Settings (the group) and Team (members), ru/en, 390 px. */
describe('console: team chat in Telegram', () => {
  const chat = useTeamChat('777007:team-console-token', 'team-console-secret');
  const project = chat.ctx.useProject('Console team chat');
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(`${consoleDirectory()}/index.html`))
      throw new Error('The console is not built: run `npm run build` first');
    baseUrl = await chat.ctx.listen();
    browser = await launchChromium();
  });
  chat.ctx.beforeClose(() => browser?.close());

  async function signIn(width: number, locale = 'en-US'): Promise<Page> {
    const owner = await signedInOwner(chat.ctx.app, project);
    const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseUrl + '/');
    await page.locator('input[name=email]').fill(owner.email);
    await page.locator('input[name=password]').fill(owner.password);
    await page.locator('button[type=submit]').click();
    await page.locator('[data-testid=who]').waitFor();
    return page;
  }

  /** axe-core's violations (rule id and the offending elements) within the elements `selectors` match. */
  async function axeViolations(page: Page, ...selectors: string[]): Promise<string[]> {
    // Evaluated through the DevTools protocol: the console's CSP (script-src 'self') refuses an inline tag.
    await page.evaluate(readFileSync(AXE, 'utf8'));
    const ids: string[] = await page.evaluate(
      `axe.run({ include: ${JSON.stringify(selectors.map((selector) => [selector]))} })
         .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.html).join(' | ')))`,
    );
    return ids;
  }

  const noSidewaysScroll = (page: Page) =>
    page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth');

  it('links the group from Settings with a QR code, shows its state and warns when the bot is removed', async () => {
    const page = await signIn(1280);
    await page.goto(baseUrl + '/admin/settings');
    await page.getByText('No group is linked.').waitFor();
    await page.getByRole('button', { name: 'Link a group' }).click();
    const link = page.locator('[data-testid=telegram-link] a');
    await link.waitFor();
    await page.locator('[data-testid=telegram-link] img').waitFor();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^https:\/\/t\.me\/zapnoty_test_bot\?startgroup=[A-Za-z0-9_-]{24}$/);
    expect(await axeViolations(page, '.team-chat')).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/settings-code.png`, fullPage: true });

    const chatId = -3_000_000_000_000 - Math.floor(Math.random() * 1_000_000);
    chat.fake.forums.add(chatId);
    await chat.post(
      chat.group.start(chatId, { id: 1, first_name: 'Lead' }, new URL(href).searchParams.get('startgroup')!),
    );
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.getByText(/Linked: Support team/).waitFor();
    await chat.post(chat.group.myChatMember(chatId, { id: 1, first_name: 'Lead' }, 'administrator', 'kicked', 1));
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.locator('[data-testid=team-chat-warning]').waitFor();
    expect(await page.locator('[data-testid=team-chat-warning]').textContent()).toContain('removed from the group');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/settings-warning.png`, fullPage: true });
    await page.context().close();
  });

  it('links a member from the Team page, shows @username, and asks for a code to transfer ownership', async () => {
    const page = await signIn(1280);
    await page.goto(baseUrl + '/admin/team');
    const ownerRow = page.locator('tr', { hasText: '(you)' });
    await ownerRow.getByRole('button', { name: 'Link Telegram' }).click();
    const href = (await ownerRow.locator('[data-testid=telegram-link] a').getAttribute('href'))!;
    expect(href).toMatch(/^https:\/\/t\.me\/zapnoty_test_bot\?start=member_[A-Za-z0-9_-]{24}$/);
    await ownerRow.locator('[data-testid=telegram-link] img').waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/team-code.png`, fullPage: true });
    const userId = 930_000 + Math.floor(Math.random() * 10_000);
    await chat.post(
      chat.updates.message(userId, {
        text: `/start ${new URL(href).searchParams.get('start')}`,
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
        from: { id: userId, is_bot: false, first_name: 'Olga', username: 'olga_tg' },
      }),
    );
    await page.reload();
    await page.locator('[data-testid=member-telegram]', { hasText: '@olga_tg' }).waitFor();
    await page.getByRole('button', { name: 'Send a code to my Telegram' }).waitFor();
    expect(await axeViolations(page, '.member-telegram', 'form.inline-form')).toEqual([]);

    // Ownership goes with the code the bot sends (no password asked).
    const heir = await project.api
      .post('/v1/team/members', { email: `heir-${userId}@example.com`, name: 'Heir', role: 'admin' })
      .expect(201);
    await page.reload();
    await page.getByLabel('New owner…').selectOption(heir.body.id);
    expect(await page.getByLabel('Your password').count()).toBe(0);
    await page.getByRole('button', { name: 'Send a code to my Telegram' }).click();
    await page.getByLabel('6-digit code').waitFor();
    const code = /\b(\d{6})\b/.exec(chat.fake.textsTo(userId).at(-1)!)![1];
    await page.getByLabel('6-digit code').fill(code);
    await page.getByRole('button', { name: 'Make owner (you become admin)' }).click();
    await page.locator('[data-testid=who]', { hasText: 'admin' }).waitFor();
    const members = (await project.api.get('/v1/team/members').expect(200)).body.members;
    expect(members.find((m: { id: string }) => m.id === heir.body.id).role).toBe('owner');
    await page.context().close();
  });

  it('fits a 390 px phone in Russian: no sideways scroll on Settings', async () => {
    const page = await signIn(390, 'ru-RU');
    await page.goto(baseUrl + '/admin/settings');
    await page.getByRole('heading', { name: 'Командный чат в Telegram' }).waitFor();
    await page
      .getByRole('button', { name: /Привязать/ })
      .first()
      .click();
    await page.locator('[data-testid=telegram-link] img').waitFor();
    const box = await page.locator('.team-chat').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await noSidewaysScroll(page)).toBe(true);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/settings-390-ru.png`, fullPage: true });
    await page.context().close();
  });

  it('lets a support member link their own Telegram from "My Telegram"', async () => {
    const support = await signedInMember(chat.ctx.app, project, 'support');
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(baseUrl + '/');
    await page.locator('input[name=email]').fill(support.email);
    await page.locator('input[name=password]').fill(support.password);
    await page.locator('button[type=submit]').click();
    await page.getByRole('link', { name: 'My Telegram' }).click();
    await page.getByRole('button', { name: 'Link Telegram' }).click();
    const href = (await page.locator('[data-testid=telegram-link] a').getAttribute('href'))!;
    await page.locator('[data-testid=telegram-link] img').waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    const userId = 940_000 + Math.floor(Math.random() * 10_000);
    await chat.post(
      chat.updates.message(userId, {
        text: `/start ${new URL(href).searchParams.get('start')}`,
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
        from: { id: userId, is_bot: false, first_name: 'Sam', username: 'sam_self' },
      }),
    );
    await page.reload();
    await page.locator('[data-testid=member-telegram]', { hasText: '@sam_self' }).waitFor();
    expect(await axeViolations(page, 'main')).toEqual([]);
    await context.close();
  });
});
