import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  text: string;
  /** The id of the field the error is about; errors not about a field are shown as plain text. */
  fieldId?: string;
}

/** Focuses a field and brings its label into view too, as GOV.UK Frontend's error summary does. */
function focusField(fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (!field) return;
  document.querySelector(`label[for="${CSS.escape(fieldId)}"]`)?.scrollIntoView();
  field.focus({ preventScroll: true });
}

/**
 * GOV.UK error summary. It takes focus each time `attempt` changes (every failed submit), so
 * screen reader and keyboard users land on the list of problems, then follow a link to the field.
 */
export function ErrorSummary({ items, attempt }: { items: readonly ErrorSummaryItem[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  return (
    <div className="govuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map((item) => (
              <li key={item.fieldId ?? item.text}>
                {item.fieldId ? (
                  <a
                    href={`#${item.fieldId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      if (item.fieldId) focusField(item.fieldId);
                    }}
                  >
                    {item.text}
                  </a>
                ) : (
                  item.text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
