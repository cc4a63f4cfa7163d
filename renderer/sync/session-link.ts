/**
 * The engine's view of the session, from the session engineer's exported functions: the access
 * token (kept in memory by renderer/session/tokens.ts), the refresh that the API client also uses,
 * and who is signed in. An offline session (unlocked on this device) has no token: items signed when
 * they were queued still go on their own credential (item-credentials.ts); unsigned ones wait.
 */
import { gatewayUrl } from '../api/http.ts';
import { useUiStore } from '../app/ui-store.ts';
import { refreshNow } from '../session/refresh.ts';
import { useSession } from '../session/session-store.ts';
import { currentTokens } from '../session/tokens.ts';
import type { EngineDeps } from './sync-engine.ts';

export const sessionDeps: EngineDeps = {
  gatewayUrl,
  getAccessToken: () => Promise.resolve(currentTokens()?.accessToken ?? null),
  refreshAccess: async () => (await refreshNow()) === 'refreshed',
  signedInStaffId: () => {
    const { status, mode, staff } = useSession.getState();
    return status === 'signed-in' && mode === 'online' ? (staff?.id ?? null) : null;
  },
  onSessionChange: (listener) =>
    useSession.subscribe((now, before) => {
      if (now.staff?.id !== before.staff?.id || now.mode !== before.mode) listener();
    }),
  isOnline: () => globalThis.navigator?.onLine ?? true,
  onGatewayBack: (listener) =>
    useUiStore.subscribe((now, before) => {
      if (now.connection === 'online' && before.connection === 'offline') listener();
    }),
  random: Math.random,
  tidy: () => import('./sync-contact.ts').then((m) => m.tidyAtSyncContact()),
  afterSending: () => void import('./sync-contact.ts').then((m) => m.keepOfflineCopiesNow()),
};
