import { describe, expect, it } from 'vitest';
import { ACTION } from '../../src/channels/slack/action-ids.ts';
import type { KnownBlock } from '../../src/channels/slack/render/blocks.ts';
import { draftCardBlocks } from '../../src/channels/slack/render/draft-cards.ts';
import { helpText } from '../../src/channels/slack/render/help.ts';
import { homeView, strangerHomeView, type HomeViewInput } from '../../src/channels/slack/render/home-view.ts';
import { escapeMrkdwn, truncate, truncateMrkdwn } from '../../src/channels/slack/render/mrkdwn.ts';
import { cardsMessage, ephemeralText, replyMessage } from '../../src/channels/slack/render/reply-message.ts';
import type { Reply } from '../../src/engine/reply.ts';
import { PRIYA, allText, buttonsOf, card, expenseId, expectWithinSlackLimits, json, sectionText } from './render-fixtures.ts';

describe('mrkdwn', () => {
  it('escapes only & < >, and cuts without breaking an entity or a character', () => {
    expect(escapeMrkdwn('<script>&*bold*_')).toBe('&lt;script&gt;&amp;*bold*_');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncateMrkdwn('ab&amp;cd', 6)).toBe('ab…');
    expect(truncateMrkdwn('ab&amp;cd', 8)).toBe('ab&amp;…');
  });
});

describe('draft cards', () => {
  it('shows a draft with its three buttons carrying its id', () => {
    const blocks = draftCardBlocks([card(1)]);

    expect(blocks).toHaveLength(2);
    expect(json(blocks[0]).block_id).toBe(`card:${expenseId(1)}`);
    expect(sectionText(blocks[0])).toBe('*₹180.00* · Coffee · _coffee_\nSat 21 Nov · paid by Priya · split equally');
    expect(json(blocks[1]).block_id).toBe(`actions:${expenseId(1)}`);
    expect(buttonsOf(blocks).map((button) => [button.action_id, button.text?.text, button.value, button.style])).toEqual([
      [ACTION.confirm, 'Confirm', expenseId(1), 'primary'],
      [ACTION.edit, 'Edit', expenseId(1), undefined],
      [ACTION.discard, 'Discard', expenseId(1), 'danger'],
    ]);
  });

  it('offers only the actions a card lists, and shows settled cards without buttons', () => {
    const blocks = draftCardBlocks([
      card(1, { actions: ['confirm'] }),
      card(2, { status: 'confirmed', actions: [] }),
      card(3, { status: 'discarded', actions: [], description: '', split: undefined }),
    ]);

    expect(buttonsOf(blocks).map((button) => button.action_id)).toEqual([ACTION.confirm]);
    expect(sectionText(blocks[2])).toBe('*₹180.00* · Coffee · _coffee_\nSat 21 Nov · paid by Priya · split equally\n✅ Confirmed');
    expect(sectionText(blocks[3])).toBe('*₹180.00* · Coffee\nSat 21 Nov · paid by Priya\n🗑️ Discarded');
  });

  it('adds "Confirm all" when more than one draft waits, carrying the first waiting one', () => {
    const blocks = draftCardBlocks([card(1, { status: 'confirmed', actions: [] }), card(2), card(3)]);
    const last = buttonsOf(blocks).at(-1);

    expect(last).toMatchObject({ action_id: ACTION.confirmAll, value: expenseId(2), text: { text: 'Confirm all (2)' } });
    expectWithinSlackLimits(blocks, 50);
    expect(buttonsOf(draftCardBlocks([card(1), card(2, { status: 'confirmed', actions: [] })])).map((b) => b.action_id)).not.toContain(ACTION.confirmAll);
    // A reply's confirmAll names the drafts the button covers; none named, no button.
    expect(buttonsOf(draftCardBlocks([card(1), card(2)], { confirmAll: [] })).map((b) => b.action_id)).not.toContain(ACTION.confirmAll);
    const covered = buttonsOf(draftCardBlocks([card(1), card(2), card(3)], { confirmAll: [expenseId(2), expenseId(3)] })).at(-1);
    expect(covered).toMatchObject({ value: expenseId(2), text: { text: 'Confirm all (2)' } });
  });

  it('fits 60 cards into 50 blocks and says how many more there are', () => {
    const drafts = Array.from({ length: 60 }, (_, index) => card(index + 1));
    // A settled card takes one block, a draft two: both parities must fit.
    const mixed = [card(100, { status: 'confirmed', actions: [] }), ...drafts.slice(1)];
    for (const cards of [drafts, mixed]) {
      const blocks = draftCardBlocks(cards);

      expectWithinSlackLimits(blocks, 50);
      const shown = blocks.filter((block) => json(block).block_id?.startsWith('card:')).length;
      expect(shown).toBeGreaterThan(20);
      expect(allText(blocks)).toContain(`…and ${60 - shown} more drafts not shown here.`);
      // Confirm all still covers every waiting draft, shown or not.
      const waiting = cards.filter((one) => one.status === 'draft');
      expect(buttonsOf(blocks).at(-1)).toMatchObject({
        action_id: ACTION.confirmAll,
        value: waiting[0]?.expenseId,
        text: { text: `Confirm all (${waiting.length})` },
      });
      expect(blocks.at(-1)).toMatchObject({ block_id: 'confirm_all' });
    }
  });

  it('escapes what people typed and keeps long text within a section', () => {
    const blocks = draftCardBlocks([
      card(1, { description: '<script>&', category: { slug: 'x', label: 'A <b> & c' }, paidBy: { id: PRIYA, name: '<@U123>' } }),
      card(2, { description: 'é'.repeat(5000), split: 'x'.repeat(5000) }),
    ]);

    expect(sectionText(blocks[0])).toBe('*₹180.00* · A &lt;b&gt; &amp; c · _&lt;script&gt;&amp;_\nSat 21 Nov · paid by &lt;@U123&gt; · split equally');
    // Plain-text fields (a button's accessibility label) are not mrkdwn and stay as typed.
    expect(blocks.map(sectionText).join('\n')).not.toContain('<');
    expectWithinSlackLimits(blocks, 50);
  });
});

