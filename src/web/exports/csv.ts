/**
 * The ledger as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break). Amounts are exact decimals written from integer minor units,
 * never through floats, so the spreadsheet's sum is the dashboard's.
 */
import { toDecimalString } from '../../domain/money.ts';
import { borneBy, type ExportExpense, type ExportNames } from './export-input.ts';

export function expensesCsv(expenses: readonly ExportExpense[], names: ExportNames): string {
  const header = ['date', 'description', 'category', 'amount', 'currency', 'paid by', ...names.members.map((member) => `share ${member.displayName}`)];
  const lines = [header.map(textCell)];
  for (const expense of expenses) {
    const category = names.categories.find((candidate) => candidate.id === expense.categoryId);
    const payer = names.members.find((member) => member.id === expense.paidBy);
    const shares = borneBy(expense);
    lines.push([
      expense.spentOn,
      textCell(expense.description),
      textCell(category?.label ?? expense.categorySlug),
      toDecimalString(expense.amountMinor, expense.currency),
      expense.currency,
      textCell(payer?.displayName ?? ''),
      ...names.members.map((member) => toDecimalString(shares.get(member.id) ?? 0, expense.currency)),
    ]);
  }
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}

/**
 * A cell of text people typed (or a model read off a receipt). A leading =, +, -, @, tab or CR
 * makes spreadsheets run the cell as a formula, so such text gets a leading apostrophe (OWASP's
 * advice for CSV injection); then the cell is quoted if it needs to be.
 */
export function textCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
