import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { cardLine } from '../../src/engine/reply.ts';
import { listCategories } from '../../src/services/categories.ts';
import { updateCategory } from '../../src/services/category-admin.ts';
import { loadCategoryHints } from '../../src/services/category-hints.ts';
import { getExpense } from '../../src/services/expenses.ts';
import { askingReader, asking, kopiKenangan, samPaid } from '../support/asking-reader.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestEngine, say } from '../support/engine.ts';
import { createTestHousehold } from '../support/households.ts';
import { expectRejection } from '../support/kitty-errors.ts';

/**
 * Ask, don't guess: a draft whose category is a guess offers the likely ones and learns the
 * answer; a draft naming a payer who is not a member asks who paid and is not confirmed until
 * someone says. The reading is hand-made (askingReader); everything after it is real.
 */
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterAll(() => handle.close());

describe('a guessed category', () => {
  it('is saved with its choices, asked about honestly, and the answer is learned for the merchant', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const { engine } = createTestEngine(handle.db, { offlineReader: asking });

    const reply = await say(engine, arjun, 'kopi kenangan 45');

    const [card] = reply.drafts;
    expect(reply.text).toBe("Here is the draft.\nI'm not sure of the category for “kopi kenangan”: which is it?");
    expect(card!.categoryQuestion?.choices).toEqual([
      { slug: 'dining', label: 'Dining out' },
      { slug: 'groceries', label: 'Groceries' },
      { slug: 'shopping', label: 'Shopping' },
    ]);
    expect(cardLine(card!)).toContain('Dining out?');
    expect((await getExpense(handle.db, arjun, card!.expenseId)).categoryChoices).toEqual(['dining', 'groceries', 'shopping']);

    const chosen = await engine.chooseCategory(arjun, card!.expenseId, 'groceries');
    expect(chosen.text).toBe("Groceries it is; I'll remember that for “kopi kenangan”.");
    expect(chosen.drafts[0]).toMatchObject({ category: { slug: 'groceries' }, status: 'draft' });
    expect(chosen.drafts[0]!.categoryQuestion).toBeUndefined();
    expect((await getExpense(handle.db, arjun, card!.expenseId)).categoryChoices).toBeNull();
    expect((await loadCategoryHints(handle.db, arjun)).get('kopi kenangan')).toBe('groceries');

    // Pressed twice: nothing changes the second time.
    expect((await engine.chooseCategory(arjun, card!.expenseId, 'groceries')).text).toBe('Already Groceries.');

    // The reader still does not know the shop; the household does, so there is no question.
    const next = await say(engine, arjun, 'kopi kenangan 60');
    expect(next.drafts[0]).toMatchObject({ amount: '₹60.00', category: { slug: 'groceries' } });
    expect(next.drafts[0]!.categoryQuestion).toBeUndefined();
    expect(next.text).toBe('Here is the draft. Confirm it?');
  });

  it('learns even when the answer is the guess itself', async () => {
    const { priya } = await createTestHousehold(handle.db);
    const { engine } = createTestEngine(handle.db, { offlineReader: asking });
    const [card] = (await say(engine, priya, 'kopi kenangan 45')).drafts;

    await engine.chooseCategory(priya, card!.expenseId, 'dining');

    expect((await loadCategoryHints(handle.db, priya)).get('kopi kenangan')).toBe('dining');
    expect((await getExpense(handle.db, priya, card!.expenseId)).categoryChoices).toBeNull();
  });

  it('is answered by any edit of the category, conversational ones included, and comes back with undo', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const { engine } = createTestEngine(handle.db, { offlineReader: asking });
    const [card] = (await say(engine, arjun, 'kopi kenangan 45')).drafts;

    const edited = await say(engine, arjun, 'category shopping');
    expect(edited.drafts[0]).toMatchObject({ expenseId: card!.expenseId, category: { slug: 'shopping' } });
    expect(edited.drafts[0]!.categoryQuestion).toBeUndefined();
    expect((await loadCategoryHints(handle.db, arjun)).get('kopi kenangan')).toBe('shopping');

    const undone = await engine.undo(arjun);
    expect(undone.drafts[0]).toMatchObject({ category: { slug: 'dining' } });
    expect(undone.drafts[0]!.categoryQuestion?.choices.map((choice) => choice.slug)).toEqual(['dining', 'groceries', 'shopping']);
  });

  it('keeps only visible categories of the household, and is no question with fewer than two left', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const shopping = (await listCategories(handle.db, arjun)).find((category) => category.slug === 'shopping')!;
    await updateCategory(handle.db, arjun, shopping.id, { hidden: true });
    const reader = askingReader({
      'kopi kenangan 45': [kopiKenangan()],
      'lone guess 30': [{ ...kopiKenangan(3000), description: 'lone guess', categoryChoices: ['dining', 'shopping', 'made-up'] }],
    });
    const { engine } = createTestEngine(handle.db, { offlineReader: reader });

    const [kept] = (await say(engine, arjun, 'kopi kenangan 45')).drafts;
    expect(kept!.categoryQuestion?.choices.map((choice) => choice.slug)).toEqual(['dining', 'groceries']);
    expect((await getExpense(handle.db, arjun, kept!.expenseId)).categoryChoices).toEqual(['dining', 'groceries']);

    const [lone] = (await say(engine, arjun, 'lone guess 30')).drafts;
    expect(lone!.categoryQuestion).toBeUndefined();
    expect((await getExpense(handle.db, arjun, lone!.expenseId)).categoryChoices).toBeNull();

    // A hidden category is not a choice to make, even as "Other…".
    await expectRejection(engine.chooseCategory(arjun, kept!.expenseId, 'shopping'), 'unknown_category');
    await expectRejection(engine.chooseCategory(arjun, kept!.expenseId, 'made-up'), 'unknown_category');
  });

  it('accepts any visible category besides the choices, and is refused for another household and for settled drafts', async () => {
    const home = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    const { engine } = createTestEngine(handle.db, { offlineReader: asking });
    const [card] = (await say(engine, home.arjun, 'kopi kenangan 45')).drafts;

    await expectRejection(engine.chooseCategory(other.arjun, card!.expenseId, 'groceries'), 'not_found');
    expect((await getExpense(handle.db, home.arjun, card!.expenseId)).categoryChoices).not.toBeNull();

    const elsewhere = await engine.chooseCategory(home.priya, card!.expenseId, 'travel');
    expect(elsewhere.drafts[0]).toMatchObject({ category: { slug: 'travel' } });

    await engine.confirm(home.arjun, card!.expenseId);
    await expectRejection(engine.chooseCategory(home.arjun, card!.expenseId, 'dining'), 'conflict');
  });
});

