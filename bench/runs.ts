// Repeats a measurement the way ../shared/BENCH.md asks: warm-up runs first (thrown away), then
// several runs whose median is the figure. The runs are kept, so a note can say how they spread.

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export const round = (value: number, places: number): number => Number(value.toFixed(places));

/** Runs `once` `warmUp + runs` times, in order, and answers the results of the last `runs`. */
export async function repeat<T>(
  warmUp: number,
  runs: number,
  once: (run: number) => Promise<T>,
): Promise<T[]> {
  const kept: T[] = [];
  for (let run = 0; run < warmUp + runs; run += 1) {
    const result = await once(run);
    if (run >= warmUp) kept.push(result);
  }
  return kept;
}

/** "median 1.8 (1.6–2.1)": the figure with the range of its runs, for a note. */
export function spread(values: readonly number[], places = 2): string {
  return `median ${round(median(values), places)} (${round(Math.min(...values), places)}–${round(Math.max(...values), places)})`;
}
