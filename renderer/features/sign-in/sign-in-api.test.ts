// What staff read when sign-in fails: the gateway's answer in plain words, never a bare code.
// The network is stood in for by a function (the API takes fetch as a parameter); the real
// gateway is exercised in test/e2e/sign-in.e2e.ts.
import { describe, expect, test } from 'vitest';
import { signIn } from './sign-in-api.ts';
import { validateSignIn } from './validate.ts';

const URL_ = 'http://127.0.0.1:8787';
const answering =
  (status: number, body: unknown): typeof fetch =>
  async () =>
    new Response(body === undefined ? null : JSON.stringify(body), { status });

describe('signIn', () => {
  test('POSTs the trimmed username and the password as typed to /api/v1/session', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const fake: typeof fetch = async (input, init) => {
      seen.push({ url: String(input), init });
      return new Response(JSON.stringify({ user: { displayName: 'Sam Demo', role: 'Registered Manager' } }));
    };
    const result = await signIn(URL_, '  sam.demo ', ' pass word ', fake);
    expect(result).toEqual({ ok: true, value: { displayName: 'Sam Demo', role: 'Registered Manager' } });
    expect(seen[0]?.url).toBe(`${URL_}/api/v1/session`);
    expect(seen[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(seen[0]?.init?.body))).toEqual({
      username: 'sam.demo',
      password: ' pass word ',
    });
  });

  test('a 404 says the gateway does not offer sign-in yet', async () => {
    const result = await signIn(
      URL_,
      'a',
      'b',
      answering(404, { message: 'Route POST:/api/v1/session not found' }),
    );
    expect(result).toMatchObject({
      ok: false,
      message: 'Hearth could not sign you in: the gateway does not offer sign-in yet (404).',
    });
  });

  test("a refusal shows the gateway's own message with the status", async () => {
    const result = await signIn(
      URL_,
      'a',
      'b',
      answering(401, { message: 'Username or password is wrong.' }),
    );
    expect(result).toEqual({
      ok: false,
      error: 'refused',
      message: 'Hearth could not sign you in: Username or password is wrong (401).',
    });
  });

  test('a server error asks to try again or tell IT', async () => {
    const result = await signIn(URL_, 'a', 'b', answering(503, undefined));
    expect(result).toMatchObject({
      ok: false,
      error: 'gateway-error',
      message: expect.stringContaining('(503)'),
    });
  });

  test('a network failure names the gateway it tried', async () => {
    const result = await signIn(URL_, 'a', 'b', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result).toEqual({
      ok: false,
      error: 'unreachable',
      message: `Hearth cannot reach the gateway at ${URL_}. Check the connection and try again.`,
    });
  });

  test('a 200 Hearth cannot read is a failure, not a sign-in', async () => {
    expect(await signIn(URL_, 'a', 'b', answering(200, { user: {} }))).toMatchObject({
      ok: false,
      error: 'unreadable',
    });
  });
});

describe('validateSignIn', () => {
  test('asks for both fields, counting a blank username as empty but not a spaces-only password', () => {
    expect(validateSignIn({ username: ' ', password: '' })).toEqual({
      username: 'Enter your username',
      password: 'Enter your password',
    });
    expect(validateSignIn({ username: 'sam', password: '  ' })).toEqual({});
  });
});
