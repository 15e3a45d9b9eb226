import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseContractContext, toContract } from '../engine/contract.ts';
import { readNodeConfig } from '../runtime/node-config.ts';
import { standaloneReader } from './standalone-reader.ts';

/** `interpret --context FILE`: JSONL in, one result per line out, in input order. */
export async function runInterpret(args: string[]): Promise<number> {
  const at = args.indexOf('--context');
  const file = at >= 0 ? args[at + 1] : undefined;
  if (!file) throw new Error('interpret needs --context FILE (a JSON object with members, currency, timezone, now, and optionally locale).');
  const context = parseContractContext(JSON.parse(readFileSync(file, 'utf8')));
  const read = standaloneReader(readNodeConfig());

  const lines = createInterface({ input: process.stdin, terminal: false });
  let number = 0;
  for await (const raw of lines) {
    number += 1;
    if (raw.trim() === '') continue;
    let message: { id?: unknown; text?: unknown };
    try {
      message = JSON.parse(raw) as typeof message;
    } catch {
      process.stderr.write(`line ${number}: not JSON, skipped\n`);
      continue;
    }
    const id = typeof message.id === 'string' || typeof message.id === 'number' ? message.id : `line-${number}`;
    const text = typeof message.text === 'string' ? message.text : '';
    const reading = await read(text, context);
    // `confident` beside the contract's fields: whether hybrid mode would have skipped the model.
    process.stdout.write(`${JSON.stringify({ id, ...toContract(reading.interpretation), confident: reading.interpretation.confident })}\n`);
  }
  return 0;
}
