/** One row of bench/results.json, as ../shared/BENCH.md specifies. */
export interface Figure {
  id: string;
  value: number;
  unit: string;
  goal: number | null;
  better: 'lower' | 'higher';
  runs: number;
  baseline?: string;
  note?: string;
}
