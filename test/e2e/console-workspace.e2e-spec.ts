import type { Page } from 'playwright-core';
import { seriousAxeViolations } from '../helpers/axe.js';
import { useConsoleBrowser } from '../helpers/console-browser.js';
import { signedInMember, TEST_PUBLIC_URL } from '../helpers/sessions.js';
import { useTestApp } from '../helpers/test-app.js';
import { createTicket } from '../helpers/tickets.js';
import { waitFor } from '../helpers/webhook-receiver.js';

/** A 1×1 PNG: a real image for the preview. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * The agent workspace in headless Chromium, two agents in two browser contexts: presence and typing, the
 * reply that would have collided, the canned picker from the keyboard, files, shortcuts, phones, axe.
 */
describe('Agent workspace in the browser', () => {
  const ctx = useTestApp({ PUBLIC_URL: TEST_PUBLIC_URL, WORKERS_ENABLED: 'false' });
  const tenant = ctx.useProject('Workspace Shop');
  const web = useConsoleBrowser(ctx);
  const pageOf = web.pageOf;

  async function openTicket(page: Page, ticketId: string): Promise<void> {
    await page.goto(`${web.baseUrl}/tickets/${ticketId}`);
    await page.locator('.conversation .message').first().waitFor();
  }

  const ticketNow = async (ticketId: string) =>
    (await tenant.api.get(`/v1/helpdesk/tickets/${ticketId}`).expect(200)).body;

  const replies = async (ticketId: string): Promise<string[]> =>
    (await tenant.api.get(`/v1/helpdesk/tickets/${ticketId}`).expect(200)).body.messages
      .filter((message: { author: string }) => message.author === 'agent')
      .map((message: { text: string }) => message.text);

  it('shows each agent the other viewing and typing, and stops a reply that would cross another', async () => {
    const anna = await signedInMember(ctx.app, tenant, 'support');
    const boris = await signedInMember(ctx.app, tenant, 'support');
    const ticket = await createTicket(tenant.api, { subject: 'Two agents, one ticket' });
    const annaPage = await pageOf(anna);
    const borisPage = await pageOf(boris);
    await openTicket(annaPage, ticket.id);
    await openTicket(borisPage, ticket.id);

    await borisPage.getByTestId('presence').getByText('also viewing').waitFor({ timeout: 7_000 });
    await annaPage.getByRole('textbox', { name: 'Reply' }).fill('Anna: please check the spam folder');
    await borisPage.getByText(/typing…/).waitFor({ timeout: 4_000 });

    // Boris answers first; Anna's send is refused and she sees his reply instead of sending blindly.
    await borisPage.getByRole('textbox', { name: 'Reply' }).fill('Boris: I resent the code');
    await borisPage.getByRole('button', { name: 'Send reply' }).click();
    await borisPage.locator('.message-agent', { hasText: 'Boris: I resent the code' }).waitFor();
    await annaPage.getByRole('button', { name: 'Send reply' }).click();
    await annaPage.getByText('New messages arrived while you were writing').waitFor();
    await annaPage.locator('.message-agent', { hasText: 'Boris: I resent the code' }).waitFor();
    expect(await annaPage.getByRole('textbox', { name: 'Reply' }).inputValue()).toBe(
      'Anna: please check the spam folder',
    );
    expect(await replies(ticket.id)).toEqual(['Boris: I resent the code']);

    // Having read it, she sends: now it goes.
    await annaPage.getByRole('button', { name: 'Send reply' }).click();
    await annaPage.locator('.message-agent', { hasText: 'Anna: please check the spam folder' }).waitFor();
    expect(await replies(ticket.id)).toEqual(['Boris: I resent the code', 'Anna: please check the spam folder']);
    expect(await seriousAxeViolations(annaPage)).toEqual([]);
  }, 60_000);

  it('picks a canned response with the keyboard: Enter inserts it and never sends', async () => {
    await tenant.api
      .post('/v1/helpdesk/canned-responses', { title: 'Greeting', text: 'Hello from the team!', shortcut: '/hello' })
      .expect(201);
    await tenant.api.post('/v1/helpdesk/canned-responses', { title: 'Refund', text: 'Your refund is on its way.' });
    const agent = await signedInMember(ctx.app, tenant, 'support');
    const ticket = await createTicket(tenant.api, { subject: 'Canned from the keyboard' });
    const page = await pageOf(agent);
    await openTicket(page, ticket.id);
    await page.getByRole('textbox', { name: 'Reply' }).fill('Draft that must not go out. ');
    await page.getByRole('button', { name: 'Canned responses' }).click();
    const search = page.getByRole('textbox', { name: 'Find a canned response' });
    await search.fill('refund');
    await search.press('Enter');
    const box = page.getByRole('textbox', { name: 'Reply' });
    await waitFor(async () => (await box.inputValue()).endsWith('on its way.'), 'the inserted canned text');
    expect(await box.inputValue()).toBe('Draft that must not go out. Your refund is on its way.');
    await page.getByRole('button', { name: 'Canned responses' }).click();
    await search.press('ArrowDown');
    await search.press('Escape');
    expect(await search.count()).toBe(0);
    expect(await replies(ticket.id)).toEqual([]);
  }, 30_000);

  it('attaches a picked file, previews it, and sends it with the reply', async () => {
    const agent = await signedInMember(ctx.app, tenant, 'support');
    const ticket = await createTicket(tenant.api, { subject: 'A screenshot' });
    const page = await pageOf(agent);
    await openTicket(page, ticket.id);
    await page
      .getByTestId('reply-files')
      .setInputFiles({ name: 'screen.png', mimeType: 'image/png', buffer: PIXEL_PNG });
    await page.locator('.chosen-files img').waitFor();
    await page.getByRole('textbox', { name: 'Reply' }).fill('Here is where to click');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.locator('.message-agent .attachment.image img').waitFor();
    const details = (await tenant.api.get(`/v1/helpdesk/tickets/${ticket.id}`).expect(200)).body;
    const reply = details.messages.find((message: { author: string }) => message.author === 'agent');
    expect(reply.text).toBe('Here is where to click');
    expect(reply.attachments).toEqual([expect.objectContaining({ file_name: 'screen.png', mime_type: 'image/png' })]);
  }, 30_000);

  it('moves with j/k and Enter, replies with r, assigns with a, closes with e, and lists the keys on ?', async () => {
    const agent = await signedInMember(ctx.app, tenant, 'support');
    const ticket = await createTicket(tenant.api, { subject: 'Keyboard only' });
    const page = await pageOf(agent);
    await page.goto(`${web.baseUrl}/`);
    await page.locator('table.tickets tbody tr').first().waitFor();
    await page.keyboard.press('j');
    await page.locator('tr.selected').waitFor();
    expect(await page.locator('tr.selected').textContent()).toContain('Keyboard only');
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: 'Keyboard only' }).waitFor();
    // The opened ticket has the focus, not the list behind it.
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('H1');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.keyboard.press('a');
    await waitFor(async () => (await ticketNow(ticket.id)).assigned_to === agent.id, 'the assignment');
    await page.keyboard.press('r');
    expect(await page.evaluate('document.activeElement?.name')).toBe('reply');
    await page.keyboard.type('typed after r');
    await page.locator('h1').focus();
    await page.keyboard.press('e');
    await waitFor(async () => (await ticketNow(ticket.id)).status === 'closed', 'the close');
  }, 30_000);

  it('fits a 390 px phone: no sideways scrolling on the list or a ticket with a long tag', async () => {
    const agent = await signedInMember(ctx.app, tenant, 'support');
    const ticket = await createTicket(tenant.api, { subject: 'Phone layout' });
    await tenant.api
      .post('/v1/helpdesk/tickets/bulk', { ticket_ids: [ticket.id], action: 'add_tag', value: 'x'.repeat(60) })
      .expect(200);
    const page = await pageOf(agent, 390);
    await page.goto(`${web.baseUrl}/`);
    await page.locator('table.tickets tbody tr').first().waitFor();
    const overflow = () => page.evaluate('document.documentElement.scrollWidth - window.innerWidth') as Promise<number>;
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await openTicket(page, ticket.id);
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 30_000);
});
