/**
 * The API client every screen uses: adds the session's bearer token, refreshes the session once
 * when the gateway answers 401, and parses every answer from `unknown` with the route's schema.
 * In an offline session (unlocked on this device) it does not try the network: it answers
 * 'offline' at once, and screens read the device's cache instead.
 */
import type { z } from 'zod';
import { refreshNow } from '../session/refresh.ts';
import { useSession } from '../session/session-store.ts';
import { currentTokens } from '../session/tokens.ts';
import {
  failure,
  failureFor,
  INVALID_ANSWER_MESSAGE,
  OFFLINE_MESSAGE,
  type ApiResult,
} from './api-result.ts';
import { exchange } from './http.ts';

export type { ApiFailure, ApiResult } from './api-result.ts';

const NOT_SIGNED_IN = 'You are not signed in. Sign in to carry on.';

async function call<T>(
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  schema: z.ZodType<T>,
  body?: unknown,
): Promise<ApiResult<T>> {
  if (useSession.getState().mode === 'offline') return failure('offline', OFFLINE_MESSAGE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const tokens = currentTokens();
    if (!tokens) return failure('unauthorized', NOT_SIGNED_IN);
    const answer = await exchange(method, path, { body, token: tokens.accessToken });
    if (answer.kind === 'network') return failure('offline', OFFLINE_MESSAGE);
    if (answer.status === 401 && attempt === 0) {
      const outcome = await refreshNow();
      if (outcome === 'offline') return failure('offline', OFFLINE_MESSAGE);
      if (outcome === 'ended') return failure('unauthorized', NOT_SIGNED_IN);
      continue;
    }
    if (answer.status < 200 || answer.status > 299) return failureFor(answer.status, answer.body);
    const parsed = schema.safeParse(answer.body);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : failure('invalid-answer', INVALID_ANSWER_MESSAGE);
  }
  return failure('unauthorized', NOT_SIGNED_IN);
}

/** GET `path` (e.g. `/api/v1/children`) and parse the answer with `schema`. */
export function apiGet<T>(path: string, schema: z.ZodType<T>): Promise<ApiResult<T>> {
  return call('GET', path, schema);
}

/** POST `body` as JSON to `path` and parse the answer with `schema`. */
export function apiPost<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<ApiResult<T>> {
  return call('POST', path, schema, body);
}

/** PUT `body` as JSON to `path` (e.g. the home's download settings) and parse the answer with `schema`. */
export function apiPut<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<ApiResult<T>> {
  return call('PUT', path, schema, body);
}
