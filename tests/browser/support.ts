import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describe } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { signInLink } from '../../src/web/auth/sign-in-link.ts';
import { TEST_NOW } from '../support/engine.ts';
import { createWebTestApp, TEST_SESSION_SECRET } from '../support/web.ts';

/**
 * Browser tests drive Debian's Chromium (`apt-get install chromium`) with playwright-core, which
 * brings no browser of its own. Like the voice-note tests, they are skipped with the reason
 * printed where the browser is missing, so `npm install && npm test` passes anywhere, and
 * required in CI, where `.ci/run` installs it and sets KITTY_REQUIRE_BROWSER=1.
 */
export const CHROMIUM = '/usr/bin/chromium';

const browserMissing = !existsSync(CHROMIUM);

if (browserMissing && !process.env.KITTY_REQUIRE_BROWSER) {
  console.warn(`Skipping browser tests: ${CHROMIUM} is not installed (apt-get install chromium).`);
}

export const describeWithBrowser = browserMissing && !process.env.KITTY_REQUIRE_BROWSER ? describe.skip : describe;

/** Pictures for a person to look at; tests/artifacts/ is git-ignored. */
export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'screenshots');

/** A phone the size of an iPhone 14/15: the width a partner opening a chat link has. */
export const PHONE = { width: 390, height: 844 } as const;

export type WebServer = Awaited<ReturnType<typeof startWebServer>>;

/**
 * The real app with the web view, served over HTTP on a free local port the way `npm start`
 * serves it. The app is built once the port is known, so its public URL is the real one.
 */
export async function startWebServer(db: Database) {
  let handler: ((request: Request) => Response | Promise<Response>) | undefined;
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const server = serve({ fetch: (request) => handler?.(request) ?? new Response('starting', { status: 503 }), hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve({ server, port: info.port }),
    );
  });
  const url = `http://127.0.0.1:${port}`;
  const { app, engine, logs } = createWebTestApp(db, { publicUrl: url });
  handler = (request) => app.fetch(request);
  return {
    url,
    engine,
    logs,
    /** A fresh single-use link from the chat, as /dashboard hands it out. */
    linkFor: (scope: HouseholdScope) => signInLink({ secret: TEST_SESSION_SECRET, publicUrl: url, now: TEST_NOW }, scope),
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive sockets from the browser would hold close() open; the browser is gone by now.
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** What the browser saw that a page should never cause. */
export interface PageProblems {
  readonly cspViolations: string[];
  readonly foreignRequests: string[];
  readonly pageErrors: string[];
  /** Responses the server could not find or failed on (a broken link, a form posting nowhere). */
  readonly badResponses: string[];
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/**
 * A phone-sized browser context that refuses every request leaving this machine (the pages must
 * load nothing from a CDN) and records CSP reports, script errors and 404/5xx responses.
 */
export async function openPhone(browser: Browser): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    acceptDownloads: true,
    locale: 'en-IN',
    timezoneId: 'Asia/Kolkata',
  });
  const problems: PageProblems = { cspViolations: [], foreignRequests: [], pageErrors: [], badResponses: [] };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    problems.foreignRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) problems.cspViolations.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(`${page.url()}: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() === 404 || response.status() >= 500) {
      problems.badResponses.push(`${response.request().method()} ${response.url()} → ${response.status()}`);
    }
  });
  return { context, page, problems };
}

/** A full-page picture at phone width in tests/artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** How far the page is wider than the screen: a phone page should not scroll sideways. */
export async function horizontalOverflow(page: Page): Promise<number> {
  // A string, because this project's TypeScript has no DOM types.
  return Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
}

/** Every link on the page, absolute, for checking that none leads to a missing page. */
export async function linksOn(page: Page): Promise<string[]> {
  const hrefs = await page.evaluate('[...document.querySelectorAll("a[href]")].map((link) => link.href)');
  return (hrefs as string[]).filter((href) => href.startsWith('http'));
}
