/**
 * Keeps the host's quit warning in step with the outbox (issue 4 "The app": "a warning on quit
 * while items wait, saying they are kept and will be sent later"). Electron asks before its window
 * closes with these words; a browser asks its own "Leave site?" question. Mounted once in the app
 * shell, whoever is signed in or none: what waits belongs to this computer, not to one session.
 */
import { useEffect } from 'react';
import { host } from '../../host/index.ts';
import { isWaiting } from './item-words.ts';
import { leaveWarningText } from './leave-warning.ts';
import { useOutboxItems } from './use-outbox-items.ts';

export function useQuitWarning(): void {
  const { items } = useOutboxItems();
  // Until the outbox first answers, nothing is known to wait: the host keeps its default (no warning).
  const waiting = items === null ? 0 : items.filter(isWaiting).length;
  useEffect(() => {
    host.setQuitWarning(leaveWarningText(waiting)).catch((error: unknown) => {
      console.warn('Hearth could not set the warning for quitting', error);
    });
  }, [waiting]);
}
