import { useState, type FormEvent } from 'react';

export const SEARCH_FIELD_ID = 'child-search';

/**
 * GOV.UK search pattern: a labelled search input and a button. Each search is one audited enquiry
 * (001). The words stay in memory (records-store.ts), not in the address, which the browser keeps.
 */
export function ChildSearchForm({ query, onSearch }: { query: string; onSearch(words: string): void }) {
  const [words, setWords] = useState(query);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(words);
  }
  return (
    <form role="search" className="hearth-search" onSubmit={submit}>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={SEARCH_FIELD_ID}>
          Search by name or Mosaic reference number
        </label>
        <div className="hearth-search__row">
          <input
            className="govuk-input govuk-!-width-two-thirds"
            id={SEARCH_FIELD_ID}
            name="q"
            type="search"
            value={words}
            onChange={(event) => setWords(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
          />
          <button type="submit" className="govuk-button govuk-button--secondary hearth-search__button">
            Search
          </button>
        </div>
      </div>
    </form>
  );
}
