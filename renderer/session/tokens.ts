/**
 * The session's tokens, held in this module's memory only: never in localStorage, IndexedDB or a
 * cookie, so nothing on disk can be replayed after sign-out or by someone who copies the profile.
 * A reload therefore signs the person out, which is what a shared office computer wants.
 */
import type { Tokens } from '../../shared/api/session.ts';

let current: Tokens | null = null;

export function setTokens(tokens: Tokens): void {
  current = tokens;
}

export function currentTokens(): Tokens | null {
  return current;
}

export function clearTokens(): void {
  current = null;
}
