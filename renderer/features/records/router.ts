/**
 * The records screens' addresses, kept in the URL's hash: #/children, #/children/{id},
 * #/children/{id}/documents, #/children/{id}/case-notes, #/children/{id}/group. A hash router because the app is served
 * from `app://hearth/` in Electron and from the gateway in a browser: only the fragment is ours
 * on both, and Electron does not treat a fragment change as a navigation to guard. Addresses
 * carry ids only, never names or search words: the browser keeps them in its history files.
 */
import { useSyncExternalStore } from 'react';

export type ChildScreen = 'summary' | 'documents' | 'case-notes' | 'group';

export type RecordsRoute =
  { screen: 'children' } | { screen: ChildScreen; childId: string } | { screen: 'unknown' };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Reads a hash such as `#/children/child-leo-hartley/case-notes`. */
export function parseHash(hash: string): RecordsRoute {
  const parts = hash.replace(/^#/, '').split('/').filter(Boolean);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'children')) return { screen: 'children' };
  if (parts[0] !== 'children' || parts.length > 3 || !parts[1]) return { screen: 'unknown' };
  const childId = decode(parts[1]);
  if (!childId) return { screen: 'unknown' };
  if (parts.length === 2) return { screen: 'summary', childId };
  if (parts[2] === 'documents') return { screen: 'documents', childId };
  if (parts[2] === 'case-notes') return { screen: 'case-notes', childId };
  // The child's sibling group page (004), reached from their summary.
  if (parts[2] === 'group') return { screen: 'group', childId };
  return { screen: 'unknown' };
}

export const CHILDREN_HREF = '#/children';

export function childHref(childId: string, screen: ChildScreen = 'summary'): string {
  const base = `#/children/${encodeURIComponent(childId)}`;
  return screen === 'summary' ? base : `${base}/${screen}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route; re-renders when the hash changes (links, back and forward). */
export function useRoute(): RecordsRoute {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
