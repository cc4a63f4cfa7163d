/**
 * A manager's date range is England's days (GMT or BST), not UTC's: the audit filter must take an
 * event at 00:30 BST as that day's, and the changes of the clocks must not lose or add an hour.
 */
import { describe, expect, it } from 'vitest';
import { englandDayEnd, englandDayStart } from './england-day.ts';

describe('englandDayStart / englandDayEnd', () => {
  it('starts a BST day at 23:00 UTC the day before, a GMT day at midnight UTC', () => {
    expect(englandDayStart('2026-10-02')).toBe('2026-10-01T23:00:00.000Z');
    expect(englandDayStart('2026-11-03')).toBe('2026-11-03T00:00:00.000Z');
  });

  it('gives the clocks-change days 25 and 23 hours', () => {
    // 25 October 2026: clocks go back; 29 March 2026: clocks go forward.
    expect(englandDayStart('2026-10-25')).toBe('2026-10-24T23:00:00.000Z');
    expect(englandDayEnd('2026-10-25')).toBe('2026-10-26T00:00:00.000Z');
    expect(englandDayStart('2026-03-29')).toBe('2026-03-29T00:00:00.000Z');
    expect(englandDayEnd('2026-03-29')).toBe('2026-03-29T23:00:00.000Z');
  });

  it('refuses what is not a date', () => {
    expect(() => englandDayStart('yesterday')).toThrow();
  });
});
