import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { consoleDirectory } from '../../src/console/console-static.js';
import { launchChromium } from './browser.js';

export interface ConsoleBrowser {
  /** Where the test app listens (set before the file's own beforeAll hooks run). */
  readonly baseUrl: string;
  /** A page in a fresh browser context, signed in as `member` (its session cookie) or signed out. */
  pageOf(member: { cookie: string } | null, width?: number, locale?: string): Promise<Page>;
}

/**
 * The console's browser tests: the file's app listening, one Chromium, and pages of fresh contexts at a
 * width and locale, all closed with the app. Call it at describe level right after useTestApp.
 */
export function useConsoleBrowser(ctx: {
  listen(): Promise<string>;
  beforeClose(hook: () => Promise<void>): void;
}): ConsoleBrowser {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const handle = {
    baseUrl: '',
    async pageOf(member: { cookie: string } | null, width = 1280, locale = 'en-US'): Promise<Page> {
      const context = await browser!.newContext({ locale, viewport: { width, height: 800 } });
      contexts.push(context);
      if (member) {
        const [name, value] = member.cookie.split('=');
        await context.addCookies([{ name, value, url: handle.baseUrl }]);
      }
      return context.newPage();
    },
  };
  beforeAll(async () => {
    if (!existsSync(`${consoleDirectory()}/index.html`))
      throw new Error('The console is not built: run `npm run build` first');
    handle.baseUrl = await ctx.listen();
    browser = await launchChromium();
  });
  ctx.beforeClose(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });
  return handle;
}
