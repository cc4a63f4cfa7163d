/**
 * Reading the next range of a document while the current one is on the wire (bench
 * sync.drain_vs_bare_tus): tus-js-client asks for a PATCH's bytes only after the previous PATCH was
 * answered, and opening 8 MiB from IndexedDB (read, then AES-GCM) left the connection idle meanwhile.
 * At most one range is read ahead, so at most two PATCHes' plain bytes are in memory at once.
 */
export type RangeReader<T> = (start: number, end: number) => Promise<T>;

export interface ReadAhead<T> {
  read: RangeReader<T>;
  /** Lets go of a range read ahead and not taken (the upload stopped). */
  drop(): void;
}

interface Ahead<T> {
  start: number;
  end: number;
  value: Promise<T>;
}

/**
 * `read` with read-ahead: when [start, end) has been read, [end, end + (end - start)) is started.
 * `first` is read at once, before anyone asks (e.g. while the upload is being created). A range
 * read ahead that is not the one asked for next (a resume at another offset) is dropped, unread.
 */
export function readAhead<T>(
  size: number,
  read: RangeReader<T>,
  first?: { start: number; end: number },
): ReadAhead<T> {
  let ahead: Ahead<T> | null = null;
  const begin = (start: number, end: number) => {
    const value = read(start, end);
    // A failure is reported to whoever takes the range; one nobody takes must not go unhandled.
    value.catch(() => undefined);
    ahead = { start, end, value };
  };
  if (first && first.start < size) begin(first.start, Math.min(size, first.end));
  return {
    async read(start, end) {
      const held: Ahead<T> | null = ahead;
      ahead = null;
      const value = await (held && held.start === start && held.end === end ? held.value : read(start, end));
      if (end < size) begin(end, Math.min(size, end + (end - start)));
      return value;
    },
    drop() {
      ahead = null;
    },
  };
}
