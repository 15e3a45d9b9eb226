import { beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { createDraft } from '../../src/services/expenses.ts';
import { importExpenses } from '../../src/services/imports.ts';
import type { IntentContext } from '../../intents/definition.ts';
import { escapeLike, merchantLabel, merchantWords } from '../../intents/merchant-match.ts';
import { runIntent } from '../../intents/registry.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';
import { expectRejection } from '../support/kitty-errors.ts';
import { MARCH, NOW, intentContext, seededHouseholdForFile } from './fixture.ts';

let handle: DatabaseHandle;
let home: TestHousehold;
let context: IntentContext;
let shops: TestHousehold;
let shopsContext: IntentContext;

seededHouseholdForFile((parts) => ({ handle, home, context } = parts));

/**
 * A household of descriptions written every way people write them: the shop in any case, with
 * punctuation around it, inside other words, next to LIKE's own wildcard characters.
 */
beforeAll(async () => {
  shops = await createTestHousehold(handle.db, { name: 'Shops' });
  await importExpenses(handle.db, shops.arjun, [
    { amount: '2400', date: '2026-03-02', category: 'groceries', description: 'Costco run' },
    { amount: '600', date: '2026-03-09', category: 'transport', description: 'COSTCO gas', paidBy: shops.priya.memberId },
    { amount: '35', currency: 'USD', date: '2026-03-11', category: 'groceries', description: '(costco) snacks' },
    { amount: '1000', date: '2026-02-20', category: 'groceries', description: 'costco' },
    { amount: '180', date: '2026-03-03', category: 'dining', description: 'Blue Tokai coffee' },
    { amount: '90', date: '2026-03-04', category: 'dining', description: 'coffees for the team' },
    { amount: '120', date: '2026-03-05', category: 'groceries', description: 'decoffeinated tea' },
    { amount: '300', date: '2026-03-06', category: 'dining', description: 'Whole Foods lunch' },
    { amount: '250', date: '2026-03-07', category: 'groceries', description: 'foods whole' },
    { amount: '70', date: '2026-03-08', category: 'groceries', description: 'tuber' },
    { amount: '40', date: '2026-03-08', category: 'other', description: '100% cotton_bag' },
    { amount: '220', date: '2026-03-12', category: 'dining', description: 'Café Müller' },
  ]);
  // A draft at Costco is not spending yet.
  await createDraft(handle.db, shops.arjun, { amount: '9999', date: '2026-03-10', category: 'groceries', description: 'Costco' }, { now: NOW });
  shopsContext = await intentContext(handle.db, shops);
});

describe('merchant_spend', () => {
  it('totals what was spent at a merchant in any case and punctuation, per currency, confirmed only', async () => {
    const answer = await runIntent(shopsContext, 'merchant_spend', { period: MARCH, merchant: 'costco' });
    expect(answer.text).toBe('The household spent ₹3,000.00 and $35.00 at Costco in March 2026 across 3 expenses.');
    expect(answer.chart).toMatchObject({ kind: 'line', title: 'Spending at Costco by day, March 2026', currency: 'INR' });
    expect(answer.chart?.points.reduce((sum, point) => sum + point.valueMinor, 0)).toBe(300_000);
  });

  it('matches words of the description at the start of a word, never inside one', async () => {
    const coffee = await runIntent(shopsContext, 'merchant_spend', { period: MARCH, merchant: 'Coffee' });
    // "coffee" and "coffees", not "decoffeinated".
    expect(coffee.text).toBe('The household spent ₹270.00 at Coffee in March 2026 across 2 expenses.');
    const uber = await runIntent(shopsContext, 'merchant_spend', { period: MARCH, merchant: 'uber' });
    expect(uber).toEqual({ text: 'Nothing at Uber in March 2026 yet.' });
    // A letter outside ASCII stays inside its word, on PGlite and on Postgres.
    const cafe = await runIntent(shopsContext, 'merchant_spend', { period: MARCH, merchant: 'café müller' });
    expect(cafe.text).toBe('The household spent ₹220.00 at Café Müller in March 2026 across 1 expense.');
    const prefix = await runIntent(shopsContext, 'merchant_spend', { period: MARCH, merchant: 'costc' });
    expect(prefix.text).toContain('₹3,000.00 and $35.00 at Costc');
  });

  it('takes several words as a phrase, in order', async () => {
    const answer = await runIntent(shopsContext, 'merchant_spend', { period: MARCH, merchant: '  whole   foods ' });
    expect(answer.text).toBe('The household spent ₹300.00 at Whole Foods in March 2026 across 1 expense.');
  });

  it('treats LIKE wildcards as separators, never as wildcards', async () => {
    // "c_stco" would find Costco if "_" reached ILIKE as a wildcard; "100%" would find anything starting "100".
    const underscore = await runIntent(shopsContext, 'merchant_spend', { period: MARCH, merchant: 'c_stco' });
    expect(underscore.text).toBe('Nothing at C Stco in March 2026 yet.');
    const cotton = await runIntent(shopsContext, 'merchant_spend', { period: MARCH, merchant: 'cotton_bag' });
    expect(cotton.text).toBe('The household spent ₹40.00 at Cotton Bag in March 2026 across 1 expense.');
    expect(escapeLike('100%_off\\')).toBe('100\\%\\_off\\\\');
    expect(merchantWords("Trader Joe's!")).toEqual(['trader', 'joe', 's']);
    expect(merchantLabel('whole foods')).toBe('Whole Foods');
  });

  it('narrows to what one member paid, and keeps to the period', async () => {
    const priya = await runIntent(shopsContext, 'merchant_spend', { period: MARCH, merchant: 'costco', memberId: shops.priya.memberId });
    expect(priya.text).toBe('Priya paid ₹600.00 at Costco in March 2026 across 1 expense.');
    const february = await runIntent(shopsContext, 'merchant_spend', { period: { start: '2026-02-01', end: '2026-02-28' }, merchant: 'costco' });
    expect(february.text).toBe('The household spent ₹1,000.00 at Costco in February 2026 across 1 expense.');
  });

  it('says plainly when nothing matched, and never shows another household', async () => {
    // The seeded household bought coffee (in dollars) but nothing at Costco; Shops did, next door.
    expect(await runIntent(context, 'merchant_spend', { period: MARCH, merchant: 'costco' })).toEqual({ text: 'Nothing at Costco in March 2026 yet.' });
    expect((await runIntent(context, 'merchant_spend', { period: MARCH, merchant: 'coffee' })).text).toBe(
      'The household spent $12.50 at Coffee in March 2026 across 1 expense.',
    );
    const past = await runIntent(context, 'merchant_spend', { period: { start: '2026-01-01', end: '2026-01-31' }, merchant: 'rent', memberId: home.priya.memberId });
    expect(past).toEqual({ text: 'Nothing at Rent paid by Priya in January 2026.' });
  });

  it('refuses a missing merchant, one without a word, and parameters it does not take', async () => {
    await expectRejection(runIntent(context, 'merchant_spend', { period: MARCH }), 'invalid_input', 'merchant');
    await expectRejection(runIntent(context, 'merchant_spend', { period: MARCH, merchant: '%' }), 'invalid_input', 'merchant');
    await expectRejection(runIntent(context, 'merchant_spend', { period: MARCH, merchant: 'costco', category: 'groceries' }), 'invalid_input');
    await expectRejection(runIntent(context, 'merchant_spend', { merchant: 'costco' }), 'invalid_input', 'period');
  });
});
