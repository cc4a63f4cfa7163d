import { describe, expect, test } from 'vitest';
import type { CaseNote } from '../../../../shared/api/records.ts';
import { ALL_TYPES } from '../records-store.ts';
import { notesToShow, typesPresent } from './note-filter.ts';

const note = (id: string, type: string, typeLabel: string, occurredAt: string): CaseNote => ({
  id,
  type,
  typeLabel,
  occurredAt,
  authorName: 'Nadia Rahman',
  authorRole: 'Social Worker',
  body: 'Text',
});

const notes = [
  note('a', 'home-visit', 'Home visit', '2026-01-02T09:00:00.000Z'),
  note('b', 'education', 'Education', '2026-03-01T09:00:00.000Z'),
  note('c', 'home-visit', 'Home visit', '2026-02-01T09:00:00.000Z'),
];

describe('case note type filter', () => {
  test('offers only the types present, by name, with their counts', () => {
    expect(typesPresent(notes)).toEqual([
      { id: 'education', label: 'Education', count: 1 },
      { id: 'home-visit', label: 'Home visit', count: 2 },
    ]);
  });

  test('all types, newest first', () => {
    expect(notesToShow(notes, ALL_TYPES).map((n) => n.id)).toEqual(['b', 'c', 'a']);
  });

  test('one type, newest first', () => {
    expect(notesToShow(notes, 'home-visit').map((n) => n.id)).toEqual(['c', 'a']);
  });

  test('a type the record does not have shows nothing', () => {
    expect(notesToShow(notes, 'fax')).toEqual([]);
  });
});
