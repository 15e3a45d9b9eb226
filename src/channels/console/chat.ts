/**
 * The console channel: a chat prompt in the terminal, to try Kitty with no chat app and no key.
 * Text goes to the engine; `y`/`n` (optionally with a number) stand in for the Confirm and
 * Discard buttons of the drafts shown last, `drafts` lists what is waiting, `quit` leaves.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import type { Engine } from '../../engine/engine.ts';
import type { Reply } from '../../engine/reply.ts';
import type { HouseholdScope } from '../../db/scope.ts';
import { renderReply } from './render.ts';

export interface ConsoleChatOptions {
  readonly engine: Engine;
  readonly scope: HouseholdScope;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly greeting?: string;
}

const BUTTON = /^(y|yes|n|no)(?:\s+(\d+))?$/i;

export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { engine, scope, output } = options;
  const lines = createInterface({ input: options.input, output, terminal: false });
  const say = (text: string) => output.write(`${text}\n`);
  let shown: Reply | undefined;

  say(options.greeting ?? 'Kitty here. Tell me what you spent ("coffee 180"), or ask ("how much this month?"). Type quit to leave.');
  output.write('> ');
  for await (const raw of lines) {
    const line = raw.trim();
    if (/^(quit|exit|bye)$/i.test(line)) break;
    try {
      const reply = await answer(line);
      if (reply.text || reply.drafts.length > 0) say(renderReply(reply));
      // `y`/`n` point at the drafts just shown; after anything else, at whatever is waiting.
      shown = reply.drafts.some((card) => card.status === 'draft') ? reply : undefined;
    } catch (error) {
      say(error instanceof Error ? error.message : 'Something went wrong.');
    }
    output.write('> ');
  }
  lines.close();

  async function answer(line: string): Promise<Reply> {
    if (/^drafts?$/i.test(line)) return engine.pendingDrafts(scope);
    const button = BUTTON.exec(line);
    if (button) return press(button[1]!.toLowerCase().startsWith('y') ? 'confirm' : 'discard', button[2]);
    return engine.handle({ channel: 'console', externalId: randomUUID(), text: line }, scope);
  }

  async function press(action: 'confirm' | 'discard', number: string | undefined): Promise<Reply> {
    const open = shown ?? (await engine.pendingDrafts(scope));
    const cards = open.drafts.filter((card) => card.status === 'draft');
    if (cards.length === 0) return { text: 'No drafts waiting.', drafts: [] };
    if (number !== undefined) {
      const card = open.drafts[Number(number) - 1];
      if (!card) return { text: `There is no draft ${number}; pick 1 to ${open.drafts.length}.`, drafts: [] };
      return action === 'confirm' ? engine.confirm(scope, card.expenseId) : engine.discard(scope, card.expenseId);
    }
    if (action === 'confirm') return engine.confirmAll(scope, cards.map((card) => card.expenseId));
    const results = [];
    for (const card of cards) results.push(await engine.discard(scope, card.expenseId));
    return { text: `Discarded ${results.length}.`, drafts: results.flatMap((result) => result.drafts) };
  }
}
