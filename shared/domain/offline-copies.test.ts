/**
 * Which documents a device keeps for reading offline (issue 6: "a cached copy is replaced when the
 * council's copy changes"; README: "The newest document of each of the seven permitted types is
 * kept"; 003: a device keeps no more than the home needs).
 */
import { describe, expect, it } from 'vitest';
import type { DocumentListItem } from '../api/records.ts';
import { PERMITTED_TYPES, documentsToKeep, offlineCopyPlan } from './offline-copies.ts';

const doc = (
  id: string,
  type: DocumentListItem['type'],
  completedOn: string,
  recordedAt = `${completedOn}T12:00:00.000Z`,
): DocumentListItem => ({
  id,
  type,
  typeLabel: type,
  title: id,
  completedOn,
  mimeType: 'application/pdf',
  size: 100,
  recordedAt,
  attribution: null,
});

describe('documents kept for offline reading', () => {
  it('the seven permitted types of 001, and only those', () => {
    expect(PERMITTED_TYPES).toHaveLength(7);
    expect(PERMITTED_TYPES).toContain('cla-care-plan');
    expect(PERMITTED_TYPES).not.toContain('placement-plan');
  });

  it('keeps only the newest of each permitted type, never another type', () => {
    const kept = documentsToKeep([
      doc('old-plan', 'cla-care-plan', '2025-01-10'),
      doc('new-plan', 'cla-care-plan', '2026-05-02'),
      doc('pathway', 'cla-pathway-plan', '2026-01-01'),
      doc('placement', 'placement-plan', '2026-06-01'),
      doc('keyworker', 'keyworker-monthly-report', '2026-06-01'),
    ]);
    expect(kept.map((d) => d.id).sort()).toEqual(['new-plan', 'pathway']);
  });

  it('on the same completion date, the one the council recorded last', () => {
    const kept = documentsToKeep([
      doc('first', 'health-assessment', '2026-03-03', '2026-03-03T09:00:00.000Z'),
      doc('second', 'health-assessment', '2026-03-03', '2026-03-04T09:00:00.000Z'),
    ]);
    expect(kept.map((d) => d.id)).toEqual(['second']);
  });
});

describe('README "the newest document of each of the seven permitted types is kept": the plan for one child', () => {
  it('a newer care plan takes the older one’s place: the older is neither kept nor left behind', () => {
    const plan = offlineCopyPlan([
      doc('old-plan', 'cla-care-plan', '2025-01-10'),
      doc('new-plan', 'cla-care-plan', '2026-05-02'),
    ]);
    expect(plan.keep.map((d) => d.id)).toEqual(['new-plan']);
    // One place per type: keeping the new plan there is what removes the old copy.
    expect(plan.emptyTypes).not.toContain('cla-care-plan');
  });

  it('a permitted type the child no longer has a document of is emptied, so no stale copy stays', () => {
    const plan = offlineCopyPlan([doc('pathway', 'cla-pathway-plan', '2026-01-01')]);
    expect(plan.emptyTypes).toHaveLength(6);
    expect(plan.emptyTypes).toContain('cla-care-plan');
    expect(plan.emptyTypes).not.toContain('cla-pathway-plan');
  });

  it('a child with no documents: every place is emptied', () => {
    expect(offlineCopyPlan([])).toEqual({ keep: [], emptyTypes: [...PERMITTED_TYPES] });
  });
});
