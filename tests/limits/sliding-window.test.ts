import { describe, expect, it } from 'vitest';
import { slidingWindow } from '../../src/limits/sliding-window.ts';

describe('slidingWindow', () => {
  it('allows the limit per window per key, marks the first refusal only, and frees up as time moves', () => {
    let now = 0;
    const allow = slidingWindow({ limit: 2, windowMs: 1000, now: () => now });

    expect([allow('a'), allow('a')].map((verdict) => verdict.allowed)).toEqual([true, true]);
    expect(allow('a')).toEqual({ allowed: false, firstRefusal: true });
    expect(allow('a')).toEqual({ allowed: false, firstRefusal: false });
    expect(allow('b').allowed).toBe(true);

    now = 999;
    expect(allow('a').allowed).toBe(false);
    now = 1000;
    expect(allow('a')).toEqual({ allowed: true, firstRefusal: false });
    expect(allow('a')).toEqual({ allowed: true, firstRefusal: false });
    expect(allow('a')).toEqual({ allowed: false, firstRefusal: true });
  });
});
