/**
 * Queries for the children a person may see. Every query filters in SQL by the reader's home and the
 * placement dates, mirroring `isPlacedInHome` in shared/domain/access.ts (children.test.ts checks the
 * two agree): a child of another home, a child who has left and an unknown id are all simply absent,
 * by the same single query, so neither the answer nor its timing tells them apart.
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { AccessRequestView } from '../../shared/api/access-requests.ts';
import type { ChildListItem, ChildRecord } from '../../shared/api/records.ts';
import { restrictedSummary, visibleSiblings } from '../../shared/domain/access.ts';
import type { Database } from '../db/schema.ts';
import { currentGroupIdOf, currentGroupNameOf } from '../groups/current.ts';

/** SQL mirror of `isPlacedInHome(child, homeId, today)`: same home, started, not yet left. */
export const placedInHome =
  (homeId: string, today: string) => (eb: ExpressionBuilder<Database, 'children'>) =>
    eb.and([
      eb('children.home_id', '=', homeId),
      eb('children.placement_start', '<=', today),
      eb.or([eb('children.placement_end', 'is', null), eb('children.placement_end', '>', today)]),
    ]);

const LIST_COLUMNS = [
  'children.id',
  'children.mosaic_id',
  'children.first_name',
  'children.last_name',
  'children.date_of_birth',
  'children.restricted',
  'children.home_id',
  'children.placement_start',
  'children.placement_end',
] as const;

export async function childrenPlacedIn(db: Kysely<Database>, homeId: string, today: string) {
  return db
    .selectFrom('children')
    .select(LIST_COLUMNS)
    .where(placedInHome(homeId, today))
    .orderBy('children.last_name')
    .orderBy('children.first_name')
    .execute();
}

type ListRow = Awaited<ReturnType<typeof childrenPlacedIn>>[number];

/** The list shows a restricted child's name and Mosaic number only (002 §6.2). */
export const toListItem = (row: ListRow): ChildListItem => ({
  id: row.id,
  mosaicId: row.mosaic_id,
  firstName: row.first_name,
  lastName: row.last_name,
  dateOfBirth: row.restricted === 1 ? null : row.date_of_birth,
  restricted: row.restricted === 1,
});

export const searchable = (row: ListRow) => ({
  firstName: row.first_name,
  lastName: row.last_name,
  mosaicId: row.mosaic_id,
});

/** One child with everything the person summary shows, or undefined when they do not exist for the reader. */
export async function childPlacedIn(db: Kysely<Database>, homeId: string, today: string, childId: string) {
  // The current group comes from the dated memberships (groups/current.ts): the one source of truth.
  return db
    .selectFrom('children')
    .innerJoin('homes', 'homes.id', 'children.home_id')
    .innerJoin('teams', 'teams.id', 'children.team_id')
    .leftJoin('social_workers', 'social_workers.id', 'children.social_worker_id')
    .select([...LIST_COLUMNS, 'children.legal_status'])
    .select(['homes.name as home_name', 'teams.name as team_name', 'teams.duty_inbox_email'])
    .select([
      'social_workers.name as sw_name',
      'social_workers.email as sw_email',
      'social_workers.phone as sw_phone',
    ])
    .select((eb) => [
      currentGroupIdOf(eb, today).as('sibling_group_id'),
      currentGroupNameOf(eb, today).as('group_name'),
    ])
    .where('children.id', '=', childId)
    .where(placedInHome(homeId, today))
    .executeTakeFirst();
}

type ChildRow = NonNullable<Awaited<ReturnType<typeof childPlacedIn>>>;

/** The other members of a sibling group placed in the same home (others do not exist for the reader). */
async function siblingsOf(db: Kysely<Database>, child: ChildRow, homeId: string, today: string) {
  if (child.sibling_group_id === null) return [];
  const rows = await db
    .selectFrom('children')
    .select(LIST_COLUMNS)
    .where((eb) => eb(currentGroupIdOf(eb, today), '=', child.sibling_group_id))
    .where(placedInHome(homeId, today))
    .orderBy('children.date_of_birth')
    .execute();
  const placements = rows.map((r) => ({
    ...r,
    homeId: r.home_id,
    placementStart: r.placement_start,
    placementEnd: r.placement_end,
  }));
  // The shared rule again over the SQL result: the two must agree, and this is the one tested for sense.
  return visibleSiblings(placements, child.id, homeId, today).map((r) => ({
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    mosaicId: r.mosaic_id,
  }));
}

/**
 * The person summary, or only the basics for a restricted record (002 §6.2) unless the council
 * granted this reader's access request (`grant`, still in force): then the full summary, marked so.
 */
export async function childRecord(
  db: Kysely<Database>,
  child: ChildRow,
  homeId: string,
  today: string,
  grant: AccessRequestView | null = null,
): Promise<ChildRecord> {
  if (child.restricted === 1 && grant === null) {
    return restrictedSummary({
      id: child.id,
      mosaicId: child.mosaic_id,
      firstName: child.first_name,
      lastName: child.last_name,
      socialWorkerName: child.sw_name,
      teamName: child.team_name,
    });
  }
  const worker =
    child.sw_name !== null && child.sw_email !== null && child.sw_phone !== null
      ? { name: child.sw_name, email: child.sw_email, phone: child.sw_phone }
      : null;
  return {
    restricted: false,
    id: child.id,
    mosaicId: child.mosaic_id,
    firstName: child.first_name,
    lastName: child.last_name,
    dateOfBirth: child.date_of_birth,
    legalStatus: child.legal_status,
    placement: { homeName: child.home_name, since: child.placement_start },
    socialWorker: worker,
    team: { name: child.team_name, dutyInboxEmail: child.duty_inbox_email },
    siblingGroup:
      child.sibling_group_id === null || child.group_name === null
        ? null
        : {
            id: child.sibling_group_id,
            name: child.group_name,
            members: await siblingsOf(db, child, homeId, today),
          },
    // Only on a restricted record shown by a grant: other answers are as they always were.
    ...(child.restricted === 1 && grant ? { grantedAccess: grant } : {}),
  };
}
