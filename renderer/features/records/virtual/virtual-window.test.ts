import { describe, expect, test } from 'vitest';
import { offsetsOf, rowAt, totalOf, visibleRange } from './virtual-window.ts';

const rows = (count: number, height: number) => Array.from({ length: count }, () => height);

describe('virtual list window', () => {
  test('offsets add up the row heights, measured ones included', () => {
    const offsets = offsetsOf([100, 50, 120]);
    expect([...offsets]).toEqual([0, 100, 150, 270]);
    expect(totalOf(offsets)).toBe(270);
  });

  test('the row at a height is found at and between row edges', () => {
    const offsets = offsetsOf([100, 50, 120]);
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 99.5)).toBe(0);
    expect(rowAt(offsets, 100)).toBe(1);
    expect(rowAt(offsets, 269)).toBe(2);
    expect(rowAt(offsets, 10_000)).toBe(2);
    expect(rowAt(offsetsOf([]), 10)).toBe(0);
  });

  test('at the top: the visible rows plus overscan below', () => {
    const offsets = offsetsOf(rows(2000, 100));
    expect(visibleRange({ offsets, scrollTop: 0, viewportHeight: 600, overscan: 5, maxRows: 200 })).toEqual({
      start: 0,
      end: 11,
    });
  });

  test('scrolled to the very end, the last of 2,000 rows is rendered', () => {
    const offsets = offsetsOf(rows(2000, 100));
    const scrollTop = totalOf(offsets) - 600;
    const range = visibleRange({ offsets, scrollTop, viewportHeight: 600, overscan: 5, maxRows: 200 });
    expect(range).toEqual({ start: 1989, end: 2000 });
  });

  test('never more than maxRows, even with a viewport taller than the whole list', () => {
    const offsets = offsetsOf(rows(2000, 10));
    const range = visibleRange({ offsets, scrollTop: 0, viewportHeight: 100_000, overscan: 5, maxRows: 200 });
    expect(range.end - range.start).toBe(200);
  });

  test('an empty list renders nothing', () => {
    expect(
      visibleRange({ offsets: offsetsOf([]), scrollTop: 0, viewportHeight: 600, overscan: 5, maxRows: 200 }),
    ).toEqual({ start: 0, end: 0 });
  });
});
