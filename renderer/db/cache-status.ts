/**
 * When the records saved on this device were last brought up to date, for the offline banner's
 * "last updated" (guidance: staff must know how old what they read offline is).
 */
import { create } from 'zustand';

export interface CacheStatus {
  /** ISO time of the newest cached answer for the signed-in person's home; null if none. */
  updatedAt: string | null;
}

export const useCacheStatus = create<CacheStatus>()(() => ({ updatedAt: null }));

export function cacheUpdatedAt(at: string | null): void {
  useCacheStatus.setState({ updatedAt: at });
}

/** Records one more answer saved at `at`. */
export function cacheSaved(at: string): void {
  const { updatedAt } = useCacheStatus.getState();
  if (!updatedAt || at > updatedAt) useCacheStatus.setState({ updatedAt: at });
}
