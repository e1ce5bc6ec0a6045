import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { consoleDirectory } from '../../src/console/console-static.js';
import { launchChromium } from '../helpers/browser.js';
import { useTestApp } from '../helpers/test-app.js';

/** Every directive of a Content-Security-Policy header, by name. */
function directives(header: string | undefined): Record<string, string[]> {
  expect(header).toEqual(expect.any(String));
  return Object.fromEntries(
    header!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

/** What every response carries, whatever its kind. */
function expectBaseHeaders(headers: Record<string, string>): Record<string, string[]> {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const csp = directives(headers['content-security-policy']);
  expect(csp['frame-ancestors']).toEqual(["'none'"]);
  expect(csp['script-src']).toEqual(["'self'"]);
  expect(csp['object-src']).toEqual(["'none'"]);
  return csp;
}

describe('browser-facing headers: CSP, framing, Referrer-Policy, nosniff, no-store', () => {
  const ctx = useTestApp({ PUBLIC_URL: 'http://console.test' });
  const tenant = ctx.useProject('Headers');
  const server = () => ctx.app.getHttpServer();

  it('gives the console page, its client routes and the invite page a strict CSP and no framing', async () => {
    if (!existsSync(`${consoleDirectory()}/index.html`))
      throw new Error('The console is not built: run `npm run build`');
    for (const path of ['/', '/tickets', '/invite/some-token']) {
      const response = await request(server()).get(path).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      const csp = expectBaseHeaders(response.headers);
      expect(csp['default-src']).toEqual(["'self'"]);
      expect(csp['style-src']).toEqual(["'self'"]);
      expect(csp['connect-src']).toEqual(["'self'"]);
      expect(csp['base-uri']).toEqual(["'none'"]);
      expect(csp['upgrade-insecure-requests']).toBeUndefined();
      expect(response.headers['cache-control']).toBe('no-cache');
    }
    const html = (await request(server()).get('/').expect(200)).text;
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const script = await request(server()).get(asset).expect(200);
    expectBaseHeaders(script.headers);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('lets Swagger UI at /docs have its inline styles, and nothing else more', async () => {
    const page = await request(server()).get('/docs').expect(200);
    const csp = expectBaseHeaders(page.headers);
    expect(csp['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    const init = await request(server()).get('/docs/swagger-ui-init.js').expect(200);
    expectBaseHeaders(init.headers);
  });

  it('marks API answers, errors, MCP and the messenger webhook lane no-store and nosniff', async () => {
    const responses = [
      await tenant.api.get('/v1/helpdesk/tickets').expect(200),
      await tenant.api.post('/v1/helpdesk/tickets', { text: 'no-store please' }).expect(201),
      await request(server()).get('/v1/helpdesk/tickets').expect(401),
      await tenant.api.get('/v1/no-such-route').expect(404),
      await tenant.api.post('/v1/helpdesk/tickets').set('Content-Type', 'application/json').send('{').expect(400),
      await request(server())
        .post('/mcp')
        .set({ Authorization: `Bearer ${tenant.apiKey}`, Accept: 'application/json, text/event-stream' })
        .send({ jsonrpc: '2.0', id: 1, method: 'tools/list' })
        .expect(200),
      await request(server()).get('/openapi.json').expect(200),
      await request(server()).get('/health/live').expect(200),
    ];
    // A malformed update is answered by the JSON lane beside Express (no ETag tells it apart).
    const lane = await request(server())
      .post('/telegram/webhook')
      .set('Content-Type', 'application/json')
      .send('{"update_id":')
      .expect(400);
    expect(lane.headers.etag).toBeUndefined();
    for (const response of [...responses, lane]) {
      expect(response.headers['cache-control']).toBe('no-store');
      expectBaseHeaders(response.headers);
    }
  });
});

describe('the console, the invite page and Swagger UI render in Chromium without a CSP violation', () => {
  const ctx = useTestApp({ PUBLIC_URL: 'http://console.test' });
  const tenant = ctx.useProject('Headers in the browser');
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    baseUrl = await ctx.listen();
    browser = await launchChromium();
  });
  ctx.beforeClose(() => browser?.close());

  /** Opens a page that records every CSP violation (event and console report) and script error. */
  async function openRecording(path: string): Promise<{ page: Page; problems: () => Promise<string[]> }> {
    const page = await browser.newPage();
    const reported: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) reported.push(message.text());
    });
    page.on('pageerror', (error) => reported.push(`page error: ${error.message}`));
    // The page's own report of each violation (a string script: these tests compile without DOM types).
    await page.addInitScript(`
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));
    `);
    const response = await page.goto(baseUrl + path);
    expect(response!.headers()['content-security-policy']).toEqual(expect.any(String));
    return {
      page,
      problems: async () => [...reported, ...((await page.evaluate('window.cspViolations')) as string[])],
    };
  }

  it('shows the sign-in form of the console', async () => {
    const { page, problems } = await openRecording('/');
    await page.locator('input[name=email]').waitFor();
    await page.locator('input[name=password]').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('shows the set-password form of an invite link', async () => {
    const added = await tenant.api
      .post('/v1/team/members', { email: `csp-${Date.now()}@example.com`, name: 'Invited', role: 'support' })
      .expect(201);
    const { page, problems } = await openRecording(new URL(added.body.invite_url).pathname);
    await page.getByLabel('New password').waitFor();
    await page.getByLabel('Repeat the password').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('shows the API operations in Swagger UI at /docs', async () => {
    const { page, problems } = await openRecording('/docs');
    await page.locator('.opblock').first().waitFor();
    expect(await page.locator('.opblock').count()).toBeGreaterThan(20);
    await page.locator('.opblock-summary').first().click();
    await page.locator('.opblock-body').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await problems()).toEqual([]);
    await page.close();
  });
});
