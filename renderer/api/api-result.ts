/**
 * What every call to the gateway's API gives back: a value, or a failure the screen can act on.
 * Screens branch on `error` (e.g. 'offline' → read the device's cache, 'restricted' → basic details
 * only); `message` is written for the person at the keyboard.
 */
import { ApiError } from '../../shared/api/errors.ts';

export type ApiFailure =
  | 'offline'
  | 'unauthorized'
  | 'forbidden'
  | 'training-incomplete'
  | 'restricted'
  | 'not-found'
  | 'invalid-answer'
  | 'server';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiFailure; message: string };

export const OFFLINE_MESSAGE = 'Hearth cannot reach the gateway. Check the connection and try again.';
export const INVALID_ANSWER_MESSAGE =
  'The gateway gave an answer Hearth cannot read. Try again, or tell IT if it keeps happening.';

export const failure = (error: ApiFailure, message: string): ApiResult<never> => ({
  ok: false,
  error,
  message,
});

/** The gateway's own words for a refusal, when its body is the shared error shape. */
export function gatewayMessage(body: unknown): { code: string; message: string } | null {
  const parsed = ApiError.safeParse(body);
  return parsed.success ? { code: parsed.data.error, message: parsed.data.message } : null;
}

/** Maps a refusal (any status that is not 2xx) to the failure a screen handles. */
export function failureFor(status: number, body: unknown): ApiResult<never> {
  const said = gatewayMessage(body);
  const message = (fallback: string) => said?.message ?? fallback;
  if (status === 401) return failure('unauthorized', message('Your session has ended. Sign in again.'));
  if (status === 403) {
    // The gateway says which kind of refusal it is; a 403 without a code is a plain "no".
    if (said?.code === 'training-incomplete') return failure('training-incomplete', said.message);
    if (said?.code === 'restricted') return failure('restricted', said.message);
    return failure('forbidden', message('You do not have access to this.'));
  }
  if (status === 404) return failure('not-found', message('Hearth could not find this.'));
  return failure(
    'server',
    `${message('The gateway had a problem')} (${status}). Try again, or tell IT if it keeps happening.`,
  );
}
