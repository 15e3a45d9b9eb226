/**
 * The console channel: a chat prompt in the terminal, to try Kitty with no chat app and no key.
 * Text goes to the engine. `y`/`n` (optionally with a number) stand in for the Confirm and
 * Discard buttons of the drafts on screen: those of the last reply that showed drafts, numbered
 * as they were shown, never whatever happens to be newest. A couple can share the keyboard:
 * `invite` adds a partner and `as …:` / `switch …` choose who is speaking.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import type { Engine } from '../../engine/engine.ts';
import type { DraftCard, Reply } from '../../engine/reply.ts';
import type { HouseholdScope } from '../../db/scope.ts';
import { readCommand, type ConsoleCommand } from './commands.ts';
import { partnerIdentity } from './console-member.ts';
import { CONSOLE_HELP } from './help.ts';
import { renderReply } from './render.ts';
import { findSpeaker, speakerOf, type Speaker } from './speakers.ts';

export interface ConsoleChatOptions {
  readonly engine: Engine;
  /** The console's own member: who speaks first, and who "me" is. */
  readonly scope: HouseholdScope;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly greeting?: string;
}

type PressCommand = Extract<ConsoleCommand, { kind: 'press' }>;

export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { engine, output } = options;
  const home = options.scope;
  let speaker: Speaker = await speakerOf(engine, home);
  // Only after the await: lines typed (or piped) meanwhile wait in the stream, not in a reader nobody iterates yet.
  const lines = createInterface({ input: options.input, output, terminal: false });
  const say = (text: string) => output.write(`${text}\n`);
  const prompt = () => output.write(`${speaker.name.toLowerCase()}> `);
  /** The drafts on screen, in the order shown: what `y`, `n` and their numbers point at. */
  let shown: readonly DraftCard[] | undefined;

  say(options.greeting ?? 'Kitty here. Tell me what you spent ("coffee 180"), or ask ("how much this month?"). Type help for more, quit to leave.');
  prompt();
  for await (const raw of lines) {
    const command = readCommand(raw);
    if (command.kind === 'quit') break;
    try {
      const text = await run(command);
      if (text) say(text);
    } catch (error) {
      say(error instanceof Error ? error.message : 'Something went wrong.');
    }
    prompt();
  }
  lines.close();

  async function run(command: ConsoleCommand): Promise<string> {
    switch (command.kind) {
      case 'help':
        return CONSOLE_HELP;
      case 'switch': {
        const found = await findSpeaker(engine, home, command.name);
        if (typeof found === 'string') return found;
        speaker = found;
        return `Now writing as ${found.name}.`;
      }
      case 'as': {
        const found = await findSpeaker(engine, home, command.name);
        if (typeof found === 'string') return found;
        const inner = readCommand(command.line);
        if (inner.kind === 'quit' || inner.kind === 'switch' || inner.kind === 'as' || inner.kind === 'help') {
          return `"as ${command.name}:" takes one line to say as them, like "as ${command.name.toLowerCase()}: coffee 100".`;
        }
        return act(inner, found);
      }
      case 'quit':
        return '';
      default:
        return act(command, speaker);
    }
  }

  /** What one speaker's line does; help, switching and naming leave the drafts on screen as they were. */
  async function act(command: Exclude<ConsoleCommand, { kind: 'quit' | 'help' | 'switch' | 'as' }>, who: Speaker): Promise<string> {
    switch (command.kind) {
      case 'drafts':
        return show(await engine.pendingDrafts(who.scope));
      case 'undo':
        return show(await engine.undo(who.scope));
      case 'press':
        return press(command, who);
      case 'rename': {
        const member = await engine.people.rename(who.scope, command.name);
        if (who.scope.memberId === speaker.scope.memberId) speaker = { ...speaker, name: member.displayName };
        return `From now on you are ${member.displayName} ("paid by ${member.displayName}").`;
      }
      case 'invite': {
        const { member } = await engine.people.add(who.scope, command.name, partnerIdentity);
        const handle = member.displayName.toLowerCase();
        return `${member.displayName} is in the household now. Write one line as them with "as ${handle}: coffee 100", or "switch ${handle}" (and "switch me" to come back).`;
      }
      case 'message': {
        // A fix like "make it 450" goes to the one draft on screen, not to whichever is newest.
        const open = shown?.filter((card) => card.status === 'draft') ?? [];
        const reply = await engine.handle(
          { channel: 'console', externalId: randomUUID(), text: command.text, ...(open.length === 1 && { replyToExpenseId: open[0]!.expenseId }) },
          who.scope,
        );
        return show(reply);
      }
    }
  }

  /** A reply with drafts becomes what is on screen; one without leaves nothing for `y` to act on. */
  function show(reply: Reply): string {
    if (reply.duplicate) return '';
    shown = reply.drafts.length > 0 ? reply.drafts : undefined;
    return renderReply(reply);
  }

  async function press(command: PressCommand, who: Speaker): Promise<string> {
    const verb = command.action === 'confirm' ? 'confirm' : 'discard';
    if (!shown) return `Nothing to ${verb}: the last reply had no drafts. Type "drafts" to list the ones waiting.`;
    const list = shown;
    const numberOf = (card: DraftCard) => list.findIndex((candidate) => candidate.expenseId === card.expenseId) + 1;
    const act = (expenseId: string) => (command.action === 'confirm' ? engine.confirm(who.scope, expenseId) : engine.discard(who.scope, expenseId));

    if (command.number !== undefined) {
      const card = list[command.number - 1];
      if (!card) return list.length === 1 ? `There is only one draft there: type ${command.action === 'confirm' ? 'y' : 'n'}.` : `There is no draft ${command.number}; pick 1 to ${list.length}.`;
      return pressed(await act(card.expenseId));
    }
    // As they stand now: an earlier `n 2`, or the partner, may have settled some of them.
    const current = await engine.cardsOf(who.scope, list.map((card) => card.expenseId));
    const open = current.filter((card) => card.status === 'draft');
    if (open.length === 0) {
      return `Nothing left to ${verb} there: ${list.length === 1 ? 'that draft is' : 'those drafts are'} settled. Type "drafts" to list the ones waiting.`;
    }
    if (open.length === 1) return pressed(await act(open[0]!.expenseId));
    if (command.action === 'confirm') return pressed(await engine.confirmAll(who.scope, open.map((card) => card.expenseId)));
    const results: Reply[] = [];
    for (const card of open) results.push(await act(card.expenseId));
    return pressed({ text: `Discarded ${results.length}.`, drafts: results.flatMap((result) => result.drafts) });

    /** The list stays on screen with the same numbers; only the pressed cards' statuses change. */
    function pressed(reply: Reply): string {
      const updated = new Map(reply.drafts.map((card) => [card.expenseId, card]));
      shown = list.map((card) => updated.get(card.expenseId) ?? card);
      return renderReply(reply, numberOf);
    }
  }
}
