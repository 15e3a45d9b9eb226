import { describe, expect, it } from 'vitest';
import type { ContractResult } from '../../src/engine/contract.ts';
import { parseLabeledFile } from '../../src/evaluation/labeled-file.ts';
import { formatScore } from '../../src/evaluation/report.ts';
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
    expect(formatScore(score).split('\n').at(-1)).toBe('Overall: 2/3 (66.7%) of messages exactly right');
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
