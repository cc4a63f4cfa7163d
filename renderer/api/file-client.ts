/**
 * GET a file from the gateway (a document to view, a stamped download) with the session's token,
 * refreshing the session once on 401 as the JSON client does. A refusal is the gateway's ApiError
 * JSON and becomes the same failure a JSON call gives; a file comes back as bytes with its headers.
 */
import { refreshNow } from '../session/refresh.ts';
import { useSession } from '../session/session-store.ts';
import { currentTokens } from '../session/tokens.ts';
import { failure, failureFor, gatewayMessage, OFFLINE_MESSAGE, type ApiResult } from './api-result.ts';
import { gatewayUrl } from './http.ts';

export interface FetchedFile {
  bytes: Uint8Array<ArrayBuffer>;
  headers: Headers;
}

const NOT_SIGNED_IN = 'You are not signed in. Sign in to carry on.';
/** A large scan on a slow home broadband still arrives; a hung request still ends. */
const TIMEOUT_MS = 120_000;

async function once(path: string, token: string): Promise<{ status: number; response: Response } | null> {
  const base = gatewayUrl();
  if (!base) return null;
  try {
    const response = await fetch(`${base}${path}`, {
      headers: { authorization: `Bearer ${token}` },
      // A child's document must never land in the browser's disk cache (003).
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return { status: response.status, response };
  } catch {
    return null;
  }
}

export async function apiGetFile(path: string): Promise<ApiResult<FetchedFile>> {
  if (useSession.getState().mode === 'offline') return failure('offline', OFFLINE_MESSAGE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const tokens = currentTokens();
    if (!tokens) return failure('unauthorized', NOT_SIGNED_IN);
    const answer = await once(path, tokens.accessToken);
    if (!answer) return failure('offline', OFFLINE_MESSAGE);
    if (answer.status === 401 && attempt === 0) {
      const outcome = await refreshNow();
      if (outcome === 'offline') return failure('offline', OFFLINE_MESSAGE);
      if (outcome === 'ended') return failure('unauthorized', NOT_SIGNED_IN);
      continue;
    }
    if (answer.status !== 200) {
      const body: unknown = await answer.response.json().catch(() => undefined);
      // 415: the document cannot carry the download stamp; the gateway says why, in words for staff.
      if (answer.status === 415) {
        return failure('forbidden', gatewayMessage(body)?.message ?? 'This document cannot be downloaded.');
      }
      return failureFor(answer.status, body);
    }
    try {
      const bytes = new Uint8Array(await answer.response.arrayBuffer());
      return { ok: true, value: { bytes, headers: answer.response.headers } };
    } catch {
      return failure('offline', OFFLINE_MESSAGE);
    }
  }
  return failure('unauthorized', NOT_SIGNED_IN);
}
