import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { toDecimalString } from '../../src/domain/money.ts';
import { confirmExpense, createDraft, discardExpense, type DraftInput } from '../../src/services/expenses.ts';
import { spendByCategory, spendByMember, spendTotals } from '../../src/services/reports.ts';
import { expensesCsv, textCell } from '../../src/web/exports/csv.ts';
import type { ExportExpense, ExportNames } from '../../src/web/exports/export-input.ts';
import { accountPart, expensesJournal } from '../../src/web/exports/hledger.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';
import { createWebTestApp, signIn } from '../support/web.ts';

/**
 * hledger is a Debian package (`.ci/run` installs it and sets KITTY_REQUIRE_HLEDGER=1, so there a
 * missing hledger fails). Elsewhere the journal-through-hledger tests skip with the reason printed.
 */
const hledgerMissing = spawnSync('hledger', ['--version'], { stdio: 'ignore' }).error !== undefined;
if (hledgerMissing && !process.env.KITTY_REQUIRE_HLEDGER) {
  console.warn('Skipping the hledger journal check: hledger is not installed (apt-get install hledger).');
}
const describeWithHledger = hledgerMissing && !process.env.KITTY_REQUIRE_HLEDGER ? describe.skip : describe;
const run = promisify(execFile);

const ARJUN = '11111111-1111-4111-8111-111111111111';
const PRIYA = '22222222-2222-4222-8222-222222222222';
const names: ExportNames = {
  members: [
    { id: ARJUN, displayName: 'Arjun' },
    { id: PRIYA, displayName: 'Priya "P", K.' },
  ],
  categories: [
    { id: 'c-dining', slug: 'dining', label: 'Dining out' },
    { id: 'c-groceries', slug: 'groceries', label: 'Groceries' },
  ],
};

function expense(overrides: Partial<ExportExpense>): ExportExpense {
  return {
    id: 'aaaaaaaa-0000-4000-8000-000000000001',
    spentOn: '2026-03-18',
    description: 'coffee',
    categoryId: 'c-dining',
    categorySlug: 'dining',
    amountMinor: 18000,
    currency: 'INR',
    paidBy: ARJUN,
    shares: [],
    ...overrides,
  };
}

