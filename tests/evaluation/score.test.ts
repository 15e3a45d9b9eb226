import { describe, expect, it } from 'vitest';
import type { ContractResult } from '../../src/engine/contract.ts';
import { parseLabeledFile } from '../../src/evaluation/labeled-file.ts';
import { formatScore, formatSummary } from '../../src/evaluation/report.ts';
import { scoreResults } from '../../src/evaluation/score.ts';

const file = [
  '{"context": {"members": ["Arjun", "Priya"], "currency": "INR", "timezone": "Asia/Kolkata", "now": "2026-03-18T20:30:00+05:30"}}',
  '{"id": "a", "text": "tea 20", "expect": {"kind": "expense", "drafts": [{"amount": "20.00", "currency": "INR", "category": "dining", "date": "2026-03-18", "description": "tea"}]}}',
  '{"id": "b", "text": "spend last month", "expect": {"kind": "question", "intent": {"id": "total_by_period", "period": {"start": "2026-02-01", "end": "2026-02-28"}}}}',
  '{"id": "c", "text": "hi", "expect": {"kind": "other"}}',
].join('\n');

describe('scoring a labeled file', () => {
  const labeled = parseLabeledFile(file);

  it('reads the context line', () => {
    expect(labeled.context).toEqual({ members: ['Arjun', 'Priya'], currency: 'INR', timeZone: 'Asia/Kolkata', now: new Date('2026-03-18T15:00:00Z') });
    expect(labeled.lines.map((line) => line.id)).toEqual(['a', 'b', 'c']);
  });

  it('counts a line right only when every scored field matches, ignoring the description', () => {
    const actual = new Map<string, ContractResult>([
      ['a', { kind: 'expense', drafts: [{ amount: '20.00', currency: 'INR', category: 'dining', date: '2026-03-18', description: 'chai' }] }],
      ['b', { kind: 'question', intent: { id: 'total_by_period', period: { start: '2026-02-01', end: '2026-02-27' } } }],
      ['c', { kind: 'other' }],
    ]);
    const score = scoreResults(labeled.lines, actual);
    expect(score.lines).toEqual({ correct: 2, total: 3 });
    expect(score.byKind).toEqual({ expense: { correct: 1, total: 1 }, question: { correct: 0, total: 1 }, other: { correct: 1, total: 1 } });
    expect(score.byField['intent.period']).toEqual({ correct: 0, total: 1 });
    expect(score.misses.map((miss) => [miss.id, miss.fields])).toEqual([['b', ['intent.period']]]);
    expect(formatScore(score).split('\n').slice(-2)).toEqual(['Overall: 2/3 (66.7%) of messages exactly right', 'Confident: 0 readings, 0 wrong']);
  });

  it('counts the confident readings and how many of them were wrong', () => {
    const actual = new Map<string, ContractResult>([
      ['a', { kind: 'expense', drafts: [{ amount: '20.00', currency: 'INR', category: 'dining', date: '2026-03-18', description: 'tea' }] }],
      ['b', { kind: 'question', intent: { id: 'total_by_period', period: { start: '2026-02-01', end: '2026-02-27' } } }],
      ['c', { kind: 'expense', drafts: [] }],
    ]);
    // a right and sure, b wrong and sure, c wrong but unsure (hybrid mode would ask the model).
    const score = scoreResults(labeled.lines, actual, new Map([['a', true], ['b', true], ['c', false]]));
    expect(score.confident).toEqual({ readings: 2, wrong: 1 });
    const report = formatScore(score);
    expect(report.split('\n').filter((line) => /^(Overall|Confident):/.test(line))).toEqual([
      'Overall: 1/3 (33.3%) of messages exactly right',
      'Confident: 2 readings, 1 wrong (50.0%)',
    ]);
    expect(report).toContain('b "spend last month" — intent.period (confident)');
    expect(report).toMatch(/c "hi" — kind\n/);
    expect(formatSummary([{ name: 'dev.jsonl', score }, { name: 'de.jsonl', score: scoreResults(labeled.lines, new Map()) }])).toBe(
      [
        'Summary:',
        '  dev.jsonl  1/3 (33.3%) exactly right · confident 2 readings, 1 wrong (50.0%)',
        '  de.jsonl   1/3 (33.3%) exactly right · confident 0 readings, 0 wrong',
      ].join('\n'),
    );
  });

  it('scores a merchant like the other parameters, by its words', () => {
    const costco = parseLabeledFile(
      [
        file.split('\n')[0]!,
        '{"id": "m", "text": "how much at Costco this month?", "expect": {"kind": "question", "intent": {"id": "merchant_spend", "period": {"start": "2026-03-01", "end": "2026-03-31"}, "merchant": "costco"}}}',
      ].join('\n'),
    ).lines;
    const asked = (merchant: string | undefined): ContractResult => ({
      kind: 'question',
      intent: { id: 'merchant_spend', period: { start: '2026-03-01', end: '2026-03-31' }, ...(merchant !== undefined && { merchant }) },
    });
    expect(scoreResults(costco, new Map([['m', asked(' Costco ')]])).misses).toEqual([]);
    expect(scoreResults(costco, new Map([['m', asked('coffee')]])).misses.map((miss) => miss.fields)).toEqual([['intent.merchant']]);
    expect(scoreResults(costco, new Map([['m', asked(undefined)]])).byField['intent.merchant']).toEqual({ correct: 0, total: 1 });
  });

  it('reads an optional locale from the context, canonicalised, and refuses one Intl does not know', () => {
    const german = parseLabeledFile('{"context": {"members": ["Jonas"], "currency": "EUR", "timezone": "Europe/Berlin", "now": "2026-03-18T20:30:00+01:00", "locale": "de-de"}}');
    expect(german.context.locale).toBe('de-DE');
    expect(labeled.context).not.toHaveProperty('locale');
    for (const locale of ['de_DE', 'xx', '']) {
      expect(() =>
        parseLabeledFile(`{"context": {"members": ["Jonas"], "currency": "EUR", "timezone": "Europe/Berlin", "now": "2026-03-18T20:30:00+01:00", "locale": ${JSON.stringify(locale)}}}`),
      ).toThrow(/Invalid context: locale: ".*" is not a locale Kitty knows; write it like de-DE or en-IN\./);
    }
  });

  it('counts an invented payer, split or parameter as a miss', () => {
    const actual = new Map<string, ContractResult>([
      ['a', { kind: 'expense', drafts: [{ amount: '20.00', currency: 'INR', category: 'dining', date: '2026-03-18', description: 'tea', paid_by: 'Priya' }] }],
      ['b', { kind: 'question', intent: { id: 'total_by_period', period: { start: '2026-02-01', end: '2026-02-28' }, limit: 5 } }],
      ['c', { kind: 'expense', drafts: [] }],
    ]);
    const score = scoreResults(labeled.lines, actual);
    expect(score.misses.map((miss) => [miss.id, miss.fields])).toEqual([
      ['a', ['draft.paid_by']],
      ['b', ['intent.limit']],
      ['c', ['kind']],
    ]);
  });

  it('rejects a file without a usable context', () => {
    expect(() => parseLabeledFile('{"context": {"members": [], "currency": "XXQ", "timezone": "Mars/Base", "now": "soon"}}')).toThrow(
      /Invalid context: members: .*; currency: .*; timezone: .*; now: /,
    );
  });
});
