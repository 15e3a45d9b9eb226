/**
 * The ledger as an hledger journal: one transaction per confirmed expense, the category's
 * expense account debited and the payer's asset account credited. Amounts are exact decimals
 * from integer minor units with the currency code after them (`540.00 INR`), and the journal
 * declares `.` as its decimal mark, so `1.250 KWD` is never read as a thousands separator.
 * `hledger -f kitty.journal balance expenses` then gives the dashboard's totals.
 */
import { toDecimalString } from '../../domain/money.ts';
import type { ExportExpense, ExportNames } from './export-input.ts';

export function expensesJournal(expenses: readonly ExportExpense[], names: ExportNames, heading?: string): string {
  const payerAccounts = memberAccounts(names.members);
  const blocks = [
    [...(heading ? [`; ${oneLine(heading)}`] : []), 'decimal-mark .'].join('\n'),
    // The ledger lists newest first; a journal reads oldest first (the sort is stable within a day).
    ...[...expenses]
      .reverse()
      .sort((a, b) => (a.spentOn === b.spentOn ? 0 : a.spentOn < b.spentOn ? -1 : 1))
      .map((expense) => {
        const category = names.categories.find((candidate) => candidate.id === expense.categoryId);
        const description = transactionDescription(expense.description || category?.label || expense.categorySlug);
        return [
          // The code (a short expense id) comes first, so a description opening with "(" is never read as one.
          `${expense.spentOn} * (${expense.id.slice(0, 8)}) ${description}`,
          `    ; kitty:${expense.id}`,
          `    expenses:${accountPart(expense.categorySlug)}    ${toDecimalString(expense.amountMinor, expense.currency)} ${expense.currency}`,
          `    assets:${payerAccounts.get(expense.paidBy) ?? 'unknown-member'}`,
        ].join('\n');
      }),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** One account name per member; two members whose names read the same get distinct accounts. */
function memberAccounts(members: ExportNames['members']): Map<string, string> {
  const accounts = new Map<string, string>();
  const taken = new Set<string>();
  for (const member of members) {
    const base = accountPart(member.displayName) || 'member';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    accounts.set(member.id, name);
  }
  return accounts;
}

/**
 * A piece of an account name: letters, digits, `_` and `-` only. A colon would start a
 * sub-account, two spaces end the name, and brackets or parentheses make a virtual posting.
 */
export function accountPart(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/** A description stays on its line, and a `;` would start a comment, so it becomes a comma. */
function transactionDescription(text: string): string {
  return oneLine(text).replaceAll(';', ',');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
