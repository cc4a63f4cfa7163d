/**
 * Forgets, on this device, everything about children no longer placed in the home (DOMAIN.md "Data
 * protection (003)": what a device keeps is "removed when no longer needed (a child leaves the
 * home)"), given the ids of the children placed there now. Called at each sync contact
 * (placement-check.ts) and whenever a fresh children list arrives, so the purge never waits for
 * someone to open the list. It removes:
 * - each departed child's saved record: summary, documents list, case notes, group page and the
 *   offline copies of their documents (all kept under childKey: record-cache.ts);
 * - their line in the home's saved lists (the children list, the hard copies to mark), keeping when
 *   those were fetched;
 * - their name in a remaining sibling's saved summary, and a remaining sibling's saved group page
 *   that still lists them (it is fetched again at the next online view).
 * The outbox is not touched: an item queued for them is still sent (the gateway takes it, judged at
 * the time it was queued: gateway/uploads/queued-placement.ts), then its bytes go as for any item.
 */
import type { z } from 'zod';
import { HardCopiesToMark } from '../../../shared/api/hard-copies.ts';
import { GroupPage } from '../../../shared/api/groups.ts';
import { ChildList, ChildRecord } from '../../../shared/api/records.ts';
import {
  forgetCachedRecord,
  forgetChildrenNotIn,
  readCachedRecord,
  rewriteCachedRecord,
} from '../../db/record-cache.ts';
import { HARD_COPIES_CACHE_KEY } from '../hard-copies/cache-key.ts';
import { CHILDREN_KEY, groupKey, summaryKey } from './cache-keys.ts';

/** Rewrites the saved `key` through `filter` when it changes anything; leaves it alone otherwise. */
async function filterSaved<T>(key: string, schema: z.ZodType<T>, filter: (value: T) => T | null) {
  const saved = await readCachedRecord(key, schema);
  if (!saved) return;
  const kept = filter(saved.value);
  if (kept === saved.value) return;
  if (kept === null) await forgetCachedRecord(key);
  else await rewriteCachedRecord(key, kept, saved.fetchedAt);
}

/** The same array when every element is kept (so "nothing changed" is cheap to tell). */
function keepOnly<T>(items: T[], keep: (item: T) => boolean): T[] {
  const kept = items.filter(keep);
  return kept.length === items.length ? items : kept;
}

export async function forgetDepartedChildren(placedIds: readonly string[]): Promise<void> {
  const placed = new Set(placedIds);
  const isPlaced = (id: string) => placed.has(id);
  await forgetChildrenNotIn([...placed]);
  await filterSaved(CHILDREN_KEY, ChildList, (list) => {
    const children = keepOnly(list.children, (c) => isPlaced(c.id));
    return children === list.children ? list : { children };
  });
  await filterSaved(HARD_COPIES_CACHE_KEY, HardCopiesToMark, (list) => {
    const hardCopies = keepOnly(list.hardCopies, (h) => isPlaced(h.childId));
    return hardCopies === list.hardCopies ? list : { hardCopies };
  });
  for (const childId of placed) {
    await filterSaved(summaryKey(childId), ChildRecord, (record) => {
      const group = record.restricted ? null : record.siblingGroup;
      if (record.restricted || !group) return record;
      const members = keepOnly(group.members, (m) => isPlaced(m.id));
      return members === group.members ? record : { ...record, siblingGroup: { ...group, members } };
    });
    await filterSaved(groupKey(childId), GroupPage, (page) =>
      page.members.every((m) => isPlaced(m.id)) ? page : null,
    );
  }
}
