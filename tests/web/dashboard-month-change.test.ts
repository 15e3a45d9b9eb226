import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { importExpenses } from '../../src/services/imports.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';
import { createWebTestApp, signIn } from '../support/web.ts';

/**
 * The month page's total against last month, through the real app with the clock on the 4th of
 * December 2026 in Kolkata. Figures by hand:
 *   October  ₹8,000 (15th)
 *   November ₹3,900 (2nd) + ₹6,100 (20th) = ₹10,000 → against October +₹2,000 (+25.0%)
 *   December ₹4,200 (3rd) + ₹1,000 logged ahead for the 20th
 *            1–4 Dec ₹4,200 against 1–4 Nov ₹3,900: ₹300 more (+7.7%), not −58% against all November.
 */
const FOURTH = new Date('2026-12-04T12:00:00+05:30');
let handle: DatabaseHandle;
let home: TestHousehold;

beforeAll(async () => {
  handle = await openTestDatabase();
  home = await createTestHousehold(handle.db, { name: 'Fourth of the month' });
  await importExpenses(handle.db, home.arjun, [
    { amount: '8000', date: '2026-10-15', category: 'housing' },
    { amount: '3900', date: '2026-11-02', category: 'groceries' },
    { amount: '6100', date: '2026-11-20', category: 'housing' },
    { amount: '4200', date: '2026-12-03', category: 'groceries' },
    { amount: '1000', date: '2026-12-20', category: 'utilities' },
  ]);
});

afterAll(() => handle.close());

async function page(path: string): Promise<{ body: string; text: string }> {
  const { app } = createWebTestApp(handle.db, { now: FOURTH });
  const { cookie } = await signIn(handle.db, home.priya, FOURTH);
  const response = await app.request(path, { headers: { cookie } });
  expect(response.status).toBe(200);
  const body = await response.text();
  return { body, text: body.replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

describe('the month total against last month', () => {
  it('on the 4th compares the days so far with the same days of last month, and says so', async () => {
    const { body, text } = await page('/');
    // The big figure is still the whole month, the bill dated the 20th included.
    expect(body).toMatch(/data-figure="month-total">₹5,200\.00</);
    expect(text).toContain('2 expenses. ₹4,200.00 in 1–4 Dec against ₹3,900.00 in the same days of November 2026 (1–4 Nov), so ₹300.00 more (+7.7%)');
    expect(body).toMatch(/<strong class="up" data-figure="month-change">₹300\.00 more \(\+7\.7%\)<\/strong>/);
    expect(text).not.toContain('−');
  });

  it('compares a past month with the whole month before it', async () => {
    const { body, text } = await page('/?month=2026-11');
    expect(body).toMatch(/data-figure="month-total">₹10,000\.00</);
    expect(text).toContain('2 expenses. October 2026: ₹8,000.00, so ₹2,000.00 more (+25.0%)');
  });
});
