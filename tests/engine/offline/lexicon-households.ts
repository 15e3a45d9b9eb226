/** Households of the countries the lexicon covers, and a check of many lines' categories at once. */
import { expect } from 'vitest';
import type { InterpretContext } from '../../../src/engine/interpretation.ts';
import { only } from './support.ts';

function householdIn(currency: string, timeZone: string): InterpretContext {
  return { members: ['Anna', 'Ben'], currency, timeZone, now: new Date('2026-03-18T12:00:00Z') };
}

export const germany = householdIn('EUR', 'Europe/Berlin');
export const france = householdIn('EUR', 'Europe/Paris');
export const spain = householdIn('EUR', 'Europe/Madrid');
export const netherlands = householdIn('EUR', 'Europe/Amsterdam');
export const uk = householdIn('GBP', 'Europe/London');
export const us = householdIn('USD', 'America/Chicago');
export const philippines = householdIn('PHP', 'Asia/Manila');

export type Case = readonly [text: string, category: string];

export function expectCategories(context: InterpretContext, cases: readonly Case[]): void {
  const got = cases.map(([text]) => [text, only(text, context).category]);
  expect(got).toEqual(cases.map(([text, category]) => [text, category]));
}