describe('an unknown payer', () => {
  it('is asked about, never booked as the sender, and confirming waits for the answer', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    const { engine } = createTestEngine(handle.db, { offlineReader: asking });

    const reply = await say(engine, arjun, 'sam paid 210 for dinner');

    const [card] = reply.drafts;
    expect(reply.text).toBe("Here is the draft.\nI don't know Sam in this household: who paid? (or invite them)");
    expect(card!.payerQuestion).toEqual({ name: 'sam', members: [{ id: arjun.memberId, name: 'Arjun' }, { id: priya.memberId, name: 'Priya' }] });
    expect(cardLine(card!)).toContain('paid by Sam? (not in the household)');
    expect(cardLine(card!)).not.toContain('paid by Arjun');
    expect((await getExpense(handle.db, arjun, card!.expenseId)).unknownPayer).toBe('sam');

    const refused = await expectRejection(engine.confirm(arjun, card!.expenseId), 'unknown_member', 'paidBy');
    expect(refused.message).toBe('Who paid? The message says sam paid, and sam is not in this household. Choose who paid (or invite them) before confirming.');
    expect((await getExpense(handle.db, arjun, card!.expenseId)).status).toBe('draft');

    const chosen = await engine.choosePayer(arjun, card!.expenseId, priya.memberId);
    expect(chosen.text).toBe('Paid by Priya.');
    expect(chosen.drafts[0]).toMatchObject({ paidBy: { name: 'Priya' } });
    expect(chosen.drafts[0]!.payerQuestion).toBeUndefined();
    expect((await engine.choosePayer(arjun, card!.expenseId, priya.memberId)).text).toBe('Already paid by Priya.');

    expect((await engine.confirm(arjun, card!.expenseId)).text).toMatch(/^Confirmed/);
  });

  it('choosing the sender answers it too, and "paid by priya" in conversation does the same', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    const { engine } = createTestEngine(handle.db, { offlineReader: asking });
    const [first] = (await say(engine, arjun, 'sam paid 210 for dinner')).drafts;

    const mine = await engine.choosePayer(arjun, first!.expenseId, arjun.memberId);
    expect(mine.drafts[0]).toMatchObject({ paidBy: { name: 'Arjun' } });
    expect(mine.drafts[0]!.payerQuestion).toBeUndefined();

    const [second] = (await say(engine, arjun, 'sam paid 210 for dinner')).drafts;
    const edited = await say(engine, arjun, 'paid by priya');
    expect(edited.drafts[0]).toMatchObject({ expenseId: second!.expenseId, paidBy: { id: priya.memberId } });
    expect(edited.drafts[0]!.payerQuestion).toBeUndefined();
    expect((await getExpense(handle.db, arjun, second!.expenseId)).unknownPayer).toBeNull();
  });

  it('confirm all confirms the rest and leaves the draft that asks who paid', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const reader = askingReader({ 'sam paid 210 and coffee 90': [samPaid(), { ...kopiKenangan(9000), description: 'coffee', categoryChoices: undefined }] });
    const { engine } = createTestEngine(handle.db, { offlineReader: reader });
    const reply = await say(engine, arjun, 'sam paid 210 and coffee 90');
    expect(reply.text).toBe("Here are 2 drafts.\n1. I don't know Sam in this household: who paid? (or invite them)");

    const confirmed = await engine.confirmAll(arjun, reply.confirmAll!.expenseIds);

    expect(confirmed.text).toBe('Confirmed 1 expense. Still waiting: who paid, as Sam is not in this household. Choose who paid on the card.');
    expect(confirmed.drafts.map((card) => card.status)).toEqual(['draft', 'confirmed']);
  });

  it('a payer the reader did not place but who is a member is simply that member', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const reader = askingReader({ 'PRIYA paid 210': [{ ...samPaid(), unknownPayer: 'PRIYA' }] });
    const { engine } = createTestEngine(handle.db, { offlineReader: reader });

    const [card] = (await say(engine, arjun, 'PRIYA paid 210')).drafts;

    expect(card).toMatchObject({ paidBy: { name: 'Priya' } });
    expect(card!.payerQuestion).toBeUndefined();
  });

  it('is refused for a stranger household', async () => {
    const home = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    const { engine } = createTestEngine(handle.db, { offlineReader: asking });
    const [card] = (await say(engine, home.arjun, 'sam paid 210 for dinner')).drafts;

    await expectRejection(engine.choosePayer(other.arjun, card!.expenseId, other.arjun.memberId), 'not_found');
    // Their own member id is no member here either.
    await expectRejection(engine.choosePayer(home.arjun, card!.expenseId, other.arjun.memberId), 'unknown_member');
    expect((await getExpense(handle.db, home.arjun, card!.expenseId)).unknownPayer).toBe('sam');
  });
});
