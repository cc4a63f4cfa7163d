/**
 * Where the reader's access request to a restricted record stands (002 §6.2): waiting (since when),
 * refused (by whom, with the council's note), ended, or granted on a saved copy read offline (the
 * full record is read from the gateway only, see saved-summary.ts). Just after sending, a GOV.UK
 * success banner takes focus so keyboard and screen reader users hear that it went.
 */
import { useEffect, useRef } from 'react';
import type { AccessRequestView } from '../../../../shared/api/access-requests.ts';
import { formatDateTime } from '../format.ts';
import { SummaryRow } from './SummaryRow.tsx';

function SentBanner({ existing }: { existing: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="access-sent-title"
      tabIndex={-1}
      ref={ref}
      data-testid="access-request-sent"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="access-sent-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          {existing
            ? 'You had already asked for access: that request is still waiting for a decision'
            : 'Your request for access has been sent'}
        </p>
      </div>
    </div>
  );
}

const TAGS: Record<AccessRequestView['state'], { text: string; colour: string }> = {
  pending: { text: 'Waiting for a decision', colour: 'yellow' },
  granted: { text: 'Granted', colour: 'green' },
  refused: { text: 'Refused', colour: 'red' },
  expired: { text: 'Access ended', colour: 'grey' },
};

export function AccessRequestStatus(props: {
  request: AccessRequestView;
  /** Set just after this screen sent it: whether the gateway returned an earlier open request. */
  sent: { existing: boolean } | null;
}) {
  const { request } = props;
  const tag = TAGS[request.state];
  return (
    <section
      aria-labelledby="access-status-heading"
      data-testid="access-request-status"
      data-state={request.state}
    >
      {props.sent && <SentBanner existing={props.sent.existing} />}
      <h2 className="govuk-heading-m" id="access-status-heading">
        Your request for access
      </h2>
      <dl className="govuk-summary-list">
        <SummaryRow label="Status">
          <strong className={`govuk-tag govuk-tag--${tag.colour}`}>{tag.text}</strong>
        </SummaryRow>
        <SummaryRow label="Asked on">{formatDateTime(request.requestedAt)}</SummaryRow>
        <SummaryRow label="Your reason">{request.reason}</SummaryRow>
        {request.decidedAt && (
          <SummaryRow label="Decided">
            {formatDateTime(request.decidedAt)} by {request.decidedBy}
          </SummaryRow>
        )}
        {request.state !== 'pending' && request.decidedAt && (
          <SummaryRow label="Council’s note">{request.note ?? 'No note was given.'}</SummaryRow>
        )}
        {request.expiresAt && (
          <SummaryRow label={request.state === 'granted' ? 'Access until' : 'Access ended'}>
            {formatDateTime(request.expiresAt)}
          </SummaryRow>
        )}
      </dl>
      {request.state === 'pending' && (
        <p className="govuk-body">
          The council will grant or refuse it. Until then you see the basic details only.
        </p>
      )}
      {request.state === 'granted' && (
        <p className="govuk-body">
          The full record is not kept on this computer. Connect to the network to read it.
        </p>
      )}
      {request.state === 'refused' && (
        <p className="govuk-body">You can ask again below, saying more about why you need access.</p>
      )}
      {request.state === 'expired' && (
        <p className="govuk-body">If you still need access, ask again below.</p>
      )}
    </section>
  );
}
