/**
 * Households of several countries for the offline reader's tests, each on Wednesday 2026-11-18
 * at 19:45 local time, so "yesterday" is the 17th and "last saturday" the 14th everywhere.
 */
import type { InterpretContext, Interpretation, ProposedDraft } from '../../../src/engine/interpretation.ts';
import { interpretOffline } from '../../../src/engine/offline/index.ts';

export const berlin: InterpretContext = { members: ['Jonas', 'Lea'], currency: 'EUR', timeZone: 'Europe/Berlin', now: new Date('2026-11-18T19:45:00+01:00') };
export const kolkata: InterpretContext = { members: ['Rohan', 'Meera'], currency: 'INR', timeZone: 'Asia/Kolkata', now: new Date('2026-11-18T19:45:00+05:30') };
export const chicago: InterpretContext = { members: ['Sam', 'Jess'], currency: 'USD', timeZone: 'America/Chicago', now: new Date('2026-11-18T19:45:00-06:00') };
export const london: InterpretContext = { members: ['Tom', 'Aisha'], currency: 'GBP', timeZone: 'Europe/London', now: new Date('2026-11-18T19:45:00Z') };
export const manila: InterpretContext = { members: ['Paolo', 'Bea'], currency: 'PHP', timeZone: 'Asia/Manila', now: new Date('2026-11-18T19:45:00+08:00') };
export const zurich: InterpretContext = { members: ['Nina', 'Luca'], currency: 'CHF', timeZone: 'Europe/Zurich', now: new Date('2026-11-18T19:45:00+01:00') };
export const sydney: InterpretContext = { members: ['Mia', 'Noah'], currency: 'AUD', timeZone: 'Australia/Sydney', now: new Date('2026-11-18T19:45:00+11:00') };
/** A German-speaking couple in Chicago who set their locale: dollars, written the German way. */
export const germanInChicago: InterpretContext = { ...chicago, locale: 'de-DE' };

export const TODAY = '2026-11-18';
export const YESTERDAY = '2026-11-17';
export const THIS_WEEK = { start: '2026-11-16', end: '2026-11-22' };
export const THIS_MONTH = { start: '2026-11-01', end: '2026-11-30' };

export function read(text: string, context: InterpretContext): Interpretation {
  return interpretOffline(text, context);
}

/** The drafts and the overall judgement; throws when the message was not read as an expense. */
export function expense(text: string, context: InterpretContext): { drafts: readonly ProposedDraft[]; confident: boolean } {
  const result = read(text, context);
  if (result.kind !== 'expense') throw new Error(`expected an expense for ${JSON.stringify(text)}, got ${JSON.stringify(result)}`);
  return { drafts: result.drafts, confident: result.confident };
}

/** The one draft of a message; throws when there are none or several. */
export function single(text: string, context: InterpretContext): ProposedDraft & { confident: boolean } {
  const { drafts, confident } = expense(text, context);
  const [draft] = drafts;
  if (drafts.length !== 1 || !draft) throw new Error(`expected one draft for ${JSON.stringify(text)}, got ${JSON.stringify(drafts)}`);
  return { ...draft, confident };
}
