/** The categories' own names and everyday synonyms, so "category dining" or "how much on travel" resolve. */
import type { Lexicon } from './types.ts';

export const NAMES: Lexicon = {
  groceries: { strong: ['groceries', 'grocery', 'grocery shopping', 'grocery run'] },
  dining: { strong: ['dining', 'dining out', 'eating out', 'eat out', 'ate out', 'restaurant bills', 'food and drinks', 'outside food'] },
  transport: { strong: ['transport', 'transportation', 'commuting', 'travel in town', 'getting around'] },
  fuel: { strong: ['fuel', 'gas money'] },
  utilities: { strong: ['utilities', 'utility bills', 'bills and utilities'] },
  housing: { strong: ['housing', 'rent and maintenance'] },
  household: { strong: ['household', 'home stuff', 'house stuff', 'house help', 'home expenses'] },
  shopping: { strong: ['shopping', 'online shopping'] },
  health: { strong: ['health', 'medical', 'medical stuff', 'healthcare', 'medical bills', 'doctor bills', 'fitness'] },
  personal_care: { strong: ['personal care', 'self care', 'grooming'] },
  entertainment: { strong: ['entertainment', 'fun', 'leisure', 'going out', 'movies and shows'] },
  subscriptions: { strong: ['subscriptions', 'subscription', 'streaming', 'ott'] },
  travel: { strong: ['travel', 'trips', 'vacations', 'holidays'] },
  education: { strong: ['education', 'learning', 'studies', 'school stuff'] },
  kids: { purpose: ['kids', 'the kids', 'children', 'the baby'] },
  pets: { purpose: ['pets', 'the dog', 'the cat', 'pet expenses'] },
  gifts: { purpose: ['gifts', 'giving', 'gifts and giving', 'gifts & giving', 'donations', 'charity'] },
  other: { strong: ['other', 'misc', 'miscellaneous', 'uncategorized', 'uncategorised'] },
};
