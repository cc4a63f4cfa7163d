/**
 * Who is signed in, and how (zustand). 'online' sessions hold tokens from the gateway; 'offline'
 * sessions were unlocked on this device with an offline grant and read from the cache only.
 * Screens read this store; only the sign-in, unlock, refresh and sign-out code writes it.
 */
import { create } from 'zustand';
import type { StaffProfile } from '../../shared/api/session.ts';
import { exchange } from '../api/http.ts';
import { clearTokens, currentTokens } from './tokens.ts';
import { forgetUploadKey } from './upload-signer.ts';

export type SessionStatus = 'signed-out' | 'signed-in';
export type SessionMode = 'online' | 'offline';

export interface SessionState {
  status: SessionStatus;
  staff: StaffProfile | null;
  mode: SessionMode;
  /**
   * Locked after idle time or when the computer locked (issue 7 "Sessions"): still signed in, so
   * syncing and audit shipping go on, but no screen shows child data until the password is given.
   */
  locked: boolean;
  /** Shown on the sign-in screen after a sign-out the person did not ask for (e.g. session ended). */
  signedOutNotice: string | null;
  signOut(): Promise<void>;
}

/** Why the session ends: `asked` when the person chose "Sign out", false when Hearth ended it. */
export interface SignOutWhy {
  asked: boolean;
}

/** Work that must happen while the session still exists (e.g. sending queued audit events). */
type BeforeSignOut = (why: SignOutWhy) => Promise<void>;
const beforeSignOut = new Set<BeforeSignOut>();

/** Registers work to run before every sign-out; kept short by the caller (sign-out must not hang). */
export function onBeforeSignOut(work: BeforeSignOut): () => void {
  beforeSignOut.add(work);
  return () => beforeSignOut.delete(work);
}

/** Sign-out must finish even if the gateway is slow: the person is leaving the computer. */
const SIGN_OUT_WAIT_MS = 5_000;

async function endSession(notice: string | null, why: SignOutWhy): Promise<void> {
  const before = [...beforeSignOut].map((work) => work(why).catch(() => undefined));
  await Promise.race([Promise.all(before), new Promise((r) => setTimeout(r, SIGN_OUT_WAIT_MS))]);
  const tokens = currentTokens();
  clearTokens();
  forgetUploadKey();
  useSession.setState({
    status: 'signed-out',
    staff: null,
    mode: 'online',
    locked: false,
    signedOutNotice: notice,
  });
  // After the local session is gone, so a slow or absent gateway cannot keep anyone signed in.
  // The cache and any unsent audit events stay, encrypted, for the next sign-in (003, 001).
  if (tokens) void exchange('DELETE', '/api/v1/session', { token: tokens.accessToken });
}

export const useSession = create<SessionState>()(() => ({
  status: 'signed-out',
  staff: null,
  mode: 'online',
  locked: false,
  signedOutNotice: null,
  signOut: () => endSession('You have signed out of Hearth.', { asked: true }),
}));

/** Ends the session for a reason the person should be told (e.g. the gateway refused the refresh). */
export function endSessionBecause(notice: string): Promise<void> {
  return endSession(notice, { asked: false });
}

export function startSession(staff: StaffProfile, mode: SessionMode): void {
  useSession.setState({ status: 'signed-in', staff, mode, locked: false, signedOutNotice: null });
}

/** A refresh brings the current profile: a role or training change shows at once. */
export function updateStaff(staff: StaffProfile): void {
  if (useSession.getState().status === 'signed-in') useSession.setState({ staff });
}

/** Locks or unlocks the screen; only renderer/session/lock.ts calls this (it records the audit event). */
export function setLocked(locked: boolean): void {
  if (useSession.getState().status === 'signed-in') useSession.setState({ locked });
}
