/**
 * The outbox's items for a screen, live: the outbox is the truth about every item's state
 * (renderer/outbox/outbox.ts `observeItems`), in this tab or another. The outbox code is loaded
 * on first use, so the always-visible status bar adds little to the app's first download.
 */
import { useEffect, useState } from 'react';
import type { OutboxItem } from '../../outbox/outbox.ts';

export interface OutboxView {
  /** null until the first answer. */
  items: OutboxItem[] | null;
  problem: string | null;
}

export function useOutboxItems(): OutboxView {
  const [view, setView] = useState<OutboxView>({ items: null, problem: null });
  useEffect(() => {
    let stopped = false;
    let unsubscribe: (() => void) | null = null;
    void import('../../outbox/outbox.ts').then(({ observeItems }) => {
      if (stopped) return;
      const subscription = observeItems().subscribe(
        (items) => setView({ items, problem: null }),
        (error: unknown) => {
          // Said on screen, never swallowed: the person must know the list may be incomplete.
          console.warn('Hearth could not read the upload queue', error);
          setView((before) => ({
            items: before.items,
            problem:
              'Hearth could not read the upload queue on this computer. Reload Hearth; if it happens again, tell IT.',
          }));
        },
      );
      unsubscribe = () => subscription.unsubscribe();
    });
    return () => {
      stopped = true;
      unsubscribe?.();
    };
  }, []);
  return view;
}
