/**
 * The edit modal: the web's expense form in Block Kit. It is read back into the same
 * `ExpenseFormValues`, so `expensePatch` checks a Slack edit exactly as it checks a web one, and
 * its errors come back beside the same fields.
 */
import type { ExpenseFormValues, FormChoices, FormErrors, SplitChoice } from '../../../services/expense-form-input.ts';
import { EDIT_MODAL, type EditModalMetadata } from '../action-ids.ts';
import { LIMITS, plainText, type InputBlock, type KnownBlock, type ModalView, type PlainTextOption } from './blocks.ts';
import { truncate } from './mrkdwn.ts';

const { blocks: IDS } = EDIT_MODAL;
const PERCENT_ACTION = 'percent';
/** Matches the service's limit, so Slack stops the typing where the check would refuse it. */
const MAX_DESCRIPTION = 500;
const FIXED_INPUTS = 7;

const SPLIT_LABELS: Record<SplitChoice, string> = {
  none: 'Not split',
  equal: 'Split equally',
  percent: 'By percentage',
  amounts: 'By amounts (kept as is)',
};

export interface EditModalInput {
  readonly values: ExpenseFormValues;
  readonly choices: FormChoices;
  readonly metadata: EditModalMetadata;
  readonly title?: string;
  /** Errors are not drawn into the view: they go back with `response_action: 'errors'` (see modalErrors). */
  readonly errors?: never;
}

export function editDraftModal(input: EditModalInput): ModalView {
  const { values, choices } = input;
  const blocks: KnownBlock[] = [
    textInput(IDS.amount, 'Amount', values.amount, { placeholder: 'e.g. 180 or 12.50' }),
    textInput(IDS.currency, 'Currency', values.currency, { placeholder: 'Three letters, e.g. INR', maxLength: 3 }),
    selectInput(IDS.category, 'Category', 'Choose a category', categoryOptions(values, choices), values.category),
    {
      type: 'input',
      block_id: IDS.date.block,
      label: plainText('Date', LIMITS.inputLabel),
      element: {
        type: 'datepicker',
        action_id: IDS.date.action,
        ...(/^\d{4}-\d{2}-\d{2}$/.test(values.date) && { initial_date: values.date }),
      },
    },
    textInput(IDS.description, 'Description', values.description, { optional: true, maxLength: MAX_DESCRIPTION }),
    selectInput(IDS.paidBy, 'Paid by', 'Choose who paid', memberOptions(choices), values.paidBy),
    splitInput(values),
    // Slack allows 100 blocks in a view; a household that large shares equally, not by percent.
    ...choices.members.slice(0, LIMITS.viewBlocks - FIXED_INPUTS).map((member) => percentInput(member, values.percents[member.id] ?? '')),
  ];
  return {
    type: 'modal',
    callback_id: EDIT_MODAL.callbackId,
    private_metadata: JSON.stringify(input.metadata),
    title: plainText(input.title ?? 'Edit draft', LIMITS.viewTitle),
    submit: plainText('Save', LIMITS.viewButton),
    close: plainText('Cancel', LIMITS.viewButton),
    blocks,
  };
}

type InputIds = { readonly block: string; readonly action: string };

function textInput(
  ids: InputIds,
  label: string,
  value: string,
  options: { placeholder?: string; maxLength?: number; optional?: boolean },
): InputBlock {
  return {
    type: 'input',
    block_id: ids.block,
    label: plainText(label, LIMITS.inputLabel),
    ...(options.optional && { optional: true }),
    element: {
      type: 'plain_text_input',
      action_id: ids.action,
      // Slack refuses an empty initial value, and a view whose initial value breaks its own max_length.
      ...(value !== '' && { initial_value: value }),
      ...(options.maxLength !== undefined && value.length <= options.maxLength && { max_length: options.maxLength }),
      ...(options.placeholder && { placeholder: plainText(options.placeholder, LIMITS.placeholder) }),
    },
  };
}

interface OptionGroup {
  readonly label: string;
  readonly options: PlainTextOption[];
}

/** A static select; past Slack's 100 options the list comes in groups of 100. */
function selectInput(ids: InputIds, label: string, placeholder: string, options: PlainTextOption[], selected: string): InputBlock {
  const initial = options.find((option) => option.value === selected);
  const grouped = options.length > LIMITS.selectOptions;
  const groups: OptionGroup[] = [];
  for (let start = 0; grouped && start < options.length && groups.length < LIMITS.optionGroups; start += LIMITS.selectOptions) {
    const slice = options.slice(start, start + LIMITS.selectOptions);
    groups.push({ label: `${start + 1}–${start + slice.length}`, options: slice });
  }
  return {
    type: 'input',
    block_id: ids.block,
    label: plainText(label, LIMITS.inputLabel),
    element: {
      type: 'static_select',
      action_id: ids.action,
      placeholder: plainText(placeholder, LIMITS.placeholder),
      ...(grouped
        ? { option_groups: groups.map((group) => ({ label: plainText(group.label, LIMITS.optionText), options: group.options })) }
        : { options }),
      ...(initial && { initial_option: initial }),
    },
  };
}

