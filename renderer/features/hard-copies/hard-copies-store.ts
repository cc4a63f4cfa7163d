/**
 * The home's hard copies still to mark (guidance 001), held once for the navigation's count and the
 * screen. Loaded like every record list (features/records/load-record.ts): from the gateway, saved
 * encrypted on the device, and read from that saved copy offline (marked "last updated"). Marking
 * needs the gateway: it is the record of who marked what, when.
 */
import { create } from 'zustand';
import { HardCopiesToMark, HardCopyStatus, type HardCopyToMark } from '../../../shared/api/hard-copies.ts';
import { apiPost, type ApiResult } from '../../api/client.ts';
import { loadRecord, type LoadFailure } from '../records/load-record.ts';
import { HARD_COPIES_CACHE_KEY } from './cache-key.ts';

export const HARD_COPIES_PATH = '/api/v1/hard-copies';

const request = {
  path: HARD_COPIES_PATH,
  schema: HardCopiesToMark,
  cacheKey: HARD_COPIES_CACHE_KEY,
  save: true,
};

export type HardCopiesView =
  | { state: 'loading' }
  | { state: 'shown'; hardCopies: HardCopyToMark[]; offline: boolean; fetchedAt: string | null }
  | { state: 'failed'; error: LoadFailure; message: string };

interface HardCopiesStore {
  view: HardCopiesView;
  /** Loads again; a load that finishes after a newer one started is dropped. */
  refresh(): Promise<void>;
  /** Forgets what was shown (sign-out): the next person loads their own home's. */
  reset(): void;
}

let generation = 0;

export const useHardCopies = create<HardCopiesStore>()((set) => ({
  view: { state: 'loading' },
  async refresh() {
    const mine = (generation += 1);
    const loaded = await loadRecord(request);
    if (mine !== generation) return;
    if (loaded.state === 'shown') {
      const { hardCopies } = loaded.value;
      set({ view: { state: 'shown', hardCopies, offline: loaded.offline, fetchedAt: loaded.fetchedAt } });
    } else if (loaded.state === 'failed') {
      set({ view: { state: 'failed', error: loaded.error, message: loaded.message } });
    }
  },
  reset() {
    generation += 1;
    set({ view: { state: 'loading' } });
  },
}));

/** How many wait to be marked, for the navigation; null until known. */
export const useHardCopiesCount = (): number | null =>
  useHardCopies((s) => (s.view.state === 'shown' ? s.view.hardCopies.length : null));

/** "I have marked the hard copy": recorded by the gateway with who and when, then the list reloads. */
export async function markHardCopy(documentId: string): Promise<ApiResult<HardCopyStatus>> {
  const result = await apiPost(
    `${HARD_COPIES_PATH}/${encodeURIComponent(documentId)}/marked`,
    {},
    HardCopyStatus,
  );
  await useHardCopies.getState().refresh();
  return result;
}
