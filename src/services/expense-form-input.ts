/**
 * The expense form's input, read and checked at the edge: every field is checked at once so the
 * page can show each error beside its field, and only what changed goes into the patch (so
 * undo restores exactly that, and an untouched "split equally" between two of three members
 * stays as it was). The service checks the same rules again; its typed errors map back to fields.
 */
import { parseIsoDate } from '../domain/dates.ts';
import { isKittyError } from '../domain/errors.ts';
import { normalizeCurrency, parseAmount, toDecimalString } from '../domain/money.ts';
import { computeShares, type SplitSpec } from '../domain/splits.ts';
import type { Category } from './categories.ts';
import type { Expense, ExpenseEdit } from './expenses.ts';
import type { Member } from './members.ts';

export type SplitChoice = 'none' | 'equal' | 'percent' | 'amounts';

/** What the form shows: exactly what was typed, so a rejected form comes back as it was sent. */
export interface ExpenseFormValues {
  readonly amount: string;
  readonly currency: string;
  /** Category slug. */
  readonly category: string;
  readonly date: string;
  readonly description: string;
  /** Member id. */
  readonly paidBy: string;
  readonly split: SplitChoice;
  /** Member id → the percentage as typed. */
  readonly percents: Readonly<Record<string, string>>;
}

export type FormField = 'amount' | 'currency' | 'category' | 'date' | 'description' | 'paidBy' | 'split';
/** Errors by field; `form` is one that belongs to no single field. */
export type FormErrors = Partial<Record<FormField | 'form', string>>;

export interface FormChoices {
  /** All of the household's categories, hidden ones included (an expense may use one). */
  readonly categories: readonly Category[];
  readonly members: readonly Member[];
}

const MAX_DESCRIPTION = 500;
const FIELDS: readonly FormField[] = ['amount', 'currency', 'category', 'date', 'description', 'paidBy', 'split'];

export function formValuesOf(expense: Expense): ExpenseFormValues {
  const split = expense.split as SplitSpec | null;
  return {
    amount: toDecimalString(expense.amountMinor, expense.currency),
    currency: expense.currency,
    category: expense.categorySlug,
    date: expense.spentOn,
    description: expense.description,
    // A payer the message named who is not a member is asked for, not shown as the stored default.
    paidBy: expense.unknownPayer !== null ? '' : expense.paidBy,
    split: split ? (split.kind === 'percent' ? 'percent' : split.kind) : 'none',
    percents:
      split?.kind === 'percent' ? Object.fromEntries(Object.entries(split.percents).map(([id, percent]) => [id, String(percent)])) : {},
  };
}

/** A posted form as values; a missing or repeated field reads as empty or as its first value. */
export function readExpenseForm(body: Record<string, unknown>, members: readonly Member[]): ExpenseFormValues {
  const text = (name: string): string => {
    const value = body[name];
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' ? first : '';
  };
  const split = text('split');
  return {
    amount: text('amount').trim(),
    currency: text('currency').trim().toUpperCase(),
    category: text('category').trim(),
    date: text('date').trim(),
    description: text('description').trim(),
    paidBy: text('paidBy').trim(),
    split: split === 'equal' || split === 'percent' || split === 'amounts' ? split : 'none',
    percents: Object.fromEntries(members.map((member) => [member.id, text(`percent_${member.id}`).trim()])),
  };
}

/** The changes the form asks for, or why it cannot be saved. */
export function expensePatch(
  values: ExpenseFormValues,
  current: Expense,
  choices: FormChoices,
): { ok: true; patch: ExpenseEdit } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const attempt = <T>(field: FormField, check: () => T): T | undefined => {
    try {
      return check();
    } catch (error) {
      if (!isKittyError(error)) throw error;
      errors[field] ??= error.message;
      return undefined;
    }
  };

  const currency = attempt('currency', () => normalizeCurrency(values.currency));
  const amountMinor = currency === undefined ? undefined : attempt('amount', () => parseAmount(values.amount, currency));
  const date = attempt('date', () => parseIsoDate(values.date));
  const category = choices.categories.find((candidate) => candidate.slug === values.category.toLowerCase());
  if (!category) errors.category = 'Choose one of this household’s categories.';
  const payer = choices.members.find((member) => member.id === values.paidBy);
  if (!payer) errors.paidBy = 'Choose who paid from this household’s members.';
  if (values.description.length > MAX_DESCRIPTION) errors.description = `Descriptions are at most ${MAX_DESCRIPTION} characters.`;

  const split = splitOf(values, current, choices.members, errors);
  if (split !== undefined && split !== null && amountMinor !== undefined) {
    attempt('split', () => computeShares(amountMinor, split, choices.members.map((member) => member.id)));
  }
  if (Object.keys(errors).length > 0 || currency === undefined || amountMinor === undefined || date === undefined || !category || !payer || split === undefined) {
    return { ok: false, errors };
  }

  const patch: ExpenseEdit = {};
  if (currency !== current.currency || amountMinor !== current.amountMinor) {
    Object.assign(patch, { amount: toDecimalString(amountMinor, currency), currency });
  }
  if (date !== current.spentOn) patch.date = date;
  if (category.id !== current.categoryId) patch.category = category.slug;
  if (values.description !== current.description) patch.description = values.description;
  // Choosing the stored default still answers "who paid?".
  if (payer.id !== current.paidBy || current.unknownPayer !== null) patch.paidBy = payer.id;
  if (!sameSplit(split, current.split as SplitSpec | null)) patch.split = split;
  return { ok: true, patch };
}

