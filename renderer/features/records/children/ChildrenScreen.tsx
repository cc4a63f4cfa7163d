import { flushSync } from 'react-dom';
import { audit } from '../audit.ts';
import { formatCount } from '../format.ts';
import { LastUpdated } from '../LastUpdated.tsx';
import { Loading, LoadProblem } from '../LoadState.tsx';
import { PageHeading } from '../PageHeading.tsx';
import { useRecordsUi } from '../records-store.ts';
import { childrenRequest } from '../requests.ts';
import { useRecord } from '../use-record.ts';
import { ChildSearchForm, SEARCH_FIELD_ID } from './ChildSearchForm.tsx';
import { ChildrenTable } from './ChildrenTable.tsx';

const childrenCount = (n: number) => `${formatCount(n)} ${n === 1 ? 'child' : 'children'}`;

/** The children placed in the person's home (and only those: the gateway answers for no other home). */
export function ChildrenScreen({ homeName }: { homeName: string }) {
  const query = useRecordsUi((s) => s.search);
  const setSearch = useRecordsUi((s) => s.setSearch);
  const loaded = useRecord(childrenRequest(query), (shown) =>
    // 001: every enquiry is logged; a search keeps its words, a list has none.
    audit(query ? 'search-children' : 'list-children', null, query || null, shown.offline),
  );
  return (
    <>
      <PageHeading title={`Children in ${homeName}`} />
      <ChildSearchForm key={query} query={query} onSearch={setSearch} />
      {loaded.state === 'loading' && <Loading what="the children" />}
      {loaded.state === 'failed' && (
        <LoadProblem error={loaded.error} message={loaded.message} onRetry={loaded.retry} />
      )}
      {loaded.state === 'shown' && (
        <>
          <LastUpdated offline={loaded.offline} fetchedAt={loaded.fetchedAt} />
          {query && (
            <div className="hearth-search-result">
              <p className="govuk-body" role="status" data-testid="search-result">
                {childrenCount(loaded.value.children.length)} found for ‘{query}’.
              </p>
              <button
                type="button"
                className="govuk-button govuk-button--secondary hearth-search-result__clear"
                onClick={() => {
                  // The button goes with the search: focus moves to the search field, not to nowhere.
                  flushSync(() => setSearch(''));
                  document.getElementById(SEARCH_FIELD_ID)?.focus();
                }}
              >
                Show all children
              </button>
            </div>
          )}
          {loaded.value.children.length > 0 ? (
            <ChildrenTable
              children={loaded.value.children}
              caption={
                query ? `Search results for ‘${query}’` : `${childrenCount(loaded.value.children.length)}`
              }
            />
          ) : (
            !query && <p className="govuk-body">No children are placed in {homeName} at the moment.</p>
          )}
        </>
      )}
    </>
  );
}
