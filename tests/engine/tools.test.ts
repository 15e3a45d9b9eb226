import { describe, expect, it } from 'vitest';
import type { InterpretContext } from '../../src/engine/interpretation.ts';
import { askAnalytics } from '../../src/engine/tools/ask-analytics.ts';
import { editDraft } from '../../src/engine/tools/edit-draft.ts';
import { ENGINE_TOOLS } from '../../src/engine/tools/index.ts';
import { proposeExpenses } from '../../src/engine/tools/propose-expenses.ts';
import { geminiParameters } from '../../src/llm/gemini-schema.ts';
import { toolInputJsonSchema } from '../../src/llm/tool-schema.ts';
import { KittyError } from '../../src/domain/errors.ts';

const context: InterpretContext = { members: ['Priya', 'Arjun'], currency: 'INR', timeZone: 'Asia/Kolkata', now: new Date('2026-03-18T15:00:00Z') };

describe('engine tools', () => {
  it('turn validated arguments into drafts in minor units, with the sender as the default payer', () => {
    const args = proposeExpenses.input.parse({
      expenses: [
        { amount: '1,250', category: 'groceries', description: 'dmart', paid_by: 'me' },
        { amount: '12.99', currency: 'usd', category: 'subscriptions', date: '2026-03-10', description: 'hbo', paid_by: 'arjun', split: { kind: 'percent', percents: [{ member: 'me', percent: 70 }, { member: 'Arjun', percent: 30 }] } },
      ],
    });
    expect(proposeExpenses.interpret(args, context)).toEqual({
      kind: 'expense',
      confident: true,
      drafts: [
        { amountMinor: 125000, currency: 'INR', category: 'groceries', date: '2026-03-18', description: 'dmart' },
        { amountMinor: 1299, currency: 'USD', category: 'subscriptions', date: '2026-03-10', description: 'hbo', paidBy: 'Arjun', split: { Priya: 70, Arjun: 30 } },
      ],
    });
  });

  it.each([
    [{ expenses: [{ amount: '100', category: 'snacks', description: 'x' }] }, 'unknown_category'],
    [{ expenses: [{ amount: '0', category: 'dining', description: 'x' }] }, 'invalid_amount'],
    [{ expenses: [{ amount: '100', category: 'dining', description: 'x', paid_by: 'Rahul' }] }, 'unknown_member'],
    [{ expenses: [{ amount: '100', category: 'dining', description: 'x', date: '2026-02-30' }] }, 'invalid_date'],
    [{ expenses: [{ amount: '100', category: 'dining', description: 'x', split: { kind: 'percent', percents: [{ member: 'Priya', percent: 70 }] } }] }, 'invalid_split'],
  ])('refuse arguments that make no sense, with a message the model can act on (%#)', (raw, code) => {
    const args = proposeExpenses.input.parse(raw);
    const error = (() => {
      try {
        proposeExpenses.interpret(args, context);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(KittyError);
    expect((error as KittyError).code).toBe(code);
  });

  it('check question periods and edits', () => {
    expect(() => askAnalytics.interpret(askAnalytics.input.parse({ intent: 'total_by_period', period: { start: '2026-03-10', end: '2026-03-01' } }), context)).toThrow(
      /starts after it ends/,
    );
    expect(() => askAnalytics.interpret(askAnalytics.input.parse({ intent: 'member_split', member: 'Priya' }), context)).toThrow(
      'member_split does not take member; leave it out or choose another intent.',
    );
    expect(editDraft.interpret(editDraft.input.parse({ amount: '450', remove_split: true }), context)).toEqual({
      kind: 'edit',
      confident: true,
      edit: { amountMinor: 45000, currency: 'INR', split: 'none' },
    });
  });

  it('ask for spending at a merchant with merchant_spend, and only there', () => {
    const args = askAnalytics.input.parse({ intent: 'merchant_spend', merchant: ' Costco ', member: 'arjun', period: { start: '2026-03-01', end: '2026-03-31' } });
    expect(askAnalytics.interpret(args, context)).toEqual({
      kind: 'question',
      confident: true,
      intent: { id: 'merchant_spend', merchant: 'Costco', member: 'Arjun', period: { start: '2026-03-01', end: '2026-03-31' } },
    });
    expect(() => askAnalytics.interpret(askAnalytics.input.parse({ intent: 'merchant_spend' }), context)).toThrow('merchant_spend needs merchant');
    expect(() => askAnalytics.interpret(askAnalytics.input.parse({ intent: 'category_spend_by_period', category: 'groceries', merchant: 'costco' }), context)).toThrow(
      'category_spend_by_period does not take merchant; leave it out or choose another intent.',
    );
    // The model reads when to use the field from its description.
    const schema = toolInputJsonSchema(askAnalytics) as { properties: Record<string, { description?: string; enum?: string[] }> };
    expect(schema.properties.intent?.enum).toContain('merchant_spend');
    expect(schema.properties.merchant?.description).toMatch(/^For merchant_spend only/);
  });

  it('all convert to JSON Schema and to Gemini\'s narrower dialect', () => {
    for (const tool of ENGINE_TOOLS) {
      expect(toolInputJsonSchema(tool)).toMatchObject({ type: 'object' });
      expect(geminiParameters(tool)).toMatchObject({ type: 'OBJECT' });
    }
  });
});
