/** Which documents a device keeps for offline reading (issue 6; 003: no more than the home needs). */
import { describe, expect, it } from 'vitest';
import type { DocumentListItem } from '../../../shared/api/records.ts';
import { documentsToKeep } from './keep-list.ts';

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
