/**
 * Labeled JSONL files (../shared/spec/interpretation.md): a context line, then one line per
 * message with its expected result. Evaluation is kept apart from the tests: it measures how
 * well the interpreter understands people, which is a number to watch, not a pass/fail.
 */
import { parseContractContext, type ContractResult } from '../engine/contract.ts';
import type { InterpretContext } from '../engine/interpretation.ts';

export interface LabeledLine {
  readonly id: string;
  readonly text: string;
  readonly expect: ContractResult;
}

export interface LabeledFile {
  readonly context: InterpretContext;
  readonly lines: readonly LabeledLine[];
}

export function parseLabeledFile(jsonl: string): LabeledFile {
  const rows = jsonl
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '');
  const [first, ...rest] = rows;
  if (!first) throw new Error('The labeled file is empty.');
  const context = parseContractContext(parseJson(first.line, first.number));
  const lines = rest.map(({ line, number }) => {
    const value = parseJson(line, number) as Partial<LabeledLine>;
    if (typeof value.id !== 'string' || typeof value.text !== 'string' || !value.expect || typeof value.expect !== 'object') {
      throw new Error(`Line ${number}: expected {"id", "text", "expect"}.`);
    }
    return { id: value.id, text: value.text, expect: value.expect };
  });
  return { context, lines };
}

function parseJson(line: string, number: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`Line ${number} is not valid JSON.`);
  }
}
