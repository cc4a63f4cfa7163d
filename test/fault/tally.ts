/**
 * What a fault lifetime did and what the check found, summed over lifetimes for the soak, and the
 * lines printed at the end: the seed first, so a failure can be run again.
 */
import type { Verdict } from './check.ts';

export interface FaultCounts {
  cuts: number;
  stalls: number;
  dropped201: number;
  dropped204: number;
  reloads: number;
  /** Reloads and restarts that came while the run's documents were still being sent. */
  reloadsMidUpload: number;
  restarts: number;
  kills: number;
  restartsMidUpload: number;
}

export interface Tally {
  runs: number;
  items: number;
  multiMbItems: number;
  /** Group items (issue 8): one outbox item filed on several siblings' records. */
  groupItems: number;
  bytes: number;
  /** Runs whose documents were not all received within the run's time (they are still checked at the end). */
  slowRuns: number;
  faults: FaultCounts;
  verdict: Verdict;
}

export const emptyFaults = (): FaultCounts => ({
  cuts: 0,
  stalls: 0,
  dropped201: 0,
  dropped204: 0,
  reloads: 0,
  reloadsMidUpload: 0,
  restarts: 0,
  kills: 0,
  restartsMidUpload: 0,
});

export const emptyVerdict = (): Verdict => ({
  lost: 0,
  duplicated: 0,
  corrupted: 0,
  notificationsMissing: 0,
  notificationsDuplicated: 0,
  emailsMissing: 0,
  emailsRepeated: 0,
  unexpected: 0,
  problems: [],
});

export const emptyTally = (): Tally => ({
  runs: 0,
  items: 0,
  multiMbItems: 0,
  groupItems: 0,
  bytes: 0,
  slowRuns: 0,
  faults: emptyFaults(),
  verdict: emptyVerdict(),
});

function addNumbers<T extends object>(into: T, from: T): void {
  for (const [key, value] of Object.entries(from)) {
    const current: unknown = Reflect.get(into, key);
    if (typeof value === 'number' && typeof current === 'number') Reflect.set(into, key, current + value);
  }
}

export function addTally(into: Tally, from: Tally): void {
  addNumbers(into, from);
  addNumbers(into.faults, from.faults);
  addNumbers(into.verdict, from.verdict);
  into.verdict.problems.push(...from.verdict.problems);
}

export function describeTally(t: Tally, seed: number): string[] {
  const f = t.faults;
  const v = t.verdict;
  const mb = (t.bytes / (1024 * 1024)).toFixed(1);
  return [
    `${t.items} documents (${t.multiMbItems} of several MB, ${t.groupItems} group items, ${mb} MB in all) in ${t.runs} runs; ${t.slowRuns} runs took longer than their time`,
    `faults: ${f.cuts} connections cut, ${f.stalls} stalled, ${f.dropped201} tus 201 dropped, ${f.dropped204} final 204 dropped, ` +
      `${f.reloads} page reloads (${f.reloadsMidUpload} mid-upload), ${f.restarts} gateway restarts (${f.kills} killed, ${f.restartsMidUpload} mid-upload)`,
    `notifications: ${v.notificationsMissing} missing, ${v.notificationsDuplicated} duplicated, ${v.emailsMissing} never emailed, ` +
      `${v.emailsRepeated} emailed again with the same Message-ID; ${v.unexpected} unexpected documents`,
    `${t.runs} runs: lost ${v.lost}, duplicated ${v.duplicated}, corrupted ${v.corrupted} (seed ${seed})`,
  ];
}
