/** The evaluation printout: misses first (the part to read), the summary last (the part to watch). */
import type { ConfidentTally, FieldTally, Score } from './score.ts';

export function formatScore(score: Score): string {
  const out: string[] = [];
  if (score.misses.length > 0) {
    out.push(`Misses (${score.misses.length}):`);
    for (const miss of score.misses) {
      out.push(`  ${miss.id} ${JSON.stringify(miss.text)} — ${miss.fields.join(', ')}${miss.confident ? ' (confident)' : ''}`);
      out.push(`    expected ${JSON.stringify(miss.expected)}`);
      out.push(`    actual   ${JSON.stringify(miss.actual)}`);
    }
    out.push('');
  }
  out.push('By field:');
  for (const [field, tally] of Object.entries(score.byField).sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`  ${field.padEnd(16)} ${ratio(tally)}`);
  }
  out.push('');
  out.push(`By kind: ${Object.entries(score.byKind).map(([kind, tally]) => `${kind} ${ratio(tally)}`).join(' · ')}`);
  const fields = Object.values(score.byField).reduce((sum, tally) => ({ correct: sum.correct + tally.correct, total: sum.total + tally.total }), { correct: 0, total: 0 });
  out.push(`Fields: ${ratio(fields)}`);
  out.push(`Overall: ${ratio(score.lines)} of messages exactly right`);
  out.push(`Confident: ${confidentFigures(score.confident)}`);
  return out.join('\n');
}

/** "120 readings, 1 wrong (0.8%)": the share that matters is of the confident readings, not of all lines. */
export function confidentFigures(tally: ConfidentTally): string {
  const share = tally.readings === 0 ? '' : ` (${((tally.wrong / tally.readings) * 100).toFixed(1)}%)`;
  return `${tally.readings} reading${tally.readings === 1 ? '' : 's'}, ${tally.wrong} wrong${share}`;
}

/** One line per file after several files' reports, so the figures to watch sit together at the end. */
export function formatSummary(files: readonly { name: string; score: Score }[]): string {
  const width = Math.max(...files.map((file) => file.name.length));
  return [
    'Summary:',
    ...files.map(
      ({ name, score }) => `  ${name.padEnd(width)}  ${ratio(score.lines)} exactly right · confident ${confidentFigures(score.confident)}`,
    ),
  ].join('\n');
}

function ratio(tally: FieldTally): string {
  const percent = tally.total === 0 ? 100 : (tally.correct / tally.total) * 100;
  return `${tally.correct}/${tally.total} (${percent.toFixed(1)}%)`;
}
