import { describe, expect, it } from 'vitest';
import { household, only } from './support.ts';

// household "now" is Wednesday 2026-03-18 in Asia/Kolkata.
describe('expense dates', () => {
  it.each([
    ['petrol 900', '2026-03-18'],
    ['petrol 900 today', '2026-03-18'],
    ['petrol 900 yesterday', '2026-03-17'],
    ['pizza 600 last night', '2026-03-17'],
    ['petrol 900 day before yesterday', '2026-03-16'],
    ['petrol 900 4 days ago', '2026-03-14'],
    ['petrol 900 a week ago', '2026-03-11'],
    ['petrol 900 on monday', '2026-03-16'],
    ['petrol 900 tuesday', '2026-03-17'],
    ['petrol 900 on wednesday', '2026-03-18'],
    ['petrol 900 last wednesday', '2026-03-11'],
    ['petrol 900 last friday', '2026-03-13'],
    ['pizza 600 saturday night', '2026-03-14'],
    ['petrol 900 on the 3rd', '2026-03-03'],
    ['petrol 900 on the 25th', '2026-02-25'],
    ['petrol 900 on the 31st', '2026-01-31'],
    ['petrol 900 march 9', '2026-03-09'],
    ['petrol 900 12th march', '2026-03-12'],
    ['petrol 900 on 20 march', '2025-03-20'],
    ['petrol 900 nov 30', '2025-11-30'],
    ['petrol 900 on 2026-02-11', '2026-02-11'],
    ['petrol 900 on 07/03', '2026-03-07'],
    ['petrol 900 on 07/03/2025', '2025-03-07'],
  ])('%s → %s', (text, date) => {
    expect(only(text).date).toBe(date);
  });

  it('resolves in the household zone when the UTC date differs', () => {
    // 20:30 UTC on the 18th is already the 19th in Auckland and still the 18th in Los Angeles.
    const now = new Date('2026-03-18T20:30:00Z');
    expect(only('coffee 5 yesterday', { ...household, timeZone: 'Pacific/Auckland', now }).date).toBe('2026-03-18');
    expect(only('coffee 5', { ...household, timeZone: 'Pacific/Auckland', now }).date).toBe('2026-03-19');
    expect(only('coffee 5', { ...household, timeZone: 'America/Los_Angeles', now }).date).toBe('2026-03-18');
  });

  it('reads numeric dates month first for American households', () => {
    const context = { ...household, timeZone: 'America/New_York', currency: 'USD' };
    expect(only('lunch 12 on 03/07', context).date).toBe('2026-03-07');
    expect(only('lunch 12 on 10/03', context).date).toBe('2025-10-03');
  });
});