describe('reply messages', () => {
  const chart = { kind: 'bar' as const, title: 'By category', currency: 'INR', points: [{ label: 'Groceries', valueMinor: 500000 }, { label: 'Coffee <&>', valueMinor: 18000 }] };

  it('puts the words, the cards, a chart and the notes in order', () => {
    const reply: Reply = { text: 'Logged 2 drafts <for you>.', drafts: [card(1), card(2)], confirmAll: { expenseIds: [expenseId(1), expenseId(2)] }, chart, notice: 'The model was slow.' };
    const message = replyMessage(reply, { note: 'Asked by Priya' });
    const types = message.blocks.map((block) => `${block.type}:${json(block).block_id ?? ''}`);

    expect(types).toEqual([
      'section:reply_text_0',
      `section:card:${expenseId(1)}`,
      `actions:actions:${expenseId(1)}`,
      `section:card:${expenseId(2)}`,
      `actions:actions:${expenseId(2)}`,
      'actions:confirm_all',
      'section:chart',
      'context:notes',
    ]);
    expect(sectionText(message.blocks[0])).toBe('Logged 2 drafts &lt;for you&gt;.');
    const drawn = sectionText(message.blocks[6]);
    expect(drawn).toMatch(/^\*By category\*\n```\n/);
    expect(drawn).toContain('Groceries  ████████████████████████ ₹5,000.00');
    expect(drawn).toContain('Coffee &lt;&amp;&gt; █ ₹180.00');
    expect(drawn.endsWith('\n```')).toBe(true);
    expect(json(message.blocks[7]).elements?.map((element) => element.text)).toEqual(['_The model was slow._', 'Asked by Priya']);
    expect(message.text.split('\n')).toEqual([
      'Logged 2 drafts &lt;for you&gt;.',
      '₹180.00 · Coffee · 2026-11-21 · coffee · paid by Priya · split equally',
      '₹180.00 · Coffee · 2026-11-21 · coffee · paid by Priya · split equally',
      'By category',
      'The model was slow.',
      'Asked by Priya',
    ]);
  });

  it('leaves out an empty text, and keeps a long answer with many cards within 50 blocks', () => {
    expect(replyMessage({ text: '', drafts: [card(1)] }).blocks[0]).toMatchObject({ block_id: `card:${expenseId(1)}` });

    const longText = Array.from({ length: 400 }, (_, index) => `${index + 1}. groceries & more ₹1,000.00`).join('\n');
    const message = replyMessage({ text: longText, drafts: Array.from({ length: 60 }, (_, index) => card(index + 1)), chart, notice: 'n' }, { note: 'x' });

    expectWithinSlackLimits(message.blocks, 50);
    const textBlocks = message.blocks.filter((block) => json(block).block_id?.startsWith('reply_text_'));
    expect(textBlocks.length).toBeGreaterThan(1);
    expect(textBlocks.map(sectionText).join('\n')).toContain('400. groceries &amp; more ₹1,000.00');
    expect(message.blocks.at(-2)).toMatchObject({ block_id: 'chart' });
    expect(allText(message.blocks)).toMatch(/…and \d+ more drafts not shown here\./);
  });

  it('redraws cards with a note, and wraps a short answer', () => {
    const message = cardsMessage([card(1, { status: 'confirmed', actions: [] }), card(2)], 'Confirmed by <Priya>');

    expect(buttonsOf(message.blocks).map((button) => button.value)).toEqual([expenseId(2), expenseId(2), expenseId(2)]);
    expect(message.blocks.at(-1)).toMatchObject({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Confirmed by &lt;Priya&gt;' }] });
    expect(message.text).toContain('Confirmed by &lt;Priya&gt;');
    expect(ephemeralText('Only admins can do that & more.')).toEqual({
      text: 'Only admins can do that &amp; more.',
      blocks: [{ type: 'section', block_id: 'text_0', text: { type: 'mrkdwn', text: 'Only admins can do that &amp; more.' } }],
    });
  });
});

/** What Slack sends back for a modal nobody touched: each input's initial value in `view.state.values`. */
describe('the Home tab', () => {
  const input: HomeViewInput = {
    householdName: 'Sharma <home>',
    monthLabel: 'March 2026',
    totals: [
      { currency: 'USD', totalMinor: 4500, count: 1 },
      { currency: 'INR', totalMinor: 1234500, count: 23 },
    ],
    // The 18th: the days so far against the same days of February.
    comparison: {
      sameDays: true,
      later: { start: '2026-03-01', end: '2026-03-18' },
      earlier: { start: '2026-02-01', end: '2026-02-18' },
      laterTotals: [
        { currency: 'USD', totalMinor: 4500, count: 1 },
        { currency: 'INR', totalMinor: 1200000, count: 22 },
      ],
      earlierTotals: [{ currency: 'INR', totalMinor: 1000000, count: 19 }],
    },
    byCategory: [
      ...Array.from({ length: 10 }, (_, index) => ({ label: `Cat ${index}`, currency: 'INR', totalMinor: (index + 1) * 10000 })),
      { label: 'Taxi', currency: 'USD', totalMinor: 4500 },
    ],
    drafts: [card(1), card(2)],
    dashboardUrl: 'https://kitty.example/dashboard',
  };

  it('shows the month against last month, the top categories and the drafts', () => {
    const view = homeView(input);
    const text = allText(view.blocks);

    expect(view.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Sharma <home> · March 2026' } });
    expect(sectionText(view.blocks[1] as KnownBlock)).toBe(
      '*₹12,345.00* this month, 23 expenses · ₹12,000.00 in 1–18 Mar against ₹10,000.00 in the same days of February 2026 (1–18 Feb), ' +
        'so *₹2,000.00 more (+20.0%)*.\n' +
        '*$45.00* this month, 1 expense · Nothing was spent in the same days of February 2026 (1–18 Feb).',
    );
    // INR has most expenses, so its chart comes first, with its eight largest categories.
    const inrChart = sectionText(view.blocks[2] as KnownBlock);
    expect(inrChart).toMatch(/^\*By category · INR\*/);
    expect(inrChart.match(/█/g)?.length).toBeGreaterThan(0);
    expect(inrChart).toContain('Cat 9');
    expect(inrChart).toContain('Cat 2');
    expect(inrChart).not.toContain('Cat 1 ');
    expect(sectionText(view.blocks[3] as KnownBlock)).toMatch(/^\*By category · USD\*/);
    expect(text).toContain('*Drafts waiting* (2)');
    expect(buttonsOf(view.blocks).map((button) => button.action_id)).toEqual([
      ACTION.confirm, ACTION.edit, ACTION.discard, ACTION.confirm, ACTION.edit, ACTION.discard, ACTION.openDashboard,
    ]);
    expect(buttonsOf(view.blocks).at(-1)).toMatchObject({ url: 'https://kitty.example/dashboard', text: { text: 'Open the dashboard' } });
  });

  it('stays under 100 blocks with 200 drafts and says how many more wait', () => {
    const drafts = Array.from({ length: 200 }, (_, index) => card(index + 1));
    // One chart or two: the blocks above the drafts vary, and the cap must follow.
    for (const byCategory of [input.byCategory, input.byCategory.filter((row) => row.currency === 'INR')]) {
      const view = homeView({ ...input, byCategory, drafts });

      expectWithinSlackLimits(view.blocks, 100);
      const shown = view.blocks.filter((block) => json(block).block_id?.startsWith('card:')).length;
      expect(shown).toBeGreaterThan(30);
      expect(allText(view.blocks)).toContain(`…and ${200 - shown} more drafts not shown here.`);
      expect(buttonsOf(view.blocks).at(-1)).toMatchObject({ action_id: ACTION.openDashboard });
      expect(buttonsOf(view.blocks).map((button) => button.action_id)).not.toContain(ACTION.confirmAll);
    }
  });

  it('greets an empty household, and explains how to join to a stranger', () => {
    const comparison = { ...input.comparison, laterTotals: [], earlierTotals: [] };
    const empty = homeView({ householdName: 'Sharma', monthLabel: 'March 2026', totals: [], comparison, byCategory: [], drafts: [] });
    expect(empty.blocks).toHaveLength(2);
    expect(sectionText(empty.blocks[1] as KnownBlock)).toContain('Nothing logged in March 2026 yet');
    expect(sectionText(empty.blocks[1] as KnownBlock)).toContain('`/kitty coffee 180`');

    const stranger = allText(strangerHomeView().blocks);
    expect(stranger).toContain('`/kitty start`');
    expect(stranger).toContain('`/kitty link CODE`');
    expect(stranger).toContain('/link in Telegram');
  });
});

describe('help', () => {
  it('lists every command and how mentions, direct messages and voice work', () => {
    const text = helpText();
    for (const command of ['/kitty coffee 180', '/kitty how much on groceries this month?', '/kitty start', '/kitty link CODE', '/kitty link-channel', '/kitty dashboard', '/kitty help']) {
      expect(text).toContain(`\`${command}\``);
    }
    expect(text).toMatch(/mention/);
    expect(text).toMatch(/direct message/);
    expect(text).toMatch(/transcribed/);
  });
});
