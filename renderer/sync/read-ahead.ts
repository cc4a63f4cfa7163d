/**
 * Reading the next ranges of a document while the current one is on the wire (bench
 * sync.drain_vs_bare_tus): tus-js-client asks for a PATCH's bytes only after the previous PATCH was
 * answered, and opening 8 MiB from IndexedDB (read, then AES-GCM) left the connection idle meanwhile.
 * At most `depth` ranges are read ahead, so at most depth + 1 PATCHes' plain bytes are in memory.
 */
export type RangeReader<T> = (start: number, end: number) => Promise<T>;

export interface ReadAhead<T> {
  read: RangeReader<T>;
  /** Lets go of the ranges read ahead and not taken (the upload stopped). */
  drop(): void;
}

interface Ahead<T> {
  start: number;
  end: number;
  value: Promise<T>;
}

/**
 * `read` with read-ahead: when [start, end) is asked for, the `depth` ranges of the same length
 * after it are started. `first` is read at once, before anyone asks (e.g. while the upload is being
 * created). Ranges read ahead that do not follow on from the one asked for (a resume at another
 * offset) are dropped, unread.
 */
export function readAhead<T>(
  size: number,
  read: RangeReader<T>,
  first?: { start: number; end: number },
  depth = 1,
): ReadAhead<T> {
  let ahead: Ahead<T>[] = [];
  const begin = (start: number, end: number) => {
    const value = read(start, end);
    // A failure is reported to whoever takes the range; one nobody takes must not go unhandled.
    value.catch(() => undefined);
    ahead.push({ start, end, value });
  };
  if (first && first.start < size) begin(first.start, Math.min(size, first.end));
  return {
    async read(start, end) {
      const [next, ...rest] = ahead;
      const held = next && next.start === start && next.end === end ? next : null;
      ahead = held ? rest : [];
      const value = held ? held.value : read(start, end);
      // Keep `depth` ranges on the way, each following on from the last.
      let from = ahead.at(-1)?.end ?? end;
      while (ahead.length < depth && from < size) {
        const to = Math.min(size, from + (end - start));
        begin(from, to);
        from = to;
      }
      return value;
    },
    drop() {
      ahead = [];
    },
  };
}
