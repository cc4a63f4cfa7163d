/**
 * The desktop notification when the queue drains (issue 4 "The app"): once, when the sync engine
 * reports that nothing is left to send. A notification can be seen by anyone near the screen, so it
 * never names a child or a document (HearthBridge.notify: "never carries a child's personal data").
 */
import { useEffect } from 'react';
import type { DesktopNotification } from '../../../shared/bridge/schemas.ts';
import { host } from '../../host/index.ts';
import { onSyncEvent, type SyncEvent } from '../../sync/sync-events.ts';

export function drainNotification(sent: number): DesktopNotification {
  return {
    title: 'All uploads sent',
    body:
      sent === 1
        ? '1 document was received by the council. Nothing is waiting to be sent.'
        : `${sent} documents were received by the council. Nothing is waiting to be sent.`,
  };
}

// One listener for the whole page, however many components use the hook: "drained" means one
// notification, not one per mounted screen.
let users = 0;
let stop: (() => void) | null = null;

function onEvent(event: SyncEvent): void {
  if (event.type !== 'drained' || event.sent < 1) return;
  host.notify(drainNotification(event.sent)).catch((error: unknown) => {
    console.warn('Hearth could not show the desktop notification', error);
  });
}

/** Mount once in the app shell (it stays mounted whoever is signed in: items keep their uploader). */
export function useQueueDrainNotifier(): void {
  useEffect(() => {
    users += 1;
    stop ??= onSyncEvent(onEvent);
    return () => {
      users -= 1;
      if (users === 0) {
        stop?.();
        stop = null;
      }
    };
  }, []);
}
