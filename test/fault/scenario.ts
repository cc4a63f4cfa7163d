/**
 * What one fault run does, drawn from a seed (issue 4 "Proof": a seeded fault suite): the files a
 * manager queues (mostly small, some of several MB) and what goes wrong while they are sent.
 * - The run's fault proxy plan holds for the whole run: every connection the device opens may be
 *   cut after a random number of bytes, and may stall before a byte flows.
 * - One-off events follow in a random order: the tus 201 (upload created; for a file of at most a
 *   PATCH, the create carries all its bytes, so it is the final answer too) or the final 204 (last
 *   bytes of a PATCH acknowledged) is dropped once, the page is reloaded, the gateway is killed
 *   (SIGKILL) or stopped (SIGTERM) and started again.
 * A run is drawn from its own generator (seed and run number), so it is the same whichever device
 * runs it and whenever; only the timing of a real browser and a real gateway is not replayed.
 */
import { seededRandom } from '../support/fault-proxy.ts';
import type { FaultPlan } from '../support/fault-proxy.ts';
import { PATCH_BYTES } from '../../renderer/sync/tus-send.ts';
import type { StopSignal } from './gateway-process.ts';

const KiB = 1024;
const MiB = 1024 * KiB;

export type FaultEvent =
  | { kind: 'drop'; status: 201 | 204 }
  | { kind: 'reload'; afterMs: number }
  | { kind: 'restart'; afterMs: number; signal: StopSignal; downMs: number };

export interface RunPlan {
  index: number;
  /**
   * Each file queued: its size in bytes, which of the uploader's children (a fraction of the list),
   * whether it is a group item for sibling group members placed in the home (issue 8), and which of
   * them (a fraction: `groupSubset`).
   */
  files: { size: number; child: number; group: boolean; members: number }[];
  /** Faults on every connection of the run (test/support/fault-proxy.ts). */
  proxy: FaultPlan;
  /** One-off faults, in the order they happen. */
  events: FaultEvent[];
  /** Seed of the run's fault proxy, so its cut points are replayed too. */
  proxySeed: number;
}

/** How harsh the runs are: the quick suite and the soak differ only in these numbers. */
export interface Profile {
  /** Chance that a file is of several MB, and the largest such file. */
  multiMbChance: number;
  maxMultiMb: number;
  cutChance: number;
  stallChance: number;
  /** Chance of each one-off event in a run. */
  dropChance: number;
  reloadChance: number;
  restartChance: number;
}

export const QUICK: Profile = {
  multiMbChance: 0.3,
  maxMultiMb: 6 * MiB,
  cutChance: 0.6,
  stallChance: 0.4,
  dropChance: 0.4,
  reloadChance: 0.3,
  restartChance: 0.2,
};

/** A thousand runs must finish in reasonable time: smaller big files, fewer restarts (every device waits). */
export const SOAK: Profile = {
  multiMbChance: 0.15,
  maxMultiMb: 4 * MiB,
  cutChance: 0.5,
  stallChance: 0.3,
  dropChance: 0.3,
  reloadChance: 0.12,
  restartChance: 0.06,
};

/** Every kind of fault the issue names; `cover` makes run i include kind i (the quick suite's promise). */
export const FAULT_KINDS = ['cut', 'drop-201', 'drop-204', 'stall', 'reload', 'restart', 'multi-mb'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A run's own seed from the suite's seed and the run's number (a 32-bit mix, so nearby runs differ). */
export function mixSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

const between = (random: () => number, min: number, max: number) => Math.round(min + random() * (max - min));

function fileSize(random: () => number, profile: Profile, big: boolean): number {
  if (big) return between(random, 1 * MiB, profile.maxMultiMb);
  // Log-uniform from 8 KiB to 512 KiB: many letters and forms, some scans.
  return Math.round(8 * KiB * 64 ** random());
}

function shuffle<T>(random: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/**
 * The siblings a group item is for, as a manager ticks them (004: "select only the relevant two
 * children"): one of the subsets of two or more of `ids` (kept in their order), chosen by `fraction`.
 */
export function groupSubset(ids: readonly string[], fraction: number): string[] {
  const subsets: string[][] = [];
  for (let mask = 1; mask < 1 << ids.length; mask++) {
    const subset = ids.filter((_, i) => (mask & (1 << i)) !== 0);
    if (subset.length >= 2) subsets.push(subset);
  }
  return subsets[Math.min(subsets.length - 1, Math.floor(fraction * subsets.length))] ?? [...ids];
}

/** About one item in three is a group item where the uploader's home has siblings (issue 8). */
export const GROUP_ITEM_CHANCE = 0.35;

export function drawRun(seed: number, index: number, profile: Profile, cover?: FaultKind): RunPlan {
  const random = seededRandom(mixSeed(seed, index));
  // Group items are drawn from a stream of their own, so every other draw of a seed is unchanged.
  const groupRandom = seededRandom(mixSeed(seed ^ 0x2545f491, index));
  const count = 1 + Math.floor(random() * 3);
  const files = Array.from({ length: count }, (_, i) => {
    const big = ((cover === 'multi-mb' || cover === 'cut') && i === 0) || random() < profile.multiMbChance;
    const size = fileSize(random, profile, big);
    return {
      // A final 204 needs a PATCH: only a file over one request's bytes is sent by create, then PATCH.
      size: cover === 'drop-204' && i === 0 ? PATCH_BYTES + size : size,
      child: random(),
      group: groupRandom() < GROUP_ITEM_CHANCE,
      members: groupRandom(),
    };
  });
  const proxy: FaultPlan = {};
  if (cover === 'cut' || random() < profile.cutChance) {
    // Never below a sixth of the largest file: each connection moves the upload on, so a run ends.
    const min = Math.max(
      32 * KiB,
      Math.round(Math.max(...files.map((f) => f.size)) / 6),
      between(random, 32 * KiB, 512 * KiB),
    );
    proxy.cutUpstreamAfter = { min, max: min + between(random, 0, 4 * MiB) };
  }
  if (cover === 'stall' || random() < profile.stallChance) {
    proxy.stall = {
      probability: cover === 'stall' ? 1 : 0.2 + random() * 0.3,
      ms: between(random, 200, 2_000),
    };
  }
  const events: FaultEvent[] = [];
  const drops: (201 | 204)[] = [];
  if (cover === 'drop-201' || random() < profile.dropChance) drops.push(201);
  if (cover === 'drop-204' || random() < profile.dropChance) drops.push(204);
  events.push(...shuffle(random, drops).map((status) => ({ kind: 'drop' as const, status })));
  const later: FaultEvent[] = [];
  if (cover === 'reload' || random() < profile.reloadChance) {
    later.push({ kind: 'reload', afterMs: between(random, 0, 800) });
  }
  if (cover === 'restart' || random() < profile.restartChance) {
    // The quick suite's restart is a kill: the harsher of the two is the one it must not miss.
    const signal: StopSignal = random() < 0.5 || cover === 'restart' ? 'SIGKILL' : 'SIGTERM';
    later.push({
      kind: 'restart',
      afterMs: between(random, 0, 800),
      signal,
      downMs: between(random, 100, 1_500),
    });
  }
  events.push(...shuffle(random, later));
  return { index, files, proxy, events, proxySeed: mixSeed(seed ^ 0x5bd1e995, index) };
}
