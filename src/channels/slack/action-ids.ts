import type { ExpenseFormValues } from '../../services/expense-form-input.ts';

/**
 * The ids Kitty's Block Kit carries, in one place for the renderers that put them on buttons and
 * modals and the listeners that match them. A button's `value` is the expense id it acts on;
 * whoever presses it acts in their own household, so a card seen by someone else finds nothing.
 */
export const ACTION = {
  confirm: 'kitty.confirm',
  edit: 'kitty.edit',
  discard: 'kitty.discard',
  /** Value: the id of any draft of the message; all of that message's waiting drafts are confirmed. */
  confirmAll: 'kitty.confirm_all',
  /**
   * The answers to a card's questions. Value: `<expense id>:<category slug>` or
   * `<expense id>:<member id>`. Several sit in one actions block, whose action ids must differ,
   * so each button's id is this prefix and its place (`kitty.choose_category.0`).
   */
  chooseCategory: 'kitty.choose_category',
  choosePayer: 'kitty.choose_payer',
  /** A link button (the web view); Slack still sends an action, which is only acknowledged. */
  openDashboard: 'kitty.open_dashboard',
} as const;

export type DraftActionId = (typeof ACTION)[Exclude<keyof typeof ACTION, 'openDashboard' | 'chooseCategory' | 'choosePayer'>];

/** The action ids of the answer buttons, whatever their place. */
export const ANSWER_ACTION = {
  chooseCategory: /^kitty\.choose_category\.\d+$/,
  choosePayer: /^kitty\.choose_payer\.\d+$/,
} as const;

/** The edit modal. */
export const EDIT_MODAL = {
  callbackId: 'kitty.edit_draft',
  /** block_id → action_id of each input; block ids are what `response_action: "errors"` names. */
  blocks: {
    amount: { block: 'amount', action: 'amount' },
    currency: { block: 'currency', action: 'currency' },
    category: { block: 'category', action: 'category' },
    date: { block: 'date', action: 'date' },
    description: { block: 'description', action: 'description' },
    paidBy: { block: 'paid_by', action: 'paid_by' },
    split: { block: 'split', action: 'split' },
    /** One per member when splitting by percent: block `percent_<member id>`. */
    percentPrefix: 'percent_',
  },
} as const;

/**
 * What an edit modal remembers between opening and submission (its `private_metadata`): the
 * draft, and where its card is to redraw afterwards: a message (through the response_url of the
 * Edit press, good for half an hour) or the Home tab.
 */
export interface EditModalMetadata {
  readonly expenseId: string;
  readonly responseUrl?: string;
  /** The cards the message showed, to redraw it with exactly those. */
  readonly messageCards?: readonly string[];
  readonly fromHome?: boolean;
  /** The values the modal opened with, so saving changes only what the person changed. */
  readonly shown?: ExpenseFormValues;
}
