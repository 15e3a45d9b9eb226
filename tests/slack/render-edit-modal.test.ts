import { describe, expect, it } from 'vitest';
import { EDIT_MODAL } from '../../src/channels/slack/action-ids.ts';
import type { InputBlock, ModalView } from '../../src/channels/slack/render/blocks.ts';
import { editDraftModal, modalErrors, readEditModal, type ModalStateValue } from '../../src/channels/slack/render/edit-modal.ts';
import { expensePatch, formValuesOf, type ExpenseFormValues } from '../../src/services/expense-form-input.ts';
import { ARJUN, MEERA, PRIYA, categories, category, expense, expenseId, expectWithinSlackLimits, json, members, type Json } from './render-fixtures.ts';

/** The edit modal: the web form's fields in Block Kit, read back into the same form values and errors. */
function untouchedState(view: ModalView): Record<string, Record<string, ModalStateValue>> {
  const state: Record<string, Record<string, ModalStateValue>> = {};
  for (const block of view.blocks) {
    if (block.type !== 'input') continue;
    const { block_id: blockId, element } = block as InputBlock;
    const input = element as Json & { action_id: string; initial_value?: string; initial_option?: { value: string }; initial_date?: string };
    const value: ModalStateValue =
      input.type === 'plain_text_input'
        ? { type: input.type, value: input.initial_value ?? null }
        : input.type === 'datepicker'
          ? { type: input.type, selected_date: input.initial_date ?? null }
          : { type: input.type ?? '', selected_option: input.initial_option ?? null };
    state[blockId!] = { [input.action_id]: value };
  }
  return state;
}

function inputBlock(view: ModalView, blockId: string): InputBlock & { element: Json } {
  const found = view.blocks.find((block) => json(block).block_id === blockId);
  if (!found) throw new Error(`no block ${blockId}`);
  return found as InputBlock & { element: Json };
}

