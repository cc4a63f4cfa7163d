/**
 * Keeps the hard copies list current while someone who uploads is signed in: loaded once, and again
 * each time the upload queue has one more document received by the council (its hard copy is then
 * to be marked), in this tab or another (the outbox is observed live).
 */
import { useEffect } from 'react';
import { isReceived } from '../../outbox/item-status.ts';
import { useOutboxItems } from '../uploads/use-outbox-items.ts';
import { useHardCopies } from './hard-copies-store.ts';

export function useHardCopiesRefresh(enabled: boolean): void {
  const { items } = useOutboxItems();
  const received = items?.filter((item) => isReceived(item.state)).length ?? 0;
  useEffect(() => {
    if (enabled) void useHardCopies.getState().refresh();
  }, [enabled, received]);
  // Signed out (or access withdrawn): the next person does not see this home's list.
  useEffect(() => () => useHardCopies.getState().reset(), []);
}
