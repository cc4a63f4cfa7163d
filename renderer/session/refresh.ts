/**
 * Keeps an online session's access token fresh: a timer swaps the refresh token for new tokens a
 * minute before the access token expires, and the API client asks for the same swap when the
 * gateway answers 401. Only one swap runs at a time, because each refresh token works once.
 */
import { z } from 'zod';
import { StaffProfile, Tokens } from '../../shared/api/session.ts';
import { exchange } from '../api/http.ts';
import { endSessionBecause, updateStaff, useSession } from './session-store.ts';
import { clearTokens, currentTokens, setTokens } from './tokens.ts';

const Refreshed = z.object({ tokens: Tokens, staff: StaffProfile });

export type RefreshOutcome = 'refreshed' | 'ended' | 'offline';

/** Refresh this long before the access token expires, so a request never goes out with a stale one. */
const EARLY_MS = 60_000;
/** When the gateway cannot be reached, try again after this long. */
const RETRY_MS = 30_000;

let inFlight: Promise<RefreshOutcome> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

export const SESSION_ENDED_NOTICE = 'Your session has ended. Sign in again to carry on.';

async function swap(): Promise<RefreshOutcome> {
  const tokens = currentTokens();
  if (!tokens) return 'ended';
  const answer = await exchange('POST', '/api/v1/session/refresh', {
    body: { refreshToken: tokens.refreshToken },
  });
  // Signed out (or signed in again) while the request was out: its answer is for a session that is gone.
  if (currentTokens() !== tokens) return currentTokens() ? 'refreshed' : 'ended';
  if (answer.kind === 'network' || answer.status >= 500) return 'offline';
  const parsed = answer.status === 200 ? Refreshed.safeParse(answer.body) : null;
  if (!parsed?.success) {
    // The gateway ended the session: its tokens are dead. Dropped first, so the work done before
    // sign-out (e.g. sending audit events) does not wait on this very refresh; it goes next time.
    clearTokens();
    await endSessionBecause(SESSION_ENDED_NOTICE);
    return 'ended';
  }
  setTokens(parsed.data.tokens);
  updateStaff(parsed.data.staff);
  scheduleRefresh();
  return 'refreshed';
}

/** Swaps the refresh token for new tokens; concurrent callers share one request. */
export function refreshNow(): Promise<RefreshOutcome> {
  inFlight ??= swap().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** Sets the timer for the next refresh from the current tokens' expiry. */
export function scheduleRefresh(): void {
  clearTimeout(timer);
  const tokens = currentTokens();
  if (!tokens) return;
  const wait = Math.max(5_000, Date.parse(tokens.accessExpiresAt) - Date.now() - EARLY_MS);
  timer = setTimeout(() => {
    void refreshNow().then((outcome) => {
      if (outcome === 'offline' && useSession.getState().status === 'signed-in') {
        clearTimeout(timer);
        timer = setTimeout(() => void refreshNow(), RETRY_MS);
      }
    });
  }, wait);
}

export function stopRefreshing(): void {
  clearTimeout(timer);
}
