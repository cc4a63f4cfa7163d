/**
 * Signing in at the gateway: POST /api/v1/session (shared/api/session.ts). The answer is parsed
 * from `unknown`, and every failure comes back as a Result whose message is written for the
 * person at the keyboard: the gateway's own words for a wrong password or a locked account
 * (which says until when), Hearth's words when the gateway cannot be reached or read.
 */
import { ApiError } from '../../../shared/api/errors.ts';
import { SignedIn, type SignInRequest } from '../../../shared/api/session.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';

export type SignInError =
  | 'wrong-credentials'
  | 'locked'
  | 'refused'
  | 'unreachable'
  | 'gateway-error'
  | 'unreadable'
  | 'not-enrolled'
  | 'device-revoked';

const couldNot = (why: string) => `Hearth could not sign you in: ${why}`;

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function refusal(status: number, body: unknown): Result<never, SignInError> {
  const said = ApiError.safeParse(body);
  const message = said.success ? said.data.message.trim() : null;
  // Issue 7: this computer must be enrolled to the home first, and a revoked one is wiped.
  if (status === 401 && said.data?.error === 'device-revoked') return fail('device-revoked', message ?? '');
  if (status === 403 && said.data?.error === 'device-not-enrolled')
    return fail('not-enrolled', message ?? '');
  if (status === 401) return fail('wrong-credentials', message ?? 'The username or password is wrong.');
  if (status === 423) {
    return fail(
      'locked',
      message ?? 'Your account is locked after too many wrong passwords. Try again later.',
    );
  }
  if (status >= 500 || !message) {
    return fail(
      'gateway-error',
      couldNot(`the gateway had a problem (${status}). Try again, or tell IT if it keeps happening.`),
    );
  }
  return fail('refused', couldNot(`${message.replace(/\.+$/, '')} (${status}).`));
}

export async function requestSignIn(
  gatewayUrl: string,
  request: SignInRequest,
  // Passed in so a unit test can stand in for the network; the app uses the browser's fetch.
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<Result<SignedIn, SignInError>> {
  let response: Response;
  try {
    response = await fetchImpl(`${gatewayUrl}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ ...request, username: request.username.trim() }),
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    return fail(
      'unreachable',
      `Hearth cannot reach the gateway at ${gatewayUrl}. Check the connection and try again.`,
    );
  }
  const body = await readJson(response);
  if (!response.ok) return refusal(response.status, body);
  const parsed = SignedIn.safeParse(body);
  if (!parsed.success) return fail('unreadable', couldNot('the gateway gave an answer Hearth cannot read.'));
  return ok(parsed.data);
}
