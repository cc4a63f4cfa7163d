/**
 * Hearth asks the browser for no permissions: no camera, microphone, location, clipboard reading,
 * USB or serial devices, and no web notifications (the main process shows desktop notifications
 * itself, notifications.ts). So every request and every check is answered "no", on every session.
 */

/** The part of Electron's Session this module uses, so a test can pass a fake. */
export interface PermissionedSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

export function denyAllPermissions(session: PermissionedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
