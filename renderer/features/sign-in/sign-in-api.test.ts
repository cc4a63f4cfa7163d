// What staff read when sign-in fails: the gateway's answer in plain words, never a bare code
// (guidance 000: each person signs in with their own account; the lockout says until when).
// The network is stood in for by a function (the API takes fetch as a parameter); the real
// gateway is exercised in test/e2e/sign-in.e2e.ts.
import { describe, expect, test } from 'vitest';
import { requestSignIn } from './sign-in-api.ts';
import { validateSignIn } from './validate.ts';

const URL_ = 'http://127.0.0.1:8787';
const DEVICE = { id: '3f1c2a9e-7d4b-4c1a-9e2f-5b6a7c8d9e0f', name: 'Office laptop' };
const REQUEST = { username: '  priya.shah ', password: ' pass word ', device: DEVICE };
const answering =
  (status: number, body: unknown): typeof fetch =>
  async () =>
    new Response(body === undefined ? null : JSON.stringify(body), { status });

const SIGNED_IN = {
  tokens: {
    accessToken: 'a'.repeat(32),
    accessExpiresAt: '2026-05-14T10:15:00.000Z',
    refreshToken: 'r'.repeat(32),
    refreshExpiresAt: '2026-05-14T22:00:00.000Z',
  },
  staff: {
    id: 'staff-1',
    username: 'priya.shah',
    name: 'Priya Shah',
    role: 'registered-manager',
    roleLabel: 'Registered Manager',
    home: { id: 'home-larchfield', name: 'Larchfield House' },
    access: { level: 'read-upload', missingModules: [] },
  },
  offlineGrant: {
    payload: '{}',
    signature: 'sig',
    publicKey: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' },
  },
};

describe('requestSignIn', () => {
  test('POSTs the trimmed username, the password as typed and the device to /api/v1/session', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const fake: typeof fetch = async (input, init) => {
      seen.push({ url: String(input), init });
      return new Response(JSON.stringify(SIGNED_IN));
    };
    const result = await requestSignIn(URL_, REQUEST, fake);
    expect(result).toEqual({ ok: true, value: SIGNED_IN });
    expect(seen[0]?.url).toBe(`${URL_}/api/v1/session`);
    expect(seen[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(seen[0]?.init?.body))).toEqual({
      username: 'priya.shah',
      password: ' pass word ',
      device: DEVICE,
    });
  });

  test("a wrong password shows the gateway's own words, without a status code", async () => {
    const result = await requestSignIn(
      URL_,
      REQUEST,
      answering(401, { error: 'unauthorized', message: 'The username or password is wrong.' }),
    );
    expect(result).toEqual({
      ok: false,
      error: 'wrong-credentials',
      message: 'The username or password is wrong.',
    });
  });

  test("a locked account shows the gateway's message, which says until when", async () => {
    const message = 'Your account is locked after 5 wrong passwords. Try again after 14:35.';
    const result = await requestSignIn(URL_, REQUEST, answering(423, { error: 'locked', message }));
    expect(result).toEqual({ ok: false, error: 'locked', message });
  });

  test('a server error asks to try again or tell IT', async () => {
    const result = await requestSignIn(URL_, REQUEST, answering(503, undefined));
    expect(result).toMatchObject({
      ok: false,
      error: 'gateway-error',
      message: expect.stringContaining('(503)'),
    });
  });

  test('a network failure names the gateway it tried', async () => {
    const result = await requestSignIn(URL_, REQUEST, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result).toEqual({
      ok: false,
      error: 'unreachable',
      message: `Hearth cannot reach the gateway at ${URL_}. Check the connection and try again.`,
    });
  });

  test('a 200 Hearth cannot read is a failure, not a sign-in', async () => {
    const { offlineGrant: _dropped, ...withoutGrant } = SIGNED_IN;
    expect(await requestSignIn(URL_, REQUEST, answering(200, withoutGrant))).toMatchObject({
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
