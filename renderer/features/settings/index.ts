/**
 * The settings feature's public face, for the records router and its navigation: the screen
 * (loaded on demand) and its address in the app's hash router.
 */
import { useSyncExternalStore } from 'react';

export { SettingsScreen } from './lazy-screen.tsx';

export const SETTINGS_HREF = '#/settings';

/** True when `hash` is the settings screen's address. */
export function isSettingsHash(hash: string): boolean {
  const parts = (hash.replace(/^#/, '').split('?', 1)[0] ?? '').split('/').filter(Boolean);
  return parts.length === 1 && parts[0] === 'settings';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Whether the address points at settings; follows links, Back and Forward. */
export function useSettingsRoute(): boolean {
  return isSettingsHash(useSyncExternalStore(subscribe, () => window.location.hash));
}