/** RFC 4180 read back, to show the escaping round-trips rather than to match one spelling of it. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return records;
}

describe('the CSV export', () => {
  it('writes a header, exact decimal amounts and each member’s share', () => {
    const csv = expensesCsv(
      [
        expense({ amountMinor: 100001, shares: [{ memberId: ARJUN, shareMinor: 50001 }, { memberId: PRIYA, shareMinor: 50000 }] }),
        expense({ id: 'b', amountMinor: 1200, currency: 'JPY', categoryId: 'c-groceries', categorySlug: 'groceries', paidBy: PRIYA, description: 'onigiri' }),
        expense({ id: 'c', amountMinor: 1234, currency: 'KWD', description: 'tea' }),
        expense({ id: 'd', amountMinor: 99_999_999_999, description: 'a lot' }),
      ],
      names,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['date', 'description', 'category', 'amount', 'currency', 'paid by', 'share Arjun', 'share Priya "P", K.'],
      ['2026-03-18', 'coffee', 'Dining out', '1000.01', 'INR', 'Arjun', '500.01', '500.00'],
      ['2026-03-18', 'onigiri', 'Groceries', '1200', 'JPY', 'Priya "P", K.', '0', '1200'],
      ['2026-03-18', 'tea', 'Dining out', '1.234', 'KWD', 'Arjun', '1.234', '0.000'],
      ['2026-03-18', 'a lot', 'Dining out', '999999999.99', 'INR', 'Arjun', '999999999.99', '0.00'],
    ]);
  });

  it('quotes commas, quotes and line breaks, and defuses text a spreadsheet would run as a formula', () => {
    const tricky = ['Rent, March', 'the "good" dosa', 'line one\nline two', 'cr\r\nlf', '=HYPERLINK("http://evil")', '+1 more', '-5 off', '@sum', 'plain'];
    const csv = expensesCsv(
      tricky.map((description, index) => expense({ id: String(index), description })),
      names,
    );
    const read = parseCsv(csv).slice(1).map((record) => record[1]);
    expect(read).toEqual([
      'Rent, March',
      'the "good" dosa',
      'line one\nline two',
      'cr\r\nlf',
      `'=HYPERLINK("http://evil")`,
      "'+1 more",
      "'-5 off",
      "'@sum",
      'plain',
    ]);
    expect(textCell('a "b"')).toBe('"a ""b"""');
    expect(textCell('a,b')).toBe('"a,b"');
    expect(textCell('plain')).toBe('plain');
    expect(parseCsv(csv)).toHaveLength(tricky.length + 1);
  });
});

describe('the hledger journal', () => {
  it('writes one balanced transaction per expense, oldest first, amounts exact with the currency after', () => {
    const journal = expensesJournal(
      [
        expense({ id: 'bbbbbbbb-0000-4000-8000-000000000002', spentOn: '2026-03-19', description: 'dinner', paidBy: PRIYA, amountMinor: 45000 }),
        expense({ id: 'cccccccc-0000-4000-8000-000000000003', spentOn: '2026-03-18', description: '', categoryId: 'c-groceries', categorySlug: 'groceries', amountMinor: 1234, currency: 'KWD' }),
      ],
      names,
      'Kitty: Home, 2026-03',
    );
    expect(journal).toBe(
      [
        '; Kitty: Home, 2026-03',
        'decimal-mark .',
        '',
        '2026-03-18 * (cccccccc) Groceries',
        '    ; kitty:cccccccc-0000-4000-8000-000000000003',
        '    expenses:groceries    1.234 KWD',
        '    assets:Arjun',
        '',
        '2026-03-19 * (bbbbbbbb) dinner',
        '    ; kitty:bbbbbbbb-0000-4000-8000-000000000002',
        '    expenses:dining    450.00 INR',
        '    assets:Priya-P-K',
        '',
      ].join('\n'),
    );
  });

  it('keeps account names and descriptions from breaking the journal’s syntax', () => {
    expect(accountPart('Priya K.')).toBe('Priya-K');
    expect(accountPart('a:b  (c) [d]; e')).toBe('a-b-c-d-e');
    expect(accountPart('Zoë 李')).toBe('Zoë-李');
    const twins = expensesJournal([expense({ paidBy: PRIYA })], {
      ...names,
      members: [
        { id: ARJUN, displayName: 'Sam' },
        { id: PRIYA, displayName: 'sam' },
      ],
    });
    expect(twins).toContain('    assets:sam-2\n');
    const tricky = expensesJournal([expense({ description: '(x) cake; for\nmum' })], names);
    expect(tricky).toContain('2026-03-18 * (aaaaaaaa) (x) cake, for mum\n');
  });
});

describeWithHledger('the exports of a real month, read by hledger', () => {
  let handle: DatabaseHandle;
  let home: TestHousehold;
  let app: ReturnType<typeof createWebTestApp>['app'];
  let cookie: string;
  let folder: string;
  const march = { start: '2026-03-01', end: '2026-03-31' };

  async function log(scope: HouseholdScope, input: DraftInput, settle: 'confirm' | 'discard' | 'leave' = 'confirm') {
    const draft = await createDraft(handle.db, scope, input);
    if (settle === 'confirm') await confirmExpense(handle.db, scope, draft.id);
    if (settle === 'discard') await discardExpense(handle.db, scope, draft.id);
  }

  beforeAll(async () => {
    handle = await openTestDatabase();
    home = await createTestHousehold(handle.db, { name: 'Home; "sweet" home' });
    const { arjun, priya } = home;
    await log(arjun, { description: 'milk', amount: '60.5', category: 'groceries', date: '2026-03-01' });
    await log(priya, { description: 'Swiggy dinner, "biryani"', amount: '540', category: 'dining', date: '2026-03-02', paidBy: priya.memberId, split: { kind: 'equal' } });
    await log(arjun, { description: '(late) auto; back home', amount: '85.25', category: 'transport', date: '2026-03-05' });
    await log(arjun, { description: 'rent', amount: '25000', category: 'housing', date: '2026-03-10', split: { kind: 'percent', percents: { [arjun.memberId]: 60, [priya.memberId]: 40 } } });
    await log(priya, { description: 'groceries\nweekly', amount: '1999.99', category: 'groceries', date: '2026-03-31', paidBy: priya.memberId });
    await log(arjun, { description: 'books', amount: '12.5', currency: 'USD', category: 'education', date: '2026-03-15' });
    // None of these is March's spending: a draft, a discarded one, and the months either side.
    await log(arjun, { description: 'undecided', amount: '999', category: 'other', date: '2026-03-12' }, 'leave');
    await log(arjun, { description: 'mistake', amount: '888', category: 'other', date: '2026-03-13' }, 'discard');
    await log(arjun, { description: 'february', amount: '777', category: 'dining', date: '2026-02-28' });
    await log(arjun, { description: 'april', amount: '666', category: 'dining', date: '2026-04-01' });
    ({ app } = createWebTestApp(handle.db));
    ({ cookie } = await signIn(handle.db, home.arjun));
    folder = await mkdtemp(join(tmpdir(), 'kitty-export-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await handle.close();
  });

  async function download(path: string): Promise<{ body: string; disposition: string | null }> {
    const response = await app.request(path, { headers: { cookie } });
    expect(response.status).toBe(200);
    return { body: await response.text(), disposition: response.headers.get('content-disposition') };
  }

  async function hledger(journal: string, args: string[]): Promise<string[][]> {
    const file = join(folder, `${crypto.randomUUID()}.journal`);
    await writeFile(file, journal);
    const { stdout } = await run('hledger', ['-f', file, ...args, '-O', 'csv']);
    return parseCsv(stdout.replaceAll(/\r?\n/g, '\r\n'));
  }

  it('gives the dashboard’s totals by category, by payer and overall', async () => {
    const { body, disposition } = await download('/expenses/export.journal?month=2026-03');
    expect(disposition).toBe('attachment; filename="kitty-2026-03.journal"');

    const byCategory = await hledger(body, ['balance', 'expenses', '--flat', '--layout=bare']);
    const expected = (await spendByCategory(handle.db, home.arjun, march)).map((total) => [
      `expenses:${total.slug}`,
      total.currency,
      toDecimalString(total.totalMinor, total.currency),
    ]);
    const withoutTotal = (table: string[][]) => table.slice(1).filter((row) => row[0] !== 'total');
    expect(withoutTotal(byCategory).sort()).toEqual(expected.sort());
    expect(expected).toContainEqual(['expenses:groceries', 'INR', '2060.49']);

    const overall = byCategory.filter((row) => row[0] === 'total').map((row) => [row[1], row[2]]);
    const dashboard = (await spendTotals(handle.db, home.arjun, march)).map((total) => [total.currency, toDecimalString(total.totalMinor, total.currency)]);
    expect(overall.sort()).toEqual(dashboard.sort());
    expect(dashboard).toContainEqual(['INR', '27685.74']);

    // What each member paid is what left their account.
    const byPayer = withoutTotal(await hledger(body, ['balance', 'assets', '--flat', '--layout=bare']));
    const paid = (await spendByMember(handle.db, home.arjun, march)).map((total) => [
      `assets:${total.displayName}`,
      total.currency,
      `-${toDecimalString(total.totalMinor, total.currency)}`,
    ]);
    expect(byPayer.sort()).toEqual(paid.sort());
  });

  it('writes one transaction per expense, descriptions on one line and no `;` to start a comment', async () => {
    const { body } = await download('/expenses/export.journal?month=2026-03');
    const register = await hledger(body, ['register', 'expenses']);
    const descriptions = register.slice(1).map((row) => row[3]);
    expect(descriptions).toEqual(['milk', 'Swiggy dinner, "biryani"', '(late) auto, back home', 'rent', 'books', 'groceries weekly']);
  });

  it('exports the same month as CSV whose amounts add up to the same totals', async () => {
    const { body, disposition } = await download('/expenses/export.csv?month=2026-03');
    expect(disposition).toBe('attachment; filename="kitty-2026-03.csv"');
    const [header, ...records] = parseCsv(body);
    expect(header).toEqual(['date', 'description', 'category', 'amount', 'currency', 'paid by', 'share Arjun', 'share Priya']);
    expect(records).toHaveLength(6);
    const inr = records.filter((record) => record[4] === 'INR');
    const paise = inr.reduce((sum, record) => sum + BigInt(record[3]!.replace('.', '')), 0n);
    expect(paise).toBe(2_768_574n);
    const rent = records.find((record) => record[1] === 'rent');
    expect(rent?.slice(3)).toEqual(['25000.00', 'INR', 'Arjun', '15000.00', '10000.00']);
    const filtered = parseCsv((await download('/expenses/export.csv?month=2026-03&category=dining')).body);
    expect(filtered.slice(1).map((record) => record[1])).toEqual(['Swiggy dinner, "biryani"']);
    expect((await app.request('/expenses/export.csv?month=2026-3', { headers: { cookie } })).status).toBe(400);
  });
});
