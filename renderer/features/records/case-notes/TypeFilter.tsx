import { useState, type FormEvent } from 'react';
import { formatCount } from '../format.ts';
import { ALL_TYPES } from '../records-store.ts';
import type { TypeOption } from './note-filter.ts';

interface TypeFilterProps {
  options: readonly TypeOption[];
  total: number;
  value: string;
  onApply(typeId: string): void;
}

/**
 * A GOV.UK select of the types present, applied with a button: changing a select alone changes
 * nothing (WCAG 3.2.2 On Input), and each applied filter is one audited view of the list.
 */
export function TypeFilter({ options, total, value, onApply }: TypeFilterProps) {
  const [chosen, setChosen] = useState(value);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(chosen);
  }
  return (
    <form className="hearth-filter" onSubmit={submit}>
      <div className="govuk-form-group hearth-filter__group">
        <label className="govuk-label govuk-label--s" htmlFor="note-type">
          Type of case note
        </label>
        <select
          className="govuk-select"
          id="note-type"
          name="type"
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
        >
          <option value={ALL_TYPES}>All types ({formatCount(total)})</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label} ({formatCount(option.count)})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary hearth-filter__button">
        Show notes
      </button>
    </form>
  );
}
