/**
 * The arithmetic of a virtualised list: where each row starts, which row is at a given scroll
 * position, and which rows to put in the DOM. Pure, so the rules (never more than `maxRows`, the
 * last row reachable) are unit-tested without a browser.
 */

/** `offsets[i]` is where row i starts; `offsets[count]` is the height of the whole list. */
export function offsetsOf(heights: readonly number[]): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i += 1) offsets[i + 1] = (offsets[i] ?? 0) + (heights[i] ?? 0);
  return offsets;
}

export const totalOf = (offsets: Float64Array): number => offsets[offsets.length - 1] ?? 0;

/** The row at height `y` (clamped to the list), by binary search: the list may hold thousands. */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  if (count <= 0) return 0;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((offsets[mid] ?? 0) <= y) low = mid;
    else high = mid - 1;
  }
  return low;
}

export interface WindowRequest {
  offsets: Float64Array;
  scrollTop: number;
  viewportHeight: number;
  /** Rows kept beyond each edge, so a short scroll or a key press shows rows already laid out. */
  overscan: number;
  /** The most rows ever in the DOM, however tall the viewport. */
  maxRows: number;
}

/** Rows `start` (inclusive) to `end` (exclusive) to render. */
export function visibleRange({ offsets, scrollTop, viewportHeight, overscan, maxRows }: WindowRequest): {
  start: number;
  end: number;
} {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const first = rowAt(offsets, Math.max(0, scrollTop));
  const last = rowAt(offsets, Math.max(0, scrollTop + Math.max(viewportHeight, 1) - 1));
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, last + 1 + overscan, start + maxRows);
  return { start, end };
}
