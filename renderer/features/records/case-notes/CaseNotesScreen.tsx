import { useMemo } from 'react';
import type { CaseNote } from '../../../../shared/api/records.ts';
import { audit } from '../audit.ts';
import { formatCount } from '../format.ts';
import { LastUpdated } from '../LastUpdated.tsx';
import { Loading, LoadProblem } from '../LoadState.tsx';
import { ALL_TYPES, useRecordsUi } from '../records-store.ts';
import { caseNotesRequest } from '../requests.ts';
import { useRecord } from '../use-record.ts';
import { VirtualList } from '../virtual/VirtualList.tsx';
import { CaseNoteRow } from './CaseNoteRow.tsx';
import { notesToShow, typesPresent } from './note-filter.ts';
import { TypeFilter } from './TypeFilter.tsx';

const LIST_HEADING_ID = 'case-notes-list-heading';
const LIST_HELP_ID = 'case-notes-list-help';
/** A typical note's height in px before it is measured (a heading, an author line, two lines of text). */
const ESTIMATED_NOTE_HEIGHT = 150;
const noteKey = (note: CaseNote) => note.id;
const renderNote = (note: CaseNote) => <CaseNoteRow note={note} />;

/** A filter kept from before may name a type this record no longer has: then it shows all. */
const filterFor = (notes: readonly CaseNote[], stored: string) =>
  notes.some((note) => note.type === stored) ? stored : ALL_TYPES;

/**
 * A child's case notes of open-access types (the gateway sends no confidential or restricted type,
 * 002 Appendix 1), newest first, filtered by type. Only the notes in view are in the DOM, so a
 * record of 2,000 notes opens and scrolls as quickly as a short one.
 */
/** `keepOffline` is false for a restricted record read by the reader's grant (002 §6.2). */
export function CaseNotesScreen({ childId, keepOffline = true }: { childId: string; keepOffline?: boolean }) {
  const stored = useRecordsUi((s) => s.noteFilter[childId] ?? ALL_TYPES);
  const setNoteFilter = useRecordsUi((s) => s.setNoteFilter);
  const loaded = useRecord(caseNotesRequest(childId, keepOffline), (shown) =>
    audit('view-case-notes', childId, filterFor(shown.value.caseNotes, stored), shown.offline),
  );
  const notes = loaded.state === 'shown' ? loaded.value.caseNotes : null;
  const options = useMemo(() => (notes ? typesPresent(notes) : []), [notes]);
  const filter = notes ? filterFor(notes, stored) : ALL_TYPES;
  const shownNotes = useMemo(() => (notes ? notesToShow(notes, filter) : []), [notes, filter]);

  if (loaded.state === 'loading') return <Loading what="the case notes" />;
  if (loaded.state === 'failed')
    return <LoadProblem error={loaded.error} message={loaded.message} onRetry={loaded.retry} />;

  function apply(typeId: string) {
    setNoteFilter(childId, typeId);
    if (loaded.state === 'shown') audit('view-case-notes', childId, typeId, loaded.offline);
  }
  const total = loaded.value.caseNotes.length;
  const typeLabel = options.find((o) => o.id === filter)?.label;

  return (
    <>
      <LastUpdated offline={loaded.offline} fetchedAt={loaded.fetchedAt} />
      {total === 0 ? (
        <p className="govuk-body">There are no case notes on this record that you can see.</p>
      ) : (
        <>
          <TypeFilter options={options} total={total} value={filter} onApply={apply} />
          <h2 className="govuk-heading-m" id={LIST_HEADING_ID}>
            {typeLabel ? `${typeLabel} notes` : 'All case notes'}
          </h2>
          <p className="govuk-body" id={LIST_HELP_ID} role="status" data-testid="notes-count">
            {typeLabel
              ? `${formatCount(shownNotes.length)} of ${formatCount(total)} notes, newest first.`
              : `${formatCount(total)} notes, newest first.`}{' '}
            Select the list and use the arrow keys, Page Up, Page Down, Home and End to scroll.
          </p>
          <VirtualList
            // A new filter starts at the top of its own list.
            key={filter}
            items={shownNotes}
            itemKey={noteKey}
            renderItem={renderNote}
            estimatedHeight={ESTIMATED_NOTE_HEIGHT}
            labelledBy={LIST_HEADING_ID}
            describedBy={LIST_HELP_ID}
          />
        </>
      )}
    </>
  );
}