function option(text: string, value: string): PlainTextOption {
  return { text: plainText(text, LIMITS.optionText), value };
}

/** Hidden categories stay out of the list, except the one this expense already uses (as on the web). */
function categoryOptions(values: ExpenseFormValues, choices: FormChoices): PlainTextOption[] {
  return choices.categories
    .filter((category) => (!category.hidden || category.slug === values.category) && category.slug.length <= LIMITS.optionValue)
    .map((category) => option(category.label, category.slug));
}

function memberOptions(choices: FormChoices): PlainTextOption[] {
  return choices.members.map((member) => option(member.displayName, member.id));
}

function splitInput(values: ExpenseFormValues): InputBlock {
  // "By amounts" is offered only to keep a split made elsewhere: the modal cannot write one.
  const choices: SplitChoice[] = values.split === 'amounts' ? ['none', 'equal', 'percent', 'amounts'] : ['none', 'equal', 'percent'];
  const options = choices.map((choice) => option(SPLIT_LABELS[choice], choice));
  const initial = options.find((candidate) => candidate.value === values.split);
  return {
    type: 'input',
    block_id: IDS.split.block,
    label: plainText('Split', LIMITS.inputLabel),
    element: { type: 'radio_buttons', action_id: IDS.split.action, options, ...(initial && { initial_option: initial }) },
  };
}

function percentInput(member: FormChoices['members'][number], value: string): InputBlock {
  return {
    type: 'input',
    block_id: `${IDS.percentPrefix}${member.id}`,
    optional: true,
    label: plainText(`${truncate(member.displayName, 100)}'s share (%)`, LIMITS.inputLabel),
    hint: plainText('Only used with “By percentage”.', LIMITS.inputHint),
    element: {
      type: 'plain_text_input',
      action_id: PERCENT_ACTION,
      ...(value !== '' && { initial_value: value }),
      placeholder: plainText('e.g. 50', LIMITS.placeholder),
    },
  };
}

/** One input's state as Slack sends it in `view.state.values[block_id][action_id]`. */
export interface ModalStateValue {
  readonly type: string;
  readonly value?: string | null;
  readonly selected_option?: { readonly value: string } | null;
  readonly selected_date?: string | null;
}

export type ModalStateValues = Readonly<Record<string, Readonly<Record<string, ModalStateValue>>>>;

/** The submitted modal as form values; a missing field reads as empty, as `readExpenseForm` does. */
export function readEditModal(stateValues: ModalStateValues, members: readonly { readonly id: string }[]): ExpenseFormValues {
  const state = (block: string, action: string): ModalStateValue | undefined => stateValues[block]?.[action];
  const text = (ids: InputIds): string => (state(ids.block, ids.action)?.value ?? '').trim();
  const selected = (ids: InputIds): string => (state(ids.block, ids.action)?.selected_option?.value ?? '').trim();
  const split = selected(IDS.split);
  return {
    amount: text(IDS.amount),
    currency: text(IDS.currency).toUpperCase(),
    category: selected(IDS.category),
    date: (state(IDS.date.block, IDS.date.action)?.selected_date ?? '').trim(),
    description: text(IDS.description),
    paidBy: selected(IDS.paidBy),
    split: split === 'equal' || split === 'percent' || split === 'amounts' ? split : 'none',
    percents: Object.fromEntries(
      members.map((member) => [member.id, (state(`${IDS.percentPrefix}${member.id}`, PERCENT_ACTION)?.value ?? '').trim()]),
    ),
  };
}

const ERROR_BLOCKS: Record<Exclude<keyof FormErrors, 'form'>, string> = {
  amount: IDS.amount.block,
  currency: IDS.currency.block,
  category: IDS.category.block,
  date: IDS.date.block,
  description: IDS.description.block,
  paidBy: IDS.paidBy.block,
  split: IDS.split.block,
};
const MAX_ERROR = 2000;

/**
 * Form errors by block id, for `ack({ response_action: 'errors', errors })`. An error of the whole
 * form goes on the first field, so it is seen; split errors on the split choice, which the
 * percentages sit under (the form's checks do not say which share is wrong, so no member's
 * block is marked).
 */
export function modalErrors(errors: FormErrors): Record<string, string> {
  const byBlock: Record<string, string> = {};
  const add = (block: string, message: string | undefined) => {
    if (!message) return;
    byBlock[block] = truncate(byBlock[block] ? `${byBlock[block]} ${message}` : message, MAX_ERROR);
  };
  add(IDS.amount.block, errors.form);
  for (const [field, block] of Object.entries(ERROR_BLOCKS) as [keyof typeof ERROR_BLOCKS, string][]) add(block, errors[field]);
  return byBlock;
}
