/**
 * The upload screens' addresses in the app's hash router (renderer/features/records/router.ts):
 * #/upload, #/upload/{childId} (from a child's record, the child already chosen) and #/queue.
 */
import { useSyncExternalStore } from 'react';

export type UploadsRoute = { screen: 'upload'; childId: string | null } | { screen: 'queue' };

/** The route for `hash`, or null when it is not one of the upload screens. */
export function parseUploadsHash(hash: string): UploadsRoute | null {
  const parts = (hash.replace(/^#/, '').split('?', 1)[0] ?? '').split('/').filter(Boolean);
  if (parts.length === 1 && parts[0] === 'queue') return { screen: 'queue' };
  if (parts[0] !== 'upload' || parts.length > 2) return null;
  if (parts.length === 1) return { screen: 'upload', childId: null };
  try {
    return { screen: 'upload', childId: decodeURIComponent(parts[1] ?? '') || null };
  } catch {
    return null;
  }
}

export const uploadHref = (childId?: string | null): string =>
  childId ? `#/upload/${encodeURIComponent(childId)}` : '#/upload';

export const queueHref = (): string => '#/queue';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The upload screen the address points at, or null; follows links, Back and Forward. */
export function useUploadsRoute(): UploadsRoute | null {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseUploadsHash(hash);
}
