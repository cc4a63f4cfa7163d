/**
 * Signing in at the gateway: POST /api/v1/session. The answer is parsed from `unknown`, and every
 * failure comes back as a Result whose message is written for the person at the keyboard.
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result.ts';

/**
 * Provisional: the gateway's session API (and its schema in shared/api/) is the next issue. Until
 * then Hearth reads only the two things the signed-in screen shows.
 */
const SessionAnswer = z.object({
  user: z.object({ displayName: z.string().min(1), role: z.string().min(1) }),
});
export type SignedIn = z.infer<typeof SessionAnswer>['user'];

/** Fastify's error body ({ statusCode, error, message }); only the message is of use to staff. */
const GatewayError = z.object({ message: z.string().min(1).max(300) });

export type SignInError = 'unreachable' | 'refused' | 'gateway-error' | 'unreadable';

const couldNot = (why: string) => `Hearth could not sign you in: ${why}`;

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function refusal(status: number, body: unknown): Result<never, SignInError> {
  if (status === 404) return fail('refused', couldNot('the gateway does not offer sign-in yet (404).'));
  if (status >= 500) {
    return fail(
      'gateway-error',
      couldNot(`the gateway had a problem (${status}). Try again, or tell IT if it keeps happening.`),
    );
  }
  const parsed = GatewayError.safeParse(body);
  const message = parsed.success ? parsed.data.message.trim().replace(/\.+$/, '') : 'the gateway said no';
  return fail('refused', couldNot(`${message} (${status}).`));
}

export async function signIn(
  gatewayUrl: string,
  username: string,
  password: string,
  // Passed in so a unit test can stand in for the network; the app uses the browser's fetch.
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<Result<SignedIn, SignInError>> {
  let response: Response;
  try {
    response = await fetchImpl(`${gatewayUrl}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ username: username.trim(), password }),
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
  const parsed = SessionAnswer.safeParse(body);
  if (!parsed.success) return fail('unreadable', couldNot('the gateway gave an answer Hearth cannot read.'));
  return ok(parsed.data.user);
}
