import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { offsetsOf, rowAt, totalOf, visibleRange } from './virtual-window.ts';

/** The DOM never holds more rows than this (BENCH.md `records.case_notes_dom_rows` ≤ 200). */
export const MAX_ROWS = 200;
/** Rows laid out beyond each edge of the viewport, so arrow keys and short wheel turns show rows at once. */
const OVERSCAN = 6;

interface VirtualListProps<T> {
  items: readonly T[];
  itemKey(item: T): string;
  renderItem(item: T): ReactNode;
  /** A first guess at a row's height in px; each row is measured once it has been in the DOM. */
  estimatedHeight: number;
  /** The id of the heading that names the list, for screen readers. */
  labelledBy: string;
  describedBy?: string;
}

/**
 * A list that renders only the rows in and near view, with measured row heights (notes differ in
 * length and wrap differently at each window width). The scroll container is focusable, so the
 * keyboard scrolls it natively (arrows, Page Up/Down, Home, End); each row carries aria-setsize and
 * aria-posinset, so a screen reader announces "note 5 of 2,000" although only a few are present.
 */
export function VirtualList<T>({
  items,
  itemKey,
  renderItem,
  estimatedHeight,
  labelledBy,
  describedBy,
}: VirtualListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  // Measured heights by item key: a key keeps its height when a filter changes the row's index.
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(0);
  // Where to scroll once the DOM has the new heights: keeps the rows in view from jumping.
  const pendingScroll = useRef<number | null>(null);

  const offsets = useMemo(
    () => offsetsOf(items.map((item) => heights.current.get(itemKey(item)) ?? estimatedHeight)),
    // `measured` changes when a height was learnt: the map itself is mutated in place.
    [items, itemKey, estimatedHeight, measured],
  );
  const { start, end } = visibleRange({
    offsets,
    scrollTop,
    viewportHeight,
    overscan: OVERSCAN,
    maxRows: MAX_ROWS,
  });

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() => setViewportHeight(element.clientHeight));
    observer.observe(element);
    setViewportHeight(element.clientHeight);
    return () => observer.disconnect();
  }, []);

  // After every render: apply a pending scroll, then learn the heights of the rows now in the DOM.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    if (pendingScroll.current !== null) {
      element.scrollTop = pendingScroll.current;
      pendingScroll.current = null;
      setScrollTop(element.scrollTop);
    }
    const anchor = rowAt(offsets, element.scrollTop);
    let changed = false;
    let shiftAbove = 0;
    for (const row of element.querySelectorAll<HTMLElement>('[data-row-index]')) {
      const index = Number(row.dataset.rowIndex);
      const item = items[index];
      if (item === undefined) continue;
      const key = itemKey(item);
      const height = row.getBoundingClientRect().height;
      const before = heights.current.get(key) ?? estimatedHeight;
      if (Math.abs(height - before) < 0.5) continue;
      heights.current.set(key, height);
      changed = true;
      if (index < anchor) shiftAbove += height - before;
    }
    if (!changed) return;
    // Whoever is at the end (End key, last wheel turn) stays at the end as heights settle;
    // otherwise the row at the top of the view stays put while rows above it change height.
    const atEnd = element.scrollTop + element.clientHeight >= element.scrollHeight - 2;
    pendingScroll.current = atEnd ? element.scrollHeight * 2 : element.scrollTop + shiftAbove;
    setMeasured((n) => n + 1);
  });

  const rows: ReactNode[] = [];
  for (let index = start; index < end; index += 1) {
    const item = items[index];
    if (item === undefined) continue;
    rows.push(
      <li
        key={itemKey(item)}
        className="hearth-virtual-list__row"
        data-row-index={index}
        aria-setsize={items.length}
        aria-posinset={index + 1}
        style={{ top: offsets[index] ?? 0 }}
      >
        {renderItem(item)}
      </li>,
    );
  }

  return (
    <div
      ref={scroller}
      className="hearth-virtual-list"
      // Focusable so keyboard users can scroll it (WCAG 2.1.1); named by its heading.
      tabIndex={0}
      role="region"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ul className="hearth-virtual-list__rows" style={{ height: totalOf(offsets) }}>
        {rows}
      </ul>
    </div>
  );
}
