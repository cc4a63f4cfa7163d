import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, type PermissionedSession } from './permissions.ts';

function fakeSession() {
  const handlers: {
    request?: Parameters<PermissionedSession['setPermissionRequestHandler']>[0];
    check?: Parameters<PermissionedSession['setPermissionCheckHandler']>[0];
    device?: Parameters<PermissionedSession['setDevicePermissionHandler']>[0];
  } = {};
  const session: PermissionedSession = {
    setPermissionRequestHandler: (handler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler) => (handlers.check = handler),
    setDevicePermissionHandler: (handler) => (handlers.device = handler),
  };
  return { session, handlers };
}

const permissions = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'openExternal',
  'hid',
  'unknown',
];

describe('denyAllPermissions (issue 2: permission requests denied)', () => {
  it.each(permissions)('refuses a request for %s', (permission) => {
    const { session, handlers } = fakeSession();
    denyAllPermissions(session);
    const callback = vi.fn();
    handlers.request?.({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it.each(permissions)('answers a check for %s with false', (permission) => {
    const { session, handlers } = fakeSession();
    denyAllPermissions(session);
    expect(handlers.check?.({}, permission)).toBe(false);
  });

  it('refuses access to USB, HID and serial devices', () => {
    const { session, handlers } = fakeSession();
    denyAllPermissions(session);
    expect(handlers.device?.()).toBe(false);
  });
});
