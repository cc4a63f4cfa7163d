/**
 * A child's CURRENT sibling group, derived from the dated memberships and nowhere else (issue 8;
 * migration 1200): a membership counts on `today` when it started on or before it and has not ended
 * (the SQL mirror of `isMemberOn` in shared/domain/sibling-groups.ts; end dates are exclusive). So a
 * membership ended on a future date still counts until that day, and every reader (the summary
 * link, the sibling list, the group page, the group-upload check) agrees on the same day.
 * At most one membership is current per child: the rules in membership.ts refuse overlapping ones
 * and migration 0900's partial unique index allows one open membership per child.
 */
import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Where-clause: the `sibling_group_members` row is current on `today`. */
export const currentOn = (today: string) => (eb: ExpressionBuilder<Database, 'sibling_group_members'>) =>
  eb.and([
    eb('sibling_group_members.start_date', '<=', today),
    eb.or([
      eb('sibling_group_members.end_date', 'is', null),
      eb('sibling_group_members.end_date', '>', today),
    ]),
  ]);

/** Scalar subquery for a `children` query: the id of the child's current group, or null. */
export const currentGroupIdOf = (eb: ExpressionBuilder<Database, 'children'>, today: string) =>
  eb
    .selectFrom('sibling_group_members')
    .select('sibling_group_members.group_id')
    .whereRef('sibling_group_members.child_id', '=', 'children.id')
    .where(currentOn(today))
    .limit(1);

/** Scalar subquery for a `children` query: the 004 name of the child's current group, or null. */
export const currentGroupNameOf = (eb: ExpressionBuilder<Database, 'children'>, today: string) =>
  eb
    .selectFrom('sibling_group_members')
    .innerJoin('sibling_groups', 'sibling_groups.id', 'sibling_group_members.group_id')
    .select('sibling_groups.name')
    .whereRef('sibling_group_members.child_id', '=', 'children.id')
    .where(currentOn(today))
    .limit(1);
