import { useEffect, useRef } from 'react';
import { queueHref } from '../routes.ts';

/**
 * GOV.UK success banner, shown ONLY after `enqueue` resolved ok for each title listed: the outbox
 * transaction has committed, so the document really is on this computer (issue 4). It takes focus
 * (role alert, as GOV.UK's success banner does), so the person hears it at once.
 */
export function SavedBanner({
  titles,
  shownAt,
  takeFocus,
}: {
  titles: readonly string[];
  shownAt: number;
  /** False when an error summary is shown too (some saved, the rest refused): the summary takes focus. */
  takeFocus: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [shownAt, takeFocus]);
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="upload-saved-title"
      tabIndex={-1}
      ref={ref}
      data-testid="upload-saved"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="upload-saved-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <h3 className="govuk-notification-banner__heading">Saved on this computer</h3>
        <ul className="govuk-list">
          {titles.map((title) => (
            <li key={title}>{title}</li>
          ))}
        </ul>
        <p className="govuk-body">
          {titles.length === 1 ? 'It is' : 'They are'} kept safely here and sent to the council when Hearth is
          online.{' '}
          <a className="govuk-notification-banner__link" href={queueHref()}>
            See the upload queue
          </a>
          .
        </p>
      </div>
    </div>
  );
}
