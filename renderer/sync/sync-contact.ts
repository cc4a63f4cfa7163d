/**
 * What the device tidies each time it is in contact with the gateway (issue 7 "Minimisation and
 * retention"; DOMAIN.md "Data protection (003)"): the sync engine runs it when it starts, when the
 * app comes online, when someone signs in online, and every HOUSEKEEPING_MS while online
 * (sync-engine.ts), so nothing waits for a person to open a particular screen.
 * - Outbox items whose details are past their retention are deleted (outbox/retention.ts).
 * - The home's children are asked for (ids only, not an audited enquiry: shared/api/placements.ts)
 *   and everything saved about any other child is forgotten (features/records/forget-departed.ts).
 *   Outbox items queued for a child who left are kept and still sent.
 * - The newest permitted document of each type of every child of the home is kept for reading
 *   offline (issue 6; features/downloads/offline-copies.ts), a newer one in place of an older, so a
 *   care plan opens offline even if nobody opened that child's documents while online. After the
 *   round's sending (keepOfflineCopiesNow), in the background: fetching copies took the page's main
 *   thread and the line from the documents a manager is waiting to send (bench sync.drain_vs_bare_tus).
 */
import { PlacedChildIds, placedChildIdsRoute } from '../../shared/api/placements.ts';
import { canReadRecords } from '../../shared/domain/access.ts';
import { apiGet } from '../api/client.ts';
import { keepHomeOfflineCopies } from '../features/downloads/offline-copies.ts';
import { forgetDepartedChildren } from '../features/records/forget-departed.ts';
import { forgetSettledItems } from '../outbox/item-store.ts';
import { useSession } from '../session/session-store.ts';
import { emitSyncEvent } from './sync-events.ts';

export async function tidyAtSyncContact(): Promise<void> {
  const { status, mode, staff } = useSession.getState();
  if (status !== 'signed-in' || mode !== 'online' || !staff) return;
  await forgetSettledItems(new Date());
  // Someone whose training gives no access to records reads nothing here, so asks for nothing.
  if (!canReadRecords(staff.access)) return;
  const placed = await apiGet(placedChildIdsRoute.path, PlacedChildIds);
  if (!placed.ok) return;
  await forgetDepartedChildren(placed.value.childIds);
  emitSyncEvent({ type: 'departed-forgotten', placed: placed.value.childIds.length });
  copiesFor = placed.value.childIds;
}

/** The home's children at the last contact, whose offline copies are still to be fetched. */
let copiesFor: string[] | null = null;

/** Fetches the offline copies the last contact found due, in the background (the engine calls this after sending). */
export function keepOfflineCopiesNow(): void {
  const childIds = copiesFor;
  copiesFor = null;
  if (!childIds) return;
  void keepHomeOfflineCopies(childIds).then(
    (kept) => emitSyncEvent({ type: 'offline-copies-kept', kept }),
    (error: unknown) => console.warn('Hearth could not keep documents for offline reading', error),
  );
}
