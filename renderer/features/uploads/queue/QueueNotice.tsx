import { useEffect, useRef } from 'react';

export interface Notice {
  kind: 'success' | 'problem';
  text: string;
  /** Changes for each new notice, so focus moves to it again. */
  at: number;
}

/**
 * What became of "Cancel" or "Retry now", as a GOV.UK notification banner. After a cancel the
 * item's buttons are gone, so the banner takes focus: keyboard users are not dropped at the page top.
 */
export function QueueNotice({ notice, takeFocus }: { notice: Notice; takeFocus: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [notice.at, takeFocus]);
  const success = notice.kind === 'success';
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role="alert"
      aria-labelledby="queue-notice-title"
      tabIndex={-1}
      ref={ref}
      data-testid="queue-notice"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="queue-notice-title">
          {success ? 'Success' : 'Important'}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{notice.text}</p>
      </div>
    </div>
  );
}
