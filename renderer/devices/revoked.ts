/**
 * Hearing that this computer was revoked (issue 7): the gateway answers 401 `device-revoked` to any
 * request from it. Whoever hears it starts the wipe (wipe.ts, loaded only then).
 */
import { ApiError } from '../../shared/api/errors.ts';

export function saysDeviceRevoked(status: number, body: unknown): boolean {
  return status === 401 && ApiError.safeParse(body).data?.error === 'device-revoked';
}

/** Starts the wipe; the page reloads when it is done. */
export function deviceWasRevoked(): void {
  void import('./wipe.ts').then((wipe) => wipe.wipeThisDevice());
}
