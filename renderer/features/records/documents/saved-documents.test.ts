/**
 * The documents list offline (issue 6: "open a care plan offline from the cache", even when the
 * list was never opened online; README: "the newest document of each of the seven permitted types
 * is kept").
 */
import { describe, expect, it } from 'vitest';
import type { DocumentList, DocumentListItem } from '../../../../shared/api/records.ts';
import { withKeptCopies } from './saved-documents.ts';

const doc = (id: string, completedOn: string): DocumentListItem => ({
  id,
  type: 'cla-care-plan',
  typeLabel: 'Child Looked After Care Plan',
  title: id,
  completedOn,
  mimeType: 'application/pdf',
  size: 100,
  recordedAt: `${completedOn}T12:00:00.000Z`,
  attribution: null,
});
const saved = (documents: DocumentListItem[], fetchedAt: string) => ({
  value: { mosaicId: '4107732', documents } satisfies DocumentList,
  fetchedAt,
});

describe('the documents shown offline', () => {
  it('the kept copies alone when the list was never opened online', () => {
    const kept = saved([doc('plan', '2026-05-01')], '2026-11-25T10:00:00.000Z');
    expect(withKeptCopies(null, kept)).toEqual(kept);
  });

  it('the saved list, with a newer kept care plan added to it (it replaced the older copy)', () => {
    const list = saved(
      [doc('old-plan', '2025-01-01'), doc('chronology', '2026-01-01')],
      '2026-11-20T10:00:00.000Z',
    );
    const kept = saved([doc('new-plan', '2026-11-24')], '2026-11-25T10:00:00.000Z');
    const shown = withKeptCopies(list, kept);
    expect(shown?.value.documents.map((d) => d.id)).toEqual(['old-plan', 'chronology', 'new-plan']);
    // "Last updated" stays the list's own time.
    expect(shown?.fetchedAt).toBe('2026-11-20T10:00:00.000Z');
  });

  it('the saved list unchanged when it already lists every kept copy; nothing when neither is saved', () => {
    const list = saved([doc('plan', '2026-05-01')], '2026-11-20T10:00:00.000Z');
    expect(withKeptCopies(list, saved([doc('plan', '2026-05-01')], '2026-11-25T10:00:00.000Z'))).toBe(list);
    expect(withKeptCopies(null, null)).toBeNull();
  });
});
