import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { openTestDatabase } from '../support/database.ts';
import { say } from '../support/engine.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';
import {
  describeWithBrowser,
  horizontalOverflow,
  launchChromium,
  linksOn,
  openPhone,
  screenshot,
  startWebServer,
  type PageProblems,
  type WebServer,
} from './support.ts';

/**
 * A partner opens the chat's sign-in link on a phone and does a month's chores in the real app,
 * served over HTTP, in Debian's Chromium: reads the month, confirms and edits drafts, edits the
 * ledger, exports it, and renames the household. The tests run in order on one signed-in phone.
 * "Now" is the test clock's Wednesday 18 March 2026.
 */
const SLOW = { timeout: 60_000 };

let handle: DatabaseHandle;
let home: TestHousehold;
let server: WebServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
/** How far each page was wider than the phone (px), by page. */
const overflow = new Map<string, number>();
/** Every link the visited pages offered, checked at the end. */
const links = new Set<string>();

describeWithBrowser('the web view on a phone, in Chromium', () => {
  beforeAll(async () => {
    handle = await openTestDatabase();
    home = await createTestHousehold(handle.db, { name: 'Test home' });
    server = await startWebServer(handle.db);
    const { engine } = server;
    const { arjun } = home;
    // Confirmed in March: 250 + 400 + 650 + 15,000 + 900 = ₹17,200; February has the electricity bill.
    const confirmed = [
      'uber 250 and lunch 400',
      'priya paid 650 for the cab yesterday',
      'rent 15000 on 1 march',
      'dinner 900 split equally',
      'electricity bill 2300 on 5 feb',
    ];
    for (const text of confirmed) {
      const reply = await say(engine, arjun, text);
      await engine.confirmAll(arjun, reply.drafts.map((card) => card.expenseId));
    }
    // Waiting as drafts: groceries 1,200, coffee 180, movie tickets 500.
    await say(engine, arjun, 'groceries 1200 and coffee 180');
    await say(engine, arjun, 'movie tickets 500');

    browser = await launchChromium();
    ({ context, page, problems } = await openPhone(browser));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await handle?.close();
  });

  it('signs in from the chat link and lands on the month at a glance', SLOW, async () => {
    await page.goto(await server.linkFor(home.arjun));
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('h1').first().textContent()).toContain('March 2026');
    expect(await page.locator('[data-figure="month-total"]').textContent()).toBe('₹17,200.00');
    expect(await page.locator('header .brand').textContent()).toContain('Test home');
    // The charts are drawn on the server as inline SVG.
    expect(await page.locator('figure.chart svg').count()).toBeGreaterThan(0);
    await record('dashboard');
    await screenshot(page, 'dashboard-phone');
  });

  it('refuses the same link a second time', SLOW, async () => {
    const link = await server.linkFor(home.arjun);
    const other = await browser.newContext();
    try {
      const first = await other.newPage();
      await first.goto(link);
      expect(new URL(first.url()).pathname).toBe('/');
      const again = await first.goto(link);
      expect(again?.status()).toBe(401);
      expect(await first.locator('body').textContent()).toContain('already used');
    } finally {
      await other.close();
    }
  });

  it('confirms one draft from the drafts page', SLOW, async () => {
    await navigate(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Drafts' }));
    expect(new URL(page.url()).pathname).toBe('/drafts');
    expect(await page.getByRole('button', { name: 'Confirm all 3' }).count()).toBe(1);
    await record('drafts');
    await screenshot(page, 'drafts-phone');

    await navigate(draft('groceries').getByRole('button', { name: 'Confirm' }));
    expect(new URL(page.url()).pathname).toBe('/drafts');
    expect(await page.locator('.flash').textContent()).toBe('Confirmed: groceries, ₹1,200.00.');
    expect(await draft('groceries').count()).toBe(0);
    expect(await draft('coffee').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Confirm all 2' }).count()).toBe(1);
  });

  it('edits another draft: a bad amount is refused beside the field, then amount and category change', SLOW, async () => {
    await navigate(draft('coffee').getByRole('link', { name: 'Edit' }));
    expect(new URL(page.url()).pathname).toMatch(/^\/drafts\/[^/]+\/edit$/);
    await record('draft-edit');
    await screenshot(page, 'draft-edit-phone');

    await page.locator('#amount').fill('two hundred');
    await navigate(page.getByRole('button', { name: 'Save' }));
    expect(await page.locator('#amount-error').isVisible()).toBe(true);
    expect(await page.locator('#amount').getAttribute('aria-invalid')).toBe('true');
    // What was typed stays typed.
    expect(await page.locator('#amount').inputValue()).toBe('two hundred');
    await screenshot(page, 'draft-edit-error-phone');

    await page.locator('#amount').fill('220');
    await page.locator('#category').selectOption({ label: 'Groceries' });
    await navigate(page.getByRole('button', { name: 'Save' }));
    expect(new URL(page.url()).pathname).toBe('/drafts');
    const coffee = draft('coffee');
    expect(await coffee.locator('.figure').textContent()).toBe('₹220.00');
    expect(await coffee.textContent()).toContain('Groceries');
  });

  it('edits a confirmed expense in the ledger, deletes one and takes it back with Undo', SLOW, async () => {
    await navigate(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Ledger' }));
    expect(new URL(page.url()).pathname).toBe('/expenses');
    expect(await ledgerRow('uber').count()).toBe(1);
    await record('ledger');
    await screenshot(page, 'ledger-phone');

    await navigate(ledgerRow('lunch').getByRole('link', { name: 'Edit' }));
    expect(new URL(page.url()).pathname).toMatch(/^\/expenses\/[^/]+\/edit$/);
    expect(await page.locator('#amount').inputValue()).toBe('400.00');
    await page.locator('#amount').fill('450');
    await page.locator('#description').fill('team lunch');
    await navigate(page.getByRole('button', { name: 'Save' }));
    expect(new URL(page.url()).pathname).toBe('/expenses');
    expect(await ledgerRow('team lunch').locator('td.amount').textContent()).toBe('₹450.00');

    await navigate(ledgerRow('uber').getByRole('button', { name: 'Delete' }));
    expect(await page.locator('.flash').textContent()).toBe('Deleted: uber, ₹250.00.');
    expect(await ledgerRow('uber').count()).toBe(0);
    await navigate(page.getByRole('button', { name: 'Undo' }));
    expect(await page.locator('.flash').textContent()).toMatch(/^Undid the delete: uber/);
    expect(await ledgerRow('uber').count()).toBe(1);
    expect(await ledgerRow('uber').locator('td.amount').textContent()).toBe('₹250.00');
    await record('ledger-after-undo');
  });

  it('exports the ledger as CSV and as an hledger journal', SLOW, async () => {
    await page.goto(`${server.url}/expenses`);
    const csv = await download(page.getByRole('link', { name: 'Export CSV' }));
    expect(csv.name).toMatch(/^kitty-.*\.csv$/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('date,description,category,amount,currency,paid by,share Arjun,share Priya');
    expect(lines).toContain('2026-03-18,team lunch,Dining out,450.00,INR,Arjun,450.00,0.00');
    expect(lines).toContain('2026-03-18,groceries,Groceries,1200.00,INR,Arjun,1200.00,0.00');
    expect(lines).toContain('2026-03-18,dinner,Dining out,900.00,INR,Arjun,450.00,450.00');
    expect(lines).toContain('2026-03-17,cab,Transport,650.00,INR,Priya,0.00,650.00');
    expect(lines).toContain('2026-02-05,electricity bill,Utilities,2300.00,INR,Arjun,2300.00,0.00');
    // Confirmed expenses only: the drafts still waiting are not in the books.
    expect(csv.text).not.toContain('coffee');
    expect(csv.text).not.toContain('movie tickets');

    const journal = await download(page.getByRole('link', { name: 'Export hledger journal' }));
    expect(journal.name).toMatch(/^kitty-.*\.journal$/);
    expect(journal.text).toContain('decimal-mark .');
    expect(journal.text).toMatch(/^2026-03-18 \* \([0-9a-f]{8}\) team lunch\n {4}; kitty:[0-9a-f-]+\n {4}expenses:dining {4}450\.00 INR\n {4}assets:Arjun$/m);
    expect(journal.text).toMatch(/^2026-02-05 \* \([0-9a-f]{8}\) electricity bill$/m);
    expect(journal.text).toMatch(/expenses:housing {4}15000\.00 INR/);
    expect(journal.text).not.toContain('coffee');
  });

  it('shows the month with the changes made on the other pages', SLOW, async () => {
    await navigate(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Month' }));
    // 17,200 + the confirmed groceries (1,200) + the lunch's edit (+50).
    expect(await page.locator('[data-figure="month-total"]').textContent()).toBe('₹18,450.00');
    await record('dashboard-after');
    await screenshot(page, 'dashboard-after-phone');
  });

  it('renames the household and picks how it writes numbers in the settings, and the header shows the new name', SLOW, async () => {
    await navigate(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }));
    expect(new URL(page.url()).pathname).toBe('/settings');
    await record('settings');
    await screenshot(page, 'settings-phone');

    await page.locator('#household-name').fill('Sharma household');
    await page.locator('#household-locale').selectOption('en-GB');
    await navigate(page.getByRole('button', { name: 'Save household' }));
    expect(new URL(page.url()).pathname).toBe('/settings');
    expect(await page.locator('.flash').textContent()).toContain('Household settings saved.');
    expect(await page.locator('header .brand').textContent()).toContain('Sharma household');
    expect(await page.locator('#household-name').inputValue()).toBe('Sharma household');
    expect(await page.locator('#household-locale').inputValue()).toBe('en-GB');
    await navigate(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Month' }));
    expect(await page.locator('header .brand').textContent()).toContain('Sharma household');
  });

  it('saw no CSP violation, no script error, no request leaving the machine, no broken link, no sideways scrolling', () => {
    expect(overflow.size).toBeGreaterThan(0);
    expect(Object.fromEntries([...overflow].filter(([, pixels]) => pixels > 0))).toEqual({});
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    expect(problems.badResponses).toEqual([]);
  });

  it('offers no link to a page that is not there', SLOW, async () => {
    expect(links.size).toBeGreaterThan(0);
    const broken: string[] = [];
    for (const link of links) {
      expect(new URL(link).origin).toBe(server.url);
      // With the phone's session cookie, as a tap would send it.
      const response = await context.request.get(link, { maxRedirects: 0 });
      if (response.status() >= 400) broken.push(`${link} → ${response.status()}`);
    }
    expect(broken).toEqual([]);
  });
});

/** A draft's card on the drafts page, by its description. */
function draft(description: string): Locator {
  return page.getByRole('article', { name: description, exact: true });
}

/** A ledger row, by its description cell. */
function ledgerRow(description: string): Locator {
  return page.locator('tbody tr').filter({ has: page.getByRole('cell', { name: description, exact: true }) });
}

/** Clicks something that loads a new page (a link, or a form's button: POST, 303, GET) and waits for it. */
async function navigate(target: Locator): Promise<void> {
  await Promise.all([page.waitForEvent('load'), target.click()]);
}

async function download(link: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Notes how far this page scrolls sideways on the phone and the links it offers; the last tests check both. */
async function record(name: string): Promise<void> {
  overflow.set(name, await horizontalOverflow(page));
  for (const link of await linksOn(page)) links.add(link);
}
