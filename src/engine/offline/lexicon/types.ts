/**
 * A category's vocabulary in tiers. Tiers are weights, not a ranking of importance: a message is
 * scored by summing its matches, so "kids shoes" lands in kids (a purpose word) and not in
 * shopping (an item word), and "gym membership" in health rather than subscriptions.
 */
export interface CategoryWords {
  /** Says who or what the money was for, and beats item words: "kids", "gift", "donation". */
  readonly purpose?: readonly string[];
  /** Brands and unambiguous words: "swiggy", "petrol", "vet". */
  readonly strong?: readonly string[];
  /** Ordinary item words: "lunch", "shoes", "bus". */
  readonly normal?: readonly string[];
  /** Hints that lose to anything else: "food", "bill", "recharge". */
  readonly weak?: readonly string[];
}

export type Lexicon = Readonly<Record<string, CategoryWords>>;
