/**
 * Locks Hearth when the computer does (issue 7 "Sessions": "when the computer locks or sleeps"; 003:
 * what a device shows is locked when staff step away). Electron's powerMonitor says when the screen
 * locks ('lock-screen') or the computer is about to sleep ('suspend'); this module passes each on to
 * every Hearth window as a bridge event. The renderer does the locking, so the same lock screen and
 * audit event follow whatever the cause.
 */
import { EVENT_CHANNEL_NAMES } from '../../shared/bridge/channel-names.ts';
import type { SystemLockReason } from '../../shared/bridge/schemas.ts';

/** The part of Electron's powerMonitor this module uses, so a test can pass a fake. */
export interface PowerMonitorLike {
  on(event: SystemLockReason, listener: () => void): unknown;
}

/** The part of a window's webContents this module uses. */
export interface LockableContents {
  send(channel: string, reason: SystemLockReason): void;
  isDestroyed(): boolean;
}

export const SYSTEM_LOCK_EVENTS: readonly SystemLockReason[] = ['lock-screen', 'suspend'];

/**
 * Tells every Hearth window (the list comes from index.ts, which keeps only windows it made) when the
 * computer locks or sleeps. A window being torn down is skipped: sending to it would throw.
 */
export function watchSystemLock(
  powerMonitor: PowerMonitorLike,
  hearthContents: () => Iterable<LockableContents>,
): void {
  for (const reason of SYSTEM_LOCK_EVENTS) {
    powerMonitor.on(reason, () => {
      for (const contents of hearthContents()) {
        if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL_NAMES.systemLocked, reason);
      }
    });
  }
}
