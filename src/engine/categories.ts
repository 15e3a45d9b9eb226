/** The default taxonomy every household starts with (copied from ../shared/spec/categories.json). */
import taxonomy from '../domain/default-categories.json' with { type: 'json' };

export interface CategoryRef {
  readonly slug: string;
  readonly label: string;
  readonly examples?: readonly string[];
}

export const defaultCategories: readonly CategoryRef[] = taxonomy.categories.map((category) => ({
  slug: category.id,
  label: category.label,
  examples: category.examples,
}));
