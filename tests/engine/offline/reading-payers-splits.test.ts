import { describe, expect, it } from 'vitest';
import { berlin, chicago, expense, kolkata, london, manila, single } from './reading-households.ts';

describe('who paid', () => {
  it('asks about a payer who is not in the household instead of guessing', () => {
    const draft = single('priya paid 2300 for groceries', chicago);
    expect(draft).toMatchObject({ amountMinor: 230000, category: 'groceries', unknownPayer: 'Priya', confident: false });
    expect(draft).not.toHaveProperty('paidBy');
  });

  it('asks about "mom" too', () => {
    const draft = single('mom paid 40 for pizza', chicago);
    expect(draft).toMatchObject({ amountMinor: 4000, unknownPayer: 'Mom', confident: false });
    expect(draft).not.toHaveProperty('paidBy');
  });

  it('gives each Hinglish item its own payer', () => {
    const { drafts } = expense('dmart 2,340 meera ne diya, petrol 500 maine', kolkata);
    expect(drafts.map((d) => [d.amountMinor, d.paidBy, d.unknownPayer])).toEqual([
      [234000, 'Meera', undefined],
      [50000, undefined, undefined],
    ]);
  });

  it('reads a member named in brackets after a price as that item\'s payer', () => {
    const drafts = expense('gestern Edeka 54,20 (Lea) und Brot 6,80 (ich)', berlin).drafts;
    expect(drafts.map((draft) => [draft.amountMinor, draft.paidBy])).toEqual([[5420, 'Lea'], [680, undefined]]);
  });

  it('lends a payer named first to every item of the sentence', () => {
    const { drafts } = expense('aisha paid 71.30 at morrisons and 40 for petrol', london);
    expect(drafts.map((d) => [d.amountMinor, d.currency, d.category, d.paidBy])).toEqual([
      [7130, 'GBP', 'groceries', 'Aisha'],
      [4000, 'GBP', 'fuel', 'Aisha'],
    ]);
  });

  it('lends a German payer to both items when "bezahlt" closes the sentence', () => {
    const { drafts } = expense('Lea hat Rewe 34,50 und Drogerie 9,80 bezahlt', berlin);
    expect(drafts.map((d) => [d.amountMinor, d.paidBy])).toEqual([
      [3450, 'Lea'],
      [980, 'Lea'],
    ]);
  });

  it('reads the Tagalog "binayaran ni"', () => {
    expect(single('binayaran ni bea yung netflix 549', manila)).toMatchObject({
      amountMinor: 54900, currency: 'PHP', category: 'subscriptions', paidBy: 'Bea',
    });
  });
});

describe('splits', () => {
  it('keeps a split on the item it follows', () => {
    const { drafts } = expense('dinner 88 split w jess, and uber home 21', chicago);
    expect(drafts.map((d) => [d.amountMinor, d.split])).toEqual([
      [8800, 'equal'],
      [2100, undefined],
    ]);
  });

  it('lets a closing "split equally" cover every item', () => {
    const { drafts } = expense('hotel 12000 and flights 9400, split equally', chicago);
    expect(drafts.map((d) => [d.amountMinor, d.split])).toEqual([
      [1200000, 'equal'],
      [940000, 'equal'],
    ]);
  });
});

describe('counts beside a price', () => {
  it('reads "2 Glühwein" as a count', () => {
    expect(expense('Weihnachtsmarkt 2 Glühwein 9,00', berlin).drafts.map((d) => d.amountMinor)).toEqual([900]);
  });

  it('reads "2 large" as a count', () => {
    expect(expense('milk tea 2 large 290', manila).drafts.map((d) => [d.amountMinor, d.currency])).toEqual([[29000, 'PHP']]);
  });
});
