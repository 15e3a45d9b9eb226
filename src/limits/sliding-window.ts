/**
 * How many times a key (a chat, a client address) may act within a moving window. In memory:
 * it protects one process from one noisy sender, not a fleet from a botnet. The clock is passed
 * in, so tests step time instead of waiting.
 */
export interface Verdict {
  readonly allowed: boolean;
  /** The first refusal since this key was last allowed: the moment to say "slow down", once. */
  readonly firstRefusal: boolean;
}

/** Keys kept at most; the oldest is forgotten first, so a flood of new keys cannot grow memory. */
const MAX_KEYS = 10_000;

export function slidingWindow(options: { limit: number; windowMs: number; now: () => number }): (key: string | number) => Verdict {
  const seen = new Map<string | number, { times: number[]; refused: boolean }>();
  return (key) => {
    const now = options.now();
    const entry = seen.get(key) ?? { times: [], refused: false };
    entry.times = entry.times.filter((time) => now - time < options.windowMs);
    seen.delete(key);
    seen.set(key, entry);
    if (seen.size > MAX_KEYS) seen.delete(seen.keys().next().value as string | number);
    if (entry.times.length >= options.limit) {
      const firstRefusal = !entry.refused;
      entry.refused = true;
      return { allowed: false, firstRefusal };
    }
    entry.times.push(now);
    entry.refused = false;
    return { allowed: true, firstRefusal: false };
  };
}
