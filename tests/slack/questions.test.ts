import { describe, expect, it } from 'vitest';
import { ACTION } from '../../src/channels/slack/action-ids.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { loadCategoryHints } from '../../src/services/category-hints.ts';
import { getExpense } from '../../src/services/expenses.ts';
import { asking } from '../support/asking-reader.ts';
import { newSlackUser, slackHousehold, type SlackKitty } from './support.ts';
import { cardHarness, NOT_YOURS, OTHER_HOUSEHOLD, type CardMessage } from './card-harness.ts';

/**
 * A card that asks, in Block Kit: the guessed category's choices and "Other…" (the edit modal),
 * "who paid?" as a button per member; a press answers and redraws the message in place. The
 * reading is hand-made (askingReader); the Slack app, the engine and the database are real.
 */
let database: DatabaseHandle;
let kitty: SlackKitty;
const { log, press, sectionText, buttonsOf, notes, ledgerOf } = cardHarness((parts) => ({ database, kitty } = parts), { offlineReader: asking });

type Answer = { action_id: string; value: string; text: string };
function answersOf(card: CardMessage, expenseId: string): Answer[] {
  const block = (card.blocks as { block_id?: string; elements?: { action_id: string; value: string; text: { text: string } }[] }[]).find(
    (candidate) => candidate.block_id === `questions:${expenseId}`,
  );
  return (block?.elements ?? []).map((element) => ({ action_id: element.action_id, value: element.value, text: element.text.text }));
}

describe('a guessed category in Slack', () => {
  it('shows the choices and Other… as buttons; a press answers, redraws in place and teaches the household', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const { card, ids } = await log(home, 'kopi kenangan 45');
    const [kopi] = ids as [string];

    expect(sectionText(card, kopi)).toBe('*₹45.00* · Dining out? · _kopi kenangan_\nWed 18 Mar · paid by Arjun\n❓ _Which category? That one is my guess._');
    expect(answersOf(card, kopi)).toEqual([
      { action_id: `${ACTION.chooseCategory}.0`, value: `${kopi}:dining`, text: 'Dining out' },
      { action_id: `${ACTION.chooseCategory}.1`, value: `${kopi}:groceries`, text: 'Groceries' },
      { action_id: `${ACTION.chooseCategory}.2`, value: `${kopi}:shopping`, text: 'Shopping' },
      { action_id: ACTION.edit, value: kopi, text: 'Other…' },
    ]);
    expect(buttonsOf(card, kopi)).toEqual([ACTION.confirm, ACTION.edit, ACTION.discard]);

    const pressed = await press(card, home.priyaSlack, `${ACTION.chooseCategory}.1`, `${kopi}:groceries`);

    expect(pressed.posts).toHaveLength(1);
    expect(sectionText(card, kopi)).toBe('*₹45.00* · Groceries · _kopi kenangan_\nWed 18 Mar · paid by Arjun');
    expect(answersOf(card, kopi)).toEqual([]);
    expect(notes(card)).toEqual([`Groceries it is; I'll remember that for “kopi kenangan”. (<@${home.priyaSlack}>)`]);
    expect((await loadCategoryHints(database.db, home.arjun)).get('kopi kenangan')).toBe('groceries');

    const next = await log(home, 'kopi kenangan 60');
    expect(sectionText(next.card, next.ids[0]!)).toBe('*₹60.00* · Groceries · _kopi kenangan_\nWed 18 Mar · paid by Arjun');
    expect(answersOf(next.card, next.ids[0]!)).toEqual([]);
  });

  it('refuses another household and a stranger, changing nothing', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const other = await slackHousehold(database.db, kitty.fake);
    const { card, ids } = await log(home, 'kopi kenangan 45');
    const [kopi] = ids as [string];
    const before = await ledgerOf(home.arjun);

    const fromOther = await press(card, other.arjunSlack, `${ACTION.chooseCategory}.1`, `${kopi}:groceries`);
    expect(fromOther.posts).toEqual([{ response_type: 'ephemeral', replace_original: false, text: OTHER_HOUSEHOLD }]);
    const fromStranger = await press(card, newSlackUser(), `${ACTION.chooseCategory}.1`, `${kopi}:groceries`);
    expect(fromStranger.posts).toEqual([{ response_type: 'ephemeral', replace_original: false, text: NOT_YOURS }]);

    expect(await ledgerOf(home.arjun)).toEqual(before);
    expect((await getExpense(database.db, home.arjun, kopi)).categoryChoices).toEqual(['dining', 'groceries', 'shopping']);
  });
});

describe('an unknown payer in Slack', () => {
  it('asks who paid with a button per member; Confirm is refused privately until someone answers', async () => {
    const home = await slackHousehold(database.db, kitty.fake);
    const { card, ids } = await log(home, 'sam paid 210 for dinner');
    const [dinner] = ids as [string];

    expect(sectionText(card, dinner)).toBe('*₹210.00* · Dining out · _dinner_\nWed 18 Mar · paid by Sam?\n❓ _Who paid? Sam is not in this household._');
    expect(answersOf(card, dinner)).toEqual([
      { action_id: `${ACTION.choosePayer}.0`, value: `${dinner}:${home.arjun.memberId}`, text: 'Arjun paid' },
      { action_id: `${ACTION.choosePayer}.1`, value: `${dinner}:${home.priya.memberId}`, text: 'Priya paid' },
    ]);

    const refused = await press(card, home.arjunSlack, ACTION.confirm, dinner);
    expect(refused.posts).toEqual([
      {
        response_type: 'ephemeral',
        replace_original: false,
        text: 'Who paid? The message says sam paid, and sam is not in this household. Choose who paid (or invite them) before confirming.',
      },
    ]);
    expect((await getExpense(database.db, home.arjun, dinner)).status).toBe('draft');

    await press(card, home.arjunSlack, `${ACTION.choosePayer}.1`, `${dinner}:${home.priya.memberId}`);
    expect(sectionText(card, dinner)).toBe('*₹210.00* · Dining out · _dinner_\nWed 18 Mar · paid by Priya');

    await press(card, home.arjunSlack, ACTION.confirm, dinner);
    expect(await getExpense(database.db, home.arjun, dinner)).toMatchObject({ status: 'confirmed', paidBy: home.priya.memberId, unknownPayer: null });
  });
});
