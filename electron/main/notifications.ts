/**
 * Desktop notifications are shown by the main process (the page's own Notification permission is
 * denied, permissions.ts). The bridge contract says they never carry a child's personal data; the
 * schema caps their length, and this module shows exactly the title and body it is given.
 */
import type { DesktopNotification } from '../../shared/bridge/schemas.ts';

/** Electron's Notification class, injected. */
export interface NotificationClass {
  isSupported(): boolean;
  new (options: { title: string; body: string }): { show(): void };
}

/** Shows the notification; false where the desktop cannot show one (no notification daemon). */
export function showDesktopNotification(
  Notification: NotificationClass,
  notification: DesktopNotification,
): boolean {
  if (!Notification.isSupported()) return false;
  new Notification({ title: notification.title, body: notification.body }).show();
  return true;
}
