import { interpretOffline } from '../../src/engine/offline/index.ts';
import type { ProposedDraft } from '../../src/engine/interpretation.ts';
import type { OfflineReader } from '../../src/engine/read-message.ts';

/**
 * An offline reader that asks, for the lines given, the way the offline interpreter is to ask
 * (a guessed category with its choices, a payer who is not a member); every other line is read
 * by the real interpreter. Handed to the engine through its `offlineReader` seam, so everything
 * after the reading (saving, cards, buttons, learning) is the real thing.
 */
export function askingReader(lines: Readonly<Record<string, readonly ProposedDraft[]>>): OfflineReader {
  return (text, context) => {
    const drafts = lines[text];
    return drafts ? { kind: 'expense', drafts, confident: false } : interpretOffline(text, context);
  };
}

/** TEST_NOW's date in Kolkata. */
const TODAY = '2026-03-18';

/** "kopi kenangan 45": a merchant nobody taught Kitty; dining is the best guess. */
export function kopiKenangan(amountMinor = 4500): ProposedDraft {
  return { amountMinor, currency: 'INR', category: 'dining', categoryChoices: ['dining', 'groceries', 'shopping'], date: TODAY, description: 'kopi kenangan' };
}

/** "sam paid 210": Sam is not in the household. */
export function samPaid(amountMinor = 21000): ProposedDraft {
  return { amountMinor, currency: 'INR', category: 'dining', date: TODAY, description: 'dinner', unknownPayer: 'sam' };
}

/** The lines the tests send, read as the offline interpreter is to read them. */
export const ASKING_LINES = {
  'kopi kenangan 45': [kopiKenangan()],
  'kopi kenangan 60': [kopiKenangan(6000)],
  'sam paid 210 for dinner': [samPaid()],
} as const;

export const asking = askingReader(ASKING_LINES);
