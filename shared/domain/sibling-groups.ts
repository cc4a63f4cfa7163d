/**
 * Who may be a member of a sibling group (guidance 004 "Who is included in the group?", 002 §3;
 * DOMAIN.md "Sibling groups"): full, half or step siblings; "We do not include parents in a Group";
 * "Children will only be a part of one Group". A membership runs from its start date until its end
 * date (exclusive, like a placement); an ended membership stays as history (004: "Where someone is
 * no longer a member of the group, the date their membership ended is shown").
 * The gateway applies these rules (gateway/groups/membership.ts) and its database enforces the last
 * one again with a partial unique index (migration 0900).
 */
import type { Result } from '../result.ts';

/** The kinds of person record Mosaic holds; only a child's (or care leaver's) record may join. */
export type PersonKind = 'child' | 'parent' | 'carer' | 'other-adult';

export interface Membership {
  groupId: string;
  /** `YYYY-MM-DD`. */
  startDate: string;
  /** `YYYY-MM-DD`, exclusive; null while a member. */
  endDate: string | null;
}

/** A member on `date`: started on or before it and not yet ended. */
export const isMemberOn = (m: Membership, date: string): boolean =>
  m.startDate <= date && (m.endDate === null || m.endDate > date);

/** The membership that has no end date, if any: the child's one group. */
export const openMembership = (memberships: readonly Membership[]): Membership | undefined =>
  memberships.find((m) => m.endDate === null);

export const NOT_A_CHILD_MESSAGE =
  'Only children (and care leavers) are members of a sibling group. Parents and other relationships stay on the child’s own record (004).';

export type MembershipProblem = 'not-a-child' | 'already-member' | 'in-another-group' | 'dates';

/**
 * Whether a person may join `groupId` from `startDate`, given their memberships so far. Returns the
 * membership to record, or why not in words for the person adding them.
 */
export function checkNewMember(
  person: { kind: PersonKind },
  memberships: readonly Membership[],
  groupId: string,
  startDate: string,
): Result<Membership, MembershipProblem> {
  if (person.kind !== 'child') {
    return { ok: false, error: 'not-a-child', message: NOT_A_CHILD_MESSAGE };
  }
  const open = openMembership(memberships);
  if (open?.groupId === groupId)
    return { ok: false, error: 'already-member', message: 'This child is already a member of this group.' };
  if (open) {
    return {
      ok: false,
      error: 'in-another-group',
      message:
        'This child is already a member of another group. End that membership first: a child is in one group only (004).',
    };
  }
  // An ended membership may not overlap the new one: the history must read true.
  if (memberships.some((m) => m.endDate !== null && m.endDate > startDate)) {
    return {
      ok: false,
      error: 'dates',
      message: 'The new membership would start before an earlier one ended.',
    };
  }
  return { ok: true, value: { groupId, startDate, endDate: null } };
}
