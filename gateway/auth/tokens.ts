/**
 * Opaque bearer tokens: 32 random bytes (base64url, 43 characters), stored only as their SHA-256.
 * A plain hash is enough here (unlike passwords): a 256-bit random token cannot be guessed, so
 * a slow hash would add nothing but load.
 */
import { createHash, randomBytes } from 'node:crypto';
import { HOUR, MINUTE } from '../clock.ts';

/** Short, so a token copied from a log or a memory dump is soon useless. */
export const ACCESS_TOKEN_MS = 15 * MINUTE;
/** A session lasts a shift at most: staff sign in again on their next shift. */
export const SESSION_MS = 12 * HOUR;

export const newToken = (): string => randomBytes(32).toString('base64url');

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The token from `Authorization: Bearer <token>`, or null when the header is missing or malformed. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([\w-]{20,200})$/i.exec(header?.trim() ?? '');
  return match?.[1] ?? null;
}
