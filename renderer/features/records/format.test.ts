import { describe, expect, test } from 'vitest';
import { formatCount, formatDate, formatDateTime } from './format.ts';

describe('formatting dates for staff (GOV.UK style, UK time)', () => {
  test('a calendar date reads as day, month name and year, with no time zone shift', () => {
    expect(formatDate('2011-03-14')).toBe('14 March 2011');
    expect(formatDate('2013-01-05')).toBe('5 January 2013');
  });

  test('a moment is shown in UK time: summer time adds an hour, winter time does not', () => {
    expect(formatDateTime('2026-07-01T13:05:00.000Z')).toBe('1 July 2026 at 2:05pm');
    expect(formatDateTime('2026-11-23T09:00:00.000Z')).toBe('23 November 2026 at 9:00am');
    expect(formatDateTime('2026-11-23T00:30:00.000Z')).toBe('23 November 2026 at 12:30am');
  });

  test('counts get thousands separators', () => {
    expect(formatCount(2000)).toBe('2,000');
  });
});
