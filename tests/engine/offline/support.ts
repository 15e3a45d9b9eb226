/** A fixed household for offline-interpreter tests: Wednesday 2026-03-18, 20:30 in Kolkata. */
import type { Interpretation, InterpretContext, ProposedDraft, IntentRequest, DraftEdit } from '../../../src/engine/interpretation.ts';
import { interpretOffline } from '../../../src/engine/offline/index.ts';

export const household: InterpretContext = {
  members: ['Arjun', 'Priya'],
  currency: 'INR',
  timeZone: 'Asia/Kolkata',
  now: new Date('2026-03-18T20:30:00+05:30'),
};

export function read(text: string, context: InterpretContext = household): Interpretation {
  return interpretOffline(text, context);
}

export function drafts(text: string, context: InterpretContext = household): readonly ProposedDraft[] {
  const result = read(text, context);
  if (result.kind !== 'expense') throw new Error(`expected an expense for ${JSON.stringify(text)}, got ${JSON.stringify(result)}`);
  return result.drafts;
}

export function only(text: string, context: InterpretContext = household): ProposedDraft {
  const list = drafts(text, context);
  if (list.length !== 1 || !list[0]) throw new Error(`expected one draft for ${JSON.stringify(text)}, got ${list.length}`);
  return list[0];
}

export function intent(text: string, context: InterpretContext = household): IntentRequest {
  const result = read(text, context);
  if (result.kind !== 'question') throw new Error(`expected a question for ${JSON.stringify(text)}, got ${JSON.stringify(result)}`);
  return result.intent;
}

export function edit(text: string, context: InterpretContext = household): DraftEdit {
  const result = read(text, context);
  if (result.kind !== 'edit') throw new Error(`expected an edit for ${JSON.stringify(text)}, got ${JSON.stringify(result)}`);
  return result.edit;
}
