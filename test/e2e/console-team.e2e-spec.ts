import type { Page } from 'playwright-core';
import request from 'supertest';
import { seriousAxeViolations } from '../helpers/axe.js';
import { useConsoleBrowser } from '../helpers/console-browser.js';
import { signedInMember, signedInOwner } from '../helpers/sessions.js';
import { useTeamChat } from '../helpers/team-chat.js';
import { waitFor } from '../helpers/webhook-receiver.js';

const NEW_PASSWORD = 'a brand new passphrase';
/** A directory to write screenshots of the pages into (to look at them), e.g. CONSOLE_TEAM_SHOTS=/tmp/shots. */
const SHOTS = process.env.CONSOLE_TEAM_SHOTS;

/**
 * The Team page's invite states and one-time links (a new invite, a password reset an admin issues and the
 * member uses in another browser), and the "My Telegram" notification switches: headless Chromium, desktop and
 * 390 px, axe-core on each page.
 */
describe('console: team links and Telegram notifications', () => {
  const chat = useTeamChat('777008:team-links-console', 'team-links-console-secret');
  const project = chat.ctx.useProject('Team links console');
  const web = useConsoleBrowser(chat.ctx);
  const pageOf = web.pageOf;

  const rowOf = (page: Page, email: string) => page.locator(`tr[data-email="${email}"]`);
  const noSidewaysScroll = (page: Page) =>
    page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth');
  const login = (email: string, password: string) =>
    request(chat.ctx.app.getHttpServer()).post('/v1/auth/login').send({ email, password });

  it('lets an admin issue a reset link the member uses in another browser; no reset button for an owner', async () => {
    await signedInOwner(chat.ctx.app, project);
    const admin = await signedInMember(chat.ctx.app, project, 'admin');
    const support = await signedInMember(chat.ctx.app, project, 'support');
    const pendingEmail = `pending-${Date.now()}@example.com`;
    await project.api.post('/v1/team/members', { email: pendingEmail, name: 'Pending Pat', role: 'viewer' });
    const page = await pageOf(admin);
    await page.goto(`${web.baseUrl}/admin/team`);

    // Invite states; the owner (whom an admin may not manage) gets no link buttons.
    const supportRow = rowOf(page, support.email);
    await supportRow.getByTestId('invite-state').getByText('Accepted').waitFor();
    expect(await rowOf(page, pendingEmail).getByTestId('invite-state').textContent()).toBe('Pending');
    const ownerRow = rowOf(page, project.owner.email);
    await ownerRow.waitFor();
    expect(await ownerRow.getByRole('button', { name: 'Password reset link' }).count()).toBe(0);
    expect(await ownerRow.getByRole('button', { name: 'New invite link' }).count()).toBe(0);
    expect(await supportRow.getByRole('button', { name: 'New invite link' }).count()).toBe(0);

    // A new invite link for the pending member, shown once with its expiry.
    await rowOf(page, pendingEmail).getByRole('button', { name: 'New invite link' }).click();
    const panel = page.getByTestId('member-link');
    await panel.and(page.locator('[data-kind=invite]')).waitFor();
    expect(await panel.getByRole('textbox', { name: 'One-time link' }).inputValue()).toMatch(/\/invite\/[\w-]{20,}$/);
    expect(await panel.textContent()).toContain('New invite link for Pending Pat');

    await supportRow.getByRole('button', { name: 'Password reset link' }).click();
    await panel.and(page.locator('[data-kind=reset]')).waitFor();
    const resetUrl = await panel.getByRole('textbox', { name: 'One-time link' }).inputValue();
    expect(resetUrl).toMatch(/^http:\/\/console\.test\/reset\/[\w-]{20,}$/);
    expect(await panel.textContent()).toMatch(/Password reset link for support \d+: it works once, until .*20\d\d/);
    await panel.getByRole('button', { name: 'Copy' }).waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/team-reset-link.png`, fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The member, signed out on a phone, sets a new password with it and is signed in.
    const phone = await pageOf(null, 390);
    await phone.goto(web.baseUrl + new URL(resetUrl).pathname);
    await phone.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(await seriousAxeViolations(phone)).toEqual([]);
    await phone.getByLabel('New password').fill(NEW_PASSWORD);
    await phone.getByLabel('Repeat the password').fill(NEW_PASSWORD);
    await phone.getByRole('button', { name: 'Save password and sign in' }).click();
    await phone.getByTestId('who').waitFor();
    await phone.getByRole('button', { name: 'Sign out' }).click();

    // Signs in with the new password from the sign-in page; the old one and the used link no longer work.
    await phone.locator('input[name=email]').fill(support.email);
    await phone.locator('input[name=password]').fill(NEW_PASSWORD);
    await phone.locator('button[type=submit]').click();
    await phone.getByTestId('who').waitFor();
    expect(await noSidewaysScroll(phone)).toBe(true);
    await login(support.email, support.password).expect(401);
    const token = resetUrl.slice(resetUrl.lastIndexOf('/') + 1);
    const reused = await request(chat.ctx.app.getHttpServer())
      .post('/v1/auth/accept-invite')
      .send({ token, password: 'yet another passphrase' });
    expect(reused.status).toBeGreaterThanOrEqual(400);
    expect(reused.status).toBeLessThan(500);
  }, 60_000);

  it('fits the Team page on a 390 px phone, in Russian, where an owner may reset an admin', async () => {
    const owner = await signedInOwner(chat.ctx.app, project);
    const admin = await signedInMember(chat.ctx.app, project, 'admin');
    const page = await pageOf(owner, 390, 'ru-RU');
    await page.goto(`${web.baseUrl}/admin/team`);
    const adminRow = rowOf(page, admin.email);
    await adminRow.getByRole('button', { name: 'Ссылка для сброса пароля' }).click();
    await page.getByTestId('member-link').getByRole('textbox', { name: 'Одноразовая ссылка' }).waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/team-390-ru.png`, fullPage: true });
  }, 30_000);

  it('switches the Telegram notifications on "My Telegram" and keeps them after a reload', async () => {
    const support = await signedInMember(chat.ctx.app, project, 'support');
    const page = await pageOf(support, 390);
    await page.goto(`${web.baseUrl}/me/telegram`);
    await page.getByTestId('notify-needs-link').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await chat.linkMember(project, support.id, { id: 950_000 + Math.floor(Math.random() * 10_000), first_name: 'Sam' });
    await page.reload();
    const assigned = page.getByRole('checkbox', { name: 'A ticket is assigned to me' });
    const replied = page.getByRole('checkbox', { name: 'The customer wrote on my ticket' });
    await page.getByRole('group', { name: 'Private notifications in Telegram' }).waitFor();
    expect(await assigned.isChecked()).toBe(true);
    expect(await replied.isChecked()).toBe(true);
    await assigned.uncheck();
    const switches = async () =>
      (await project.api.get('/v1/team/members').expect(200)).body.members.find(
        (member: { id: string }) => member.id === support.id,
      ).telegram.notifications;
    await waitFor(async () => (await switches()).assigned === false, 'the switch saved');
    expect(await switches()).toEqual({ assigned: false, customer_replied: true });
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    await page.getByRole('group', { name: 'Private notifications in Telegram' }).waitFor();
    expect(await assigned.isChecked()).toBe(false);
    expect(await replied.isChecked()).toBe(true);
    await replied.uncheck();
    await waitFor(async () => (await switches()).customer_replied === false, 'the second switch saved');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/my-telegram.png`, fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 30_000);
});
