import { readFileSync } from 'node:fs';
import { toContract, type ContractResult } from '../engine/contract.ts';
import { parseLabeledFile } from '../evaluation/labeled-file.ts';
import { formatScore } from '../evaluation/report.ts';
import { scoreResults } from '../evaluation/score.ts';
import { readNodeConfig } from '../runtime/node-config.ts';
import { standaloneReader } from './standalone-reader.ts';

/** `eval FILE.jsonl`: scores the configured interpreter; prints misses, then the summary last. */
export async function runEval(args: string[]): Promise<number> {
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) throw new Error('eval needs a labeled JSONL file, e.g. npm run eval -- ../shared/eval/dev.jsonl');
  const labeled = parseLabeledFile(readFileSync(file, 'utf8'));
  const read = standaloneReader(readNodeConfig());
  const results = new Map<string, ContractResult>();
  for (const line of labeled.lines) results.set(line.id, toContract((await read(line.text, labeled.context)).interpretation));
  process.stdout.write(`${formatScore(scoreResults(labeled.lines, results))}\n`);
  return 0;
}