describe('the edit modal', () => {
  const choices = { categories, members };
  const metadata = { expenseId: expenseId(7), channel: 'C123', ts: '1700000000.000100' };

  it('is the form: ids, metadata, and only the categories it may offer', () => {
    const current = expense();
    const view = editDraftModal({ values: formValuesOf(current), choices, metadata });

    expect(view).toMatchObject({ type: 'modal', callback_id: EDIT_MODAL.callbackId, submit: { text: 'Save' }, close: { text: 'Cancel' } });
    expect(JSON.parse(view.private_metadata ?? '')).toEqual(metadata);
    expect(view.blocks.map((block) => json(block).block_id)).toEqual(['amount', 'currency', 'category', 'date', 'description', 'paid_by', 'split', `percent_${PRIYA}`, `percent_${ARJUN}`, `percent_${MEERA}`]);
    // The hidden category this expense uses is offered; another hidden one is not.
    const categorySelect = inputBlock(view, 'category').element as Json & { options: { value: string }[] };
    expect(categorySelect.options.map((option) => option.value)).toEqual(['groceries', 'coffee', 'old_gym']);
    expect(inputBlock(view, 'percent_' + ARJUN)).toMatchObject({ optional: true, label: { text: "Arjun's share (%)" }, element: { action_id: 'percent', initial_value: '40' } });
    expect(inputBlock(view, 'percent_' + ARJUN).hint?.text).toContain('By percentage');
    const splitChoices = (inputBlock(view, 'split').element as Json & { options: { value: string }[] }).options.map((option) => option.value);
    expect(splitChoices).toEqual(['none', 'equal', 'percent']);
    expectWithinSlackLimits(view.blocks, 100);
  });

  it('reads back the values it was opened with, which the form accepts unchanged', () => {
    const current = expense();
    const values = formValuesOf(current);
    const read = readEditModal(untouchedState(editDraftModal({ values, choices, metadata })), members);

    expect(read).toEqual({ ...values, percents: { [PRIYA]: '60', [ARJUN]: '40', [MEERA]: '' } });
    expect(expensePatch(read, current, choices)).toEqual({ ok: true, patch: {} });
  });

  it('reads an edit into the patch the web form would make', () => {
    const current = expense({ split: null, categoryId: categories[1]!.id, categorySlug: 'coffee' });
    const state = untouchedState(editDraftModal({ values: formValuesOf(current), choices, metadata }));
    state.amount = { amount: { type: 'plain_text_input', value: ' 99.5 ' } };
    state.currency = { currency: { type: 'plain_text_input', value: 'usd' } };
    state.split = { split: { type: 'radio_buttons', selected_option: { value: 'percent' } } };
    state[`percent_${PRIYA}`] = { percent: { type: 'plain_text_input', value: '25' } };
    state[`percent_${MEERA}`] = { percent: { type: 'plain_text_input', value: '75' } };
    state.date = { date: { type: 'datepicker', selected_date: '2026-03-20' } };

    expect(expensePatch(readEditModal(state, members), current, choices)).toEqual({
      ok: true,
      patch: { amount: '99.50', currency: 'USD', date: '2026-03-20', split: { kind: 'percent', percents: { [PRIYA]: 25, [MEERA]: 75 } } },
    });
  });

  it('reads missing fields as empty, and keeps "by amounts" only where it already is', () => {
    expect(readEditModal({}, members)).toEqual({
      amount: '',
      currency: '',
      category: '',
      date: '',
      description: '',
      paidBy: '',
      split: 'none',
      percents: { [PRIYA]: '', [ARJUN]: '', [MEERA]: '' },
    } satisfies ExpenseFormValues);

    const amounts = expense({ split: { kind: 'amounts', amounts: { [PRIYA]: 100000, [ARJUN]: 25050 } } });
    const view = editDraftModal({ values: formValuesOf(amounts), choices, metadata });
    expect(inputBlock(view, 'split').element).toMatchObject({ initial_option: { value: 'amounts', text: { text: 'By amounts (kept as is)' } } });
    expect(expensePatch(readEditModal(untouchedState(view), members), amounts, choices)).toEqual({ ok: true, patch: {} });
  });

  it('groups more than 100 categories, and cuts long names to Slack’s lengths', () => {
    const many = Array.from({ length: 150 }, (_, index) => category(`c${index}`, `Category ${index} ${'x'.repeat(100)}`, index));
    const values = { ...formValuesOf(expense()), category: 'c120' };
    const select = inputBlock(editDraftModal({ values, choices: { categories: many, members }, metadata, title: 'Edit this rather long draft' }), 'category')
      .element as Json & { options?: unknown; option_groups: { options: { text: { text: string }; value: string }[] }[]; initial_option: { value: string } };

    expect(select.options).toBeUndefined();
    expect(select.option_groups.map((group) => group.options.length)).toEqual([100, 50]);
    expect(select.option_groups.flatMap((group) => group.options).every((option) => option.text.text.length <= 75)).toBe(true);
    expect(select.initial_option.value).toBe('c120');
    expect(editDraftModal({ values, choices, metadata, title: 'Edit this rather long draft' }).title.text.length).toBeLessThanOrEqual(24);
  });

  it('maps form errors to the blocks Slack shows them under', () => {
    expect(modalErrors({ form: 'Something changed meanwhile.', amount: 'Enter an amount.', paidBy: 'Choose who paid.', split: 'Percentages add up to 90.' })).toEqual({
      amount: 'Something changed meanwhile. Enter an amount.',
      paid_by: 'Choose who paid.',
      split: 'Percentages add up to 90.',
    });

    const current = expense();
    const state = untouchedState(editDraftModal({ values: formValuesOf(current), choices, metadata }));
    state[`percent_${PRIYA}`] = { percent: { type: 'plain_text_input', value: 'half' } };
    state.currency = { currency: { type: 'plain_text_input', value: 'RUPEES' } };
    const result = expensePatch(readEditModal(state, members), current, choices);
    expect(result.ok).toBe(false);
    const errors = modalErrors(result.ok ? {} : result.errors);
    expect(Object.keys(errors).sort()).toEqual(['currency', 'split']);
    expect(errors.split).toContain('"half" is not a percentage');
  });
});

