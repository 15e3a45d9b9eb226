import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { addCategory, slugFromLabel, updateCategory } from '../../src/services/category-admin.ts';
import { listCategories } from '../../src/services/categories.ts';
import { createDraft } from '../../src/services/expenses.ts';
import { expectRejection } from '../support/kitty-errors.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold } from '../support/households.ts';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterAll(() => handle.close());

describe('slugFromLabel', () => {
  it('makes slugs shaped like the default ones', () => {
    expect(slugFromLabel('Eating out')).toBe('eating_out');
    expect(slugFromLabel('  Café & Bakery!! ')).toBe('cafe_bakery');
    expect(slugFromLabel('किराना')).toBe('category');
    expect(slugFromLabel('x'.repeat(60))).toHaveLength(40);
  });
});

describe('addCategory', () => {
  it('adds a visible category at the end with a slug other services accept', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const before = await listCategories(handle.db, arjun);
    const added = await addCategory(handle.db, arjun, { label: '  Eating   out ' });
    expect(added).toMatchObject({ householdId: arjun.householdId, label: 'Eating out', slug: 'eating_out', hidden: false });
    const after = await listCategories(handle.db, arjun);
    expect(after.at(-1)?.id).toBe(added.id);
    expect(after).toHaveLength(before.length + 1);
    const draft = await createDraft(handle.db, arjun, { amount: '450', category: 'eating_out', date: '2026-03-18' });
    expect(draft.categoryId).toBe(added.id);
  });

  it('keeps slugs unique when two labels make the same one', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const first = await addCategory(handle.db, arjun, { label: 'Kids & school' });
    const second = await addCategory(handle.db, arjun, { label: 'Kids school' });
    expect([first.slug, second.slug]).toEqual(['kids_school', 'kids_school_2']);
    // A label whose slug collides with a default category's slug.
    expect((await addCategory(handle.db, arjun, { label: 'Groceries!' })).slug).toBe('groceries_2');
  });

  it('refuses a duplicate name in any case, a hidden one included, and an empty or long one', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const error = await expectRejection(addCategory(handle.db, arjun, { label: 'groceries' }), 'conflict', 'label');
    expect(error.message).toContain('"Groceries"');
    const pets = (await listCategories(handle.db, arjun)).find((category) => category.slug === 'pets')!;
    await updateCategory(handle.db, arjun, pets.id, { hidden: true });
    expect((await expectRejection(addCategory(handle.db, arjun, { label: 'PETS' }), 'conflict', 'label')).message).toContain('hidden');
    await expectRejection(addCategory(handle.db, arjun, { label: '   ' }), 'invalid_input', 'label');
    await expectRejection(addCategory(handle.db, arjun, { label: 'x'.repeat(41) }), 'invalid_input', 'label');
  });

  it('lets only one of two simultaneous adds of the same name through', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const results = await Promise.allSettled([addCategory(handle.db, arjun, { label: 'Plants' }), addCategory(handle.db, arjun, { label: 'plants' })]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    // The loser is told why, not failed by the unique slug index.
    const refused = results.find((result) => result.status === 'rejected');
    expect(refused?.reason).toMatchObject({ name: 'KittyError', code: 'conflict', field: 'label' });
    const labels = (await listCategories(handle.db, arjun)).map((category) => category.label.toLowerCase());
    expect(labels.filter((label) => label === 'plants')).toHaveLength(1);
  });

  it('is for admins only', async () => {
    const { priya } = await createTestHousehold(handle.db);
    const before = await listCategories(handle.db, priya, { includeHidden: true });
    await expectRejection(addCategory(handle.db, priya, { label: 'Plants' }), 'forbidden');
    expect(await listCategories(handle.db, priya, { includeHidden: true })).toEqual(before);
  });
});

describe('updateCategory', () => {
  it('renames without changing the slug, and hides and shows', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const dining = (await listCategories(handle.db, arjun)).find((category) => category.slug === 'dining')!;
    const renamed = await updateCategory(handle.db, arjun, dining.id, { label: 'Restaurants' });
    expect(renamed).toMatchObject({ id: dining.id, slug: 'dining', label: 'Restaurants' });
    // Changing only the case of its own name is not a clash.
    expect((await updateCategory(handle.db, arjun, dining.id, { label: 'restaurants' })).label).toBe('restaurants');
    await updateCategory(handle.db, arjun, dining.id, { hidden: true });
    expect((await listCategories(handle.db, arjun)).map((category) => category.id)).not.toContain(dining.id);
    await updateCategory(handle.db, arjun, dining.id, { hidden: false });
    expect((await listCategories(handle.db, arjun)).map((category) => category.id)).toContain(dining.id);
  });

  it('refuses a name another category has', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const dining = (await listCategories(handle.db, arjun)).find((category) => category.slug === 'dining')!;
    await expectRejection(updateCategory(handle.db, arjun, dining.id, { label: 'Groceries' }), 'conflict', 'label');
    expect((await listCategories(handle.db, arjun)).find((category) => category.id === dining.id)?.label).toBe('Dining out');
  });

  it('keeps at least one category visible', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const all = await listCategories(handle.db, arjun);
    for (const category of all.slice(1)) await updateCategory(handle.db, arjun, category.id, { hidden: true });
    await expectRejection(updateCategory(handle.db, arjun, all[0]!.id, { hidden: true }), 'invalid_input', 'hidden');
    expect(await listCategories(handle.db, arjun)).toHaveLength(1);
  });

  it("treats another household's category, or no id at all, as not found and changes nothing", async () => {
    const ours = await createTestHousehold(handle.db);
    const theirs = await createTestHousehold(handle.db);
    const [their] = await listCategories(handle.db, theirs.arjun);
    await expectRejection(updateCategory(handle.db, ours.arjun, their!.id, { label: 'Mine now' }), 'not_found');
    await expectRejection(updateCategory(handle.db, ours.arjun, 'groceries', { hidden: true }), 'not_found');
    expect((await listCategories(handle.db, theirs.arjun))[0]).toEqual(their);
  });

  it('is for admins only', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    const [first] = await listCategories(handle.db, arjun);
    await expectRejection(updateCategory(handle.db, priya, first!.id, { hidden: true }), 'forbidden');
    expect((await listCategories(handle.db, arjun))[0]).toEqual(first);
  });
});
