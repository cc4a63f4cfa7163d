/** The "Hard copies to mark" screen's address in the app's hash router: #/hard-copies. */
import { useSyncExternalStore } from 'react';

export const HARD_COPIES_HREF = '#/hard-copies';

/** True when `hash` is the hard copies screen's address. */
export function isHardCopiesHash(hash: string): boolean {
  const parts = (hash.replace(/^#/, '').split('?', 1)[0] ?? '').split('/').filter(Boolean);
  return parts.length === 1 && parts[0] === 'hard-copies';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Whether the address points at the hard copies screen; follows links, Back and Forward. */
export function useHardCopiesRoute(): boolean {
  return isHardCopiesHash(useSyncExternalStore(subscribe, () => window.location.hash));
}
