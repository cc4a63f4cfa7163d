/**
 * Whom an outbox item may be filed for (DOMAIN.md "Data protection (003)"; issue 7 "Minimisation and
 * retention": "When a child leaves, ... items already queued for them are still sent"). An item is
 * judged at the time it was QUEUED, not only today: a keyworker report queued offline on the child's
 * last day must still reach the record after they left. Bounds, so a device's own clock cannot reopen
 * a departed child's record:
 * - placed in the uploader's home today: accepted, as before;
 * - a child never placed in this home (another home's, an unknown id, not yet arrived): 404, the same
 *   answer as for any child who does not exist for them (DOMAIN.md "People and roles");
 * - a child who has left: accepted only when placed on the day the item was queued, `queuedAt` is not
 *   later than the gateway's clock (beyond CLOCK_SKEW_MS), and the item arrives within the offline
 *   window (HEARTH_OFFLINE_DAYS) after they left: a device can work offline that long at most before
 *   someone signs in online and its queue is sent. Otherwise refused (403) with the reason in words.
 */
import type { Kysely } from 'kysely';
import { englandDate, isPlacedInHome, type Placement } from '../../shared/domain/access.ts';
import { ukDate } from '../../shared/domain/naming.ts';
import type { Database } from '../db/schema.ts';
import { currentGroupIdOf, currentGroupNameOf } from '../groups/current.ts';
import { NOT_FOUND_CHILD, type Refusal } from './create-check.ts';

/** How far ahead of the gateway's clock a device's clock may be before its queued time is doubted. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface QueuedWindow {
  now: Date;
  /** The item's `queuedAt` (an ISO date-time, from the device's encrypted outbox metadata). */
  queuedAt: string;
  offlineDays: number;
}

export interface QueuedChild extends Placement {
  firstName: string;
  lastName: string;
}

/** The last day (`YYYY-MM-DD`) an item for a child who left on `placementEnd` is still accepted. */
export const lastDayAfterLeaving = (placementEnd: string, offlineDays: number): string =>
  new Date(Date.parse(`${placementEnd}T00:00:00Z`) + offlineDays * DAY_MS).toISOString().slice(0, 10);

const forbidden = (message: string): Refusal => ({ status: 403, error: 'forbidden', message });

/** Null when the item may be filed for this child; otherwise the refusal to send. */
export function judgeQueuedPlacement(
  child: QueuedChild | undefined,
  homeId: string,
  window: QueuedWindow,
): Refusal | null {
  const today = englandDate(window.now);
  if (child && isPlacedInHome(child, homeId, today)) return null;
  // Never placed here, or not yet arrived: they do not exist for this person.
  if (!child || child.homeId !== homeId || child.placementStart > today || child.placementEnd === null)
    return NOT_FOUND_CHILD;
  const name = `${child.firstName} ${child.lastName}`;
  const left = ukDate(child.placementEnd);
  const queuedMs = Date.parse(window.queuedAt);
  if (queuedMs > window.now.getTime() + CLOCK_SKEW_MS)
    return forbidden(
      `${name} has left this home, and this item says it was queued later than now: check the computer's date and time. It was not filed.`,
    );
  const queuedOn = englandDate(new Date(queuedMs));
  if (!isPlacedInHome(child, homeId, queuedOn))
    return forbidden(
      `${name} left this home on ${left}; this item was queued on ${ukDate(queuedOn)}, after they left, so it was not filed. Send it to their social worker instead.`,
    );
  const lastDay = lastDayAfterLeaving(child.placementEnd, window.offlineDays);
  if (today > lastDay)
    return forbidden(
      `${name} left this home on ${left}. Items queued before they left are accepted until ${ukDate(lastDay)} (${window.offlineDays} days), so this one was not filed. Send it to their social worker instead.`,
    );
  return null;
}

/**
 * The child an item names, with what create-check.ts needs for the title, when they may receive it
 * (judgeQueuedPlacement); the refusal otherwise. One query by id within the home, whatever the dates.
 */
export async function childForQueuedItem(
  db: Kysely<Database>,
  homeId: string,
  childId: string,
  window: QueuedWindow,
) {
  // The group as the item was queued: from the dated memberships (groups/current.ts), as the records read it.
  const queuedDay = englandDate(new Date(window.queuedAt));
  const row = await db
    .selectFrom('children')
    .select([
      'children.id',
      'children.first_name',
      'children.last_name',
      'children.home_id',
      'children.placement_start',
      'children.placement_end',
    ])
    .select((eb) => [
      currentGroupIdOf(eb, queuedDay).as('sibling_group_id'),
      currentGroupNameOf(eb, queuedDay).as('group_name'),
    ])
    .where('children.id', '=', childId)
    .where('children.home_id', '=', homeId)
    .executeTakeFirst();
  const refusal = judgeQueuedPlacement(
    row && {
      homeId: row.home_id,
      placementStart: row.placement_start,
      placementEnd: row.placement_end,
      firstName: row.first_name,
      lastName: row.last_name,
    },
    homeId,
    window,
  );
  return refusal || !row
    ? { ok: false as const, refusal: refusal ?? NOT_FOUND_CHILD }
    : { ok: true as const, child: row };
}
