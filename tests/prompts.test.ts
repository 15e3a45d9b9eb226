import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENT_LIST } from '../intents/registry.ts';
import { contextPrompt, repairPrompt, systemPrompt } from '../prompts/index.ts';
import { renderBundle } from '../scripts/bundle-prompts.ts';
import { defaultCategories } from '../src/engine/categories.ts';

describe('prompts', () => {
  it('are bundled from the current Markdown (run `npm run prompts` after editing prompts/*.md)', () => {
    expect(readFileSync(new URL('../prompts/bundle.generated.ts', import.meta.url), 'utf8')).toBe(renderBundle());
  });

  it('build a system prompt that names every intent and category and leaves no placeholder', () => {
    const prompt = systemPrompt({ intents: INTENT_LIST, categories: defaultCategories });
    for (const intent of INTENT_LIST) expect(prompt).toContain(`\`${intent.id}\``);
    for (const category of defaultCategories) expect(prompt).toContain(`\`${category.slug}\``);
    expect(prompt).toMatch(/^1\. Never invent numbers/m);
    expect(prompt).not.toMatch(/\{\{|\}\}/);
  });

  it('keep the per-message context out of the cacheable system prompt', () => {
    const context = contextPrompt({
      today: '2026-03-18',
      weekday: 'Wednesday',
      timeZone: 'Asia/Kolkata',
      currency: 'INR',
      writing: 'a decimal point ("2.40" is 2.40, "1,250" is 1250), dates with the day first ("10/03" is 10 March)',
      members: ['Priya', 'Arjun'],
      categorySlugs: ['groceries', 'dining'],
      latestDraft: '₹180.00 · Dining out · 2026-03-18 · coffee',
    });
    expect(context).toContain('Today is 2026-03-18 (Wednesday) in Asia/Kolkata.');
    expect(context).toContain('The sender is Priya.');
    expect(context).toContain('writes numbers and dates like this: a decimal point');
    expect(context).toContain("latest draft: ₹180.00 · Dining out · 2026-03-18 · coffee");
    expect(systemPrompt({ intents: INTENT_LIST, categories: defaultCategories })).not.toContain('2026');
    expect(repairPrompt({ tool: 'propose_expenses', problems: ['a', 'b'] })).toContain('could not be used: a; b');
  });
});
