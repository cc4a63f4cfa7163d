/**
 * One HTTP exchange with the gateway, with no knowledge of sessions: the API client and the
 * sign-in, refresh and sign-out calls all go through here. A network failure is an answer too
 * ('network'), so callers never have to catch.
 */
import { useUiStore } from '../app/ui-store.ts';
import { deviceWasRevoked, saysDeviceRevoked } from '../devices/revoked.ts';

export type Exchange = { kind: 'network' } | { kind: 'answer'; status: number; body: unknown };

/** Long enough for a slow home broadband, short enough that a hung request does not freeze a screen. */
const TIMEOUT_MS = 20_000;

export function gatewayUrl(): string | null {
  return useUiStore.getState().gatewayUrl;
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

export async function exchange(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options: { body?: unknown; token?: string | null; authorization?: string } = {},
): Promise<Exchange> {
  const base = gatewayUrl();
  if (!base) return { kind: 'network' };
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.authorization) headers.authorization = options.authorization;
  try {
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      // Children's data must never land in the browser's disk cache (003): the gateway says
      // no-store too, and the request asks for it as well in case a proxy does not pass it on.
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = await readJson(response);
    // A manager revoked this computer: it wipes what it keeps at this contact (issue 7).
    if (saysDeviceRevoked(response.status, body)) deviceWasRevoked();
    return { kind: 'answer', status: response.status, body };
  } catch {
    return { kind: 'network' };
  }
}