/** The split the form describes; undefined (with an error) when it cannot be read. */
function splitOf(values: ExpenseFormValues, current: Expense, members: readonly Member[], errors: FormErrors): SplitSpec | null | undefined {
  switch (values.split) {
    case 'none':
      return null;
    case 'equal':
      return { kind: 'equal' };
    case 'amounts': {
      // Offered only to keep a split by amounts made elsewhere; the form cannot write one.
      const stored = current.split as SplitSpec | null;
      if (stored?.kind === 'amounts') return stored;
      errors.split = 'Choose no split, an equal split, or percentages.';
      return undefined;
    }
    case 'percent': {
      const percents: Record<string, number> = {};
      for (const member of members) {
        const typed = values.percents[member.id] ?? '';
        if (typed === '') continue;
        if (!/^\d{1,3}(\.\d{1,9})?$/.test(typed)) {
          errors.split = `"${typed}" is not a percentage. Write numbers like 50 or 33.3.`;
          return undefined;
        }
        const percent = Number(typed);
        if (percent > 0) percents[member.id] = percent;
      }
      if (Object.keys(percents).length === 0) {
        errors.split = 'Give a percentage for at least one person, adding up to 100.';
        return undefined;
      }
      return { kind: 'percent', percents };
    }
  }
}

/** "Split equally" is unchanged whoever it was between: the form has no way to choose people for it. */
function sameSplit(next: SplitSpec | null, stored: SplitSpec | null): boolean {
  if (next === null || stored === null) return next === stored;
  if (next.kind !== stored.kind) return false;
  if (next.kind === 'equal') return true;
  const left = next.kind === 'percent' ? next.percents : next.amounts;
  const right = stored.kind === 'percent' ? stored.percents : stored.kind === 'amounts' ? stored.amounts : {};
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => left[key] === right[key]);
}

/**
 * The patch narrowed to what the person changed since the form was shown: someone else's change
 * made meanwhile (the partner fixed the category) is not undone by a form still showing the old
 * value. Without the values shown, the whole patch stands.
 */
export function changesSinceShown(patch: ExpenseEdit, shown: ExpenseFormValues | undefined, submitted: ExpenseFormValues): ExpenseEdit {
  if (!shown) return patch;
  const touched = (fields: readonly (keyof ExpenseFormValues)[]) =>
    fields.some((field) => JSON.stringify(shown[field]) !== JSON.stringify(submitted[field]));
  const narrowed: ExpenseEdit = {};
  if (touched(['amount', 'currency'])) {
    if (patch.amount !== undefined) narrowed.amount = patch.amount;
    if (patch.currency !== undefined) narrowed.currency = patch.currency;
  }
  if (touched(['category']) && patch.category !== undefined) narrowed.category = patch.category;
  if (touched(['date']) && patch.date !== undefined) narrowed.date = patch.date;
  if (touched(['description']) && patch.description !== undefined) narrowed.description = patch.description;
  if (touched(['paidBy']) && patch.paidBy !== undefined) narrowed.paidBy = patch.paidBy;
  if (touched(['split', 'percents']) && patch.split !== undefined) narrowed.split = patch.split;
  return narrowed;
}

/** Form values sent back by the client (a hidden field, a modal's metadata); undefined unless they have the form's shape. */
export function readShownValues(value: unknown): ExpenseFormValues | undefined {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  const texts = ['amount', 'currency', 'category', 'date', 'description', 'paidBy', 'split'] as const;
  if (!texts.every((field) => typeof record[field] === 'string')) return undefined;
  const percents = record.percents;
  if (typeof percents !== 'object' || percents === null || !Object.values(percents).every((percent) => typeof percent === 'string')) return undefined;
  return record as unknown as ExpenseFormValues;
}

/** The form field a service error belongs to (its `field` names the service's input). */
export function formFieldOf(field: string | undefined): FormField | undefined {
  return FIELDS.find((candidate) => candidate === field);
}
