import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toContract, type ContractResult } from '../../src/engine/contract.ts';
import { interpretOffline } from '../../src/engine/offline/index.ts';
import { parseLabeledFile } from '../../src/evaluation/labeled-file.ts';
import { scoreResults } from '../../src/evaluation/score.ts';

/**
 * A guard on the project's labelled sets, one per household context (eval/), and on the held-out
 * sets (eval/holdout/) that nobody reads while changing the reader. The bars sit below today's
 * figures (npm run eval prints them): a change that drops a household below its bar, or makes
 * the reader confidently wrong more often, helped some messages at the expense of others.
 */
const EVAL = new URL('../../eval/', import.meta.url);

interface Bar {
  readonly accuracy: number;
  /** Share of confident readings that may be wrong. */
  readonly confidentWrong: number;
}

const DEV: Bar = { accuracy: 0.93, confidentWrong: 0.025 };
/** Sets added last, whose households the reader has seen least of. */
const NEWEST: Readonly<Record<string, Bar>> = {
  'eur-muc.jsonl': { accuracy: 0.87, confidentWrong: 0.025 },
};
const HELD_OUT: Bar = { accuracy: 0.78, confidentWrong: 0.09 };

function measure(path: URL): { accuracy: number; confidentWrong: number; misses: string[] } {
  const labeled = parseLabeledFile(readFileSync(path, 'utf8'));
  const results = new Map<string, ContractResult>();
  const confident = new Set<string>();
  for (const line of labeled.lines) {
    const reading = interpretOffline(line.text, labeled.context);
    results.set(line.id, toContract(reading));
    if (reading.confident) confident.add(line.id);
  }
  const score = scoreResults(labeled.lines, results);
  const wrong = score.misses.filter((miss) => confident.has(miss.id)).length;
  return {
    accuracy: score.lines.correct / score.lines.total,
    confidentWrong: confident.size === 0 ? 0 : wrong / confident.size,
    misses: score.misses.map((miss) => `${miss.id} ${miss.fields.join(',')}`),
  };
}

function sets(folder: URL): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort();
}

describe.each([
  ['labelled household sets', EVAL, DEV],
  ['held-out household sets', new URL('holdout/', EVAL), HELD_OUT],
] as const)('offline reader on the %s', (_, folder, bar) => {
  it('has sets to read', () => {
    expect(sets(folder).length).toBeGreaterThanOrEqual(4);
  });

  it.each(sets(folder))('%s stays above its bar', (name) => {
    const fileBar = folder === EVAL ? (NEWEST[name] ?? bar) : bar;
    const result = measure(new URL(name, folder));
    expect(result.accuracy, result.misses.join('; ')).toBeGreaterThanOrEqual(fileBar.accuracy);
    expect(result.confidentWrong).toBeLessThanOrEqual(fileBar.confidentWrong);
  });
});
