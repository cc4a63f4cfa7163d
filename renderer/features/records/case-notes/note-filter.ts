/**
 * Filtering a child's case notes by type, among the types the record actually has (a select of
 * all 66 open-access types would mostly offer empty lists). Pure, so it is unit-tested.
 */
import type { CaseNote } from '../../../../shared/api/records.ts';
import { ALL_TYPES } from '../records-store.ts';

export interface TypeOption {
  id: string;
  label: string;
  count: number;
}

/** The types present, by label, each with how many notes it has. */
export function typesPresent(notes: readonly CaseNote[]): TypeOption[] {
  const byId = new Map<string, TypeOption>();
  for (const note of notes) {
    const option = byId.get(note.type);
    if (option) option.count += 1;
    else byId.set(note.type, { id: note.type, label: note.typeLabel, count: 1 });
  }
  return [...byId.values()].sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}

/** Newest first whatever order they came in, then the chosen type (or all). */
export function notesToShow(notes: readonly CaseNote[], typeId: string): CaseNote[] {
  const chosen = typeId === ALL_TYPES ? [...notes] : notes.filter((note) => note.type === typeId);
  return chosen.sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
}
