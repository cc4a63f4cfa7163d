/**
 * UI state of the records screens that outlives one screen (zustand): the search of the children
 * list, and the case note type each child's list is filtered by, so looking at a child and coming
 * back keeps the staff member's place. Both are kept in memory only, never in the address: the
 * browser writes addresses and window titles to its history files in plain text, and a search's
 * words are often a child's name (003: what a device keeps is encrypted).
 */
import { create } from 'zustand';

/** The filter value meaning "every type". */
export const ALL_TYPES = 'all';

interface RecordsUiState {
  search: string;
  setSearch(words: string): void;
  noteFilter: Readonly<Record<string, string>>;
  setNoteFilter(childId: string, typeId: string): void;
  /** Forgets what was chosen, at sign-out: the next person starts afresh. */
  reset(): void;
}

export const useRecordsUi = create<RecordsUiState>()((set) => ({
  search: '',
  setSearch: (words) => set({ search: words.trim() }),
  noteFilter: {},
  setNoteFilter: (childId, typeId) => set((s) => ({ noteFilter: { ...s.noteFilter, [childId]: typeId } })),
  reset: () => set({ search: '', noteFilter: {} }),
}));
