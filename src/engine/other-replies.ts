/**
 * Kitty's own words for messages that are neither expenses nor questions. Fixed texts, never a
 * model's: whatever a message says, the reply cannot be steered into promising or stating things.
 */
import { MAX_AMOUNT_MAJOR } from '../domain/money.ts';
import type { OtherTopic } from './interpretation.ts';

const EXAMPLES = 'Log spending like "sabzi 320" or "uber 250 and lunch 400", or ask "how much did we spend on dining this month?"';

export const HELP_TEXT = [
  'I keep your household\'s expenses. Write them the way you would text your partner:',
  '• "coffee 180", "priya paid 650 for the cab", "dinner 2400 yesterday, split with priya"',
  '• several at once: "milk 60, bread 45, eggs 90"',
  'Each one becomes a draft: confirm, edit or discard it with the buttons.',
  'Fix the latest draft by saying "make it 450", "category dining", "that was yesterday" or "discard that".',
  'Ask: "how much did we spend last month?", "top categories this year", "who spent more this week?", "show my last 10 expenses".',
].join('\n');

export function otherReply(topic: OtherTopic, pendingDrafts: number): string {
  switch (topic) {
    case 'greeting':
      return `Hi! ${EXAMPLES}`;
    case 'thanks':
      return 'Any time! 🐱';
    case 'help':
      return HELP_TEXT;
    case 'undo':
      return 'To take back a draft, press Discard on its card or say "discard that". Confirmed expenses are changed in the ledger of the web view.';
    case 'acknowledgement':
      return pendingDrafts > 0
        ? `👍 You have ${pendingDrafts} draft${pendingDrafts === 1 ? '' : 's'} waiting: confirm ${pendingDrafts === 1 ? 'it' : 'them'} with the buttons.`
        : '👍';
    case 'invalid_amount':
      return `That amount doesn't look right: it must be more than zero and at most ${MAX_AMOUNT_MAJOR.toLocaleString('en')}. Try again, like "groceries 1250".`;
    case 'unsupported':
      return 'I can\'t do that from chat. I turn what you spent into drafts for you to confirm and answer questions about your spending; settings and the ledger live in the web view.';
    case 'refund':
      return 'That sounds like money coming back. I only keep spending, so I have not saved it: change or delete the original expense (in the web view\'s ledger) to take a refund into account.';
    case 'unknown':
      return `I didn't find an expense or a question there. ${EXAMPLES}`;
  }
}
