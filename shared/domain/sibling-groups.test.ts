// Guidance 004 "Who is included in the group?": siblings only, never parents; one group per child.
import { describe, expect, it } from 'vitest';
import { checkNewMember, isMemberOn, type Membership } from './sibling-groups.ts';

const ended = (groupId: string, startDate: string, endDate: string): Membership => ({
  groupId,
  startDate,
  endDate,
});
const current = (groupId: string, startDate: string): Membership => ({ groupId, startDate, endDate: null });

describe('sibling group membership (004)', () => {
  it('a child with no group joins from the given day', () => {
    expect(checkNewMember({ kind: 'child' }, [], 'g1', '2026-01-01')).toEqual({
      ok: true,
      value: { groupId: 'g1', startDate: '2026-01-01', endDate: null },
    });
  });

  it('"We do not include parents in a Group": a parent, carer or other adult never joins', () => {
    for (const kind of ['parent', 'carer', 'other-adult'] as const) {
      expect(checkNewMember({ kind }, [], 'g1', '2026-01-01')).toMatchObject({
        ok: false,
        error: 'not-a-child',
      });
    }
  });

  it('"Children will only be a part of one Group": a current member of another group is refused', () => {
    expect(
      checkNewMember({ kind: 'child' }, [current('g2', '2025-01-01')], 'g1', '2026-01-01'),
    ).toMatchObject({
      ok: false,
      error: 'in-another-group',
    });
    expect(
      checkNewMember({ kind: 'child' }, [current('g1', '2025-01-01')], 'g1', '2026-01-01'),
    ).toMatchObject({
      ok: false,
      error: 'already-member',
    });
  });

  it('after a membership ended the child may join another group, but not overlapping the old one', () => {
    const history = [ended('g2', '2024-01-01', '2025-06-01')];
    expect(checkNewMember({ kind: 'child' }, history, 'g1', '2025-06-01').ok).toBe(true);
    expect(checkNewMember({ kind: 'child' }, history, 'g1', '2025-05-31')).toMatchObject({
      ok: false,
      error: 'dates',
    });
  });

  it('a membership holds from its start day until the day before its end day', () => {
    const m = ended('g1', '2025-01-10', '2025-03-01');
    expect(isMemberOn(m, '2025-01-09')).toBe(false);
    expect(isMemberOn(m, '2025-01-10')).toBe(true);
    expect(isMemberOn(m, '2025-02-28')).toBe(true);
    expect(isMemberOn(m, '2025-03-01')).toBe(false);
  });
});
