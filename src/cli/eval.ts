import { readFileSync } from 'node:fs';
import { toContract, type ContractResult } from '../engine/contract.ts';
import { parseLabeledFile } from '../evaluation/labeled-file.ts';
import { formatScore, formatSummary } from '../evaluation/report.ts';
import { scoreResults, type Score } from '../evaluation/score.ts';
import { readNodeConfig } from '../runtime/node-config.ts';
import { standaloneReader } from './standalone-reader.ts';

/**
 * `eval FILE.jsonl...`: scores the configured interpreter on each labeled file; per file the
 * misses, then its figures (accuracy, then how many confident readings were wrong); with several
 * files a summary of them all last.
 */
export async function runEval(args: string[]): Promise<number> {
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (files.length === 0) throw new Error('eval needs one or more labeled JSONL files, e.g. npm run eval -- ../shared/eval/dev.jsonl');
  // Every file is parsed before any is read, so a typo in the last one fails in a second, not after a model run.
  const labeledFiles = files.map((name) => ({ name, labeled: parseLabeledFile(readFileSync(name, 'utf8')) }));
  const read = standaloneReader(readNodeConfig());
  const scores: { name: string; score: Score }[] = [];
  for (const { name, labeled } of labeledFiles) {
    const results = new Map<string, ContractResult>();
    const confident = new Map<string, boolean>();
    for (const line of labeled.lines) {
      const { interpretation } = await read(line.text, labeled.context);
      results.set(line.id, toContract(interpretation));
      confident.set(line.id, interpretation.confident);
    }
    const score = scoreResults(labeled.lines, results, confident);
    scores.push({ name, score });
    if (files.length > 1) process.stdout.write(`== ${name}\n`);
    process.stdout.write(`${formatScore(score)}\n${files.length > 1 ? '\n' : ''}`);
  }
  if (files.length > 1) process.stdout.write(`${formatSummary(scores)}\n`);
  return 0;
}
