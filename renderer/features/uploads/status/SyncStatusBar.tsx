import './sync-status.scss';
import { useEffect, useState } from 'react';
import { useSession } from '../../../session/session-store.ts';
import { isSendingNow } from '../item-words.ts';
import { EMPTY_BATCH, nextBatch, summarise, summaryWords, type Batch } from '../queue-summary.ts';
import { queueHref } from '../routes.ts';
import { useOnline, type Online } from '../use-online.ts';
import { useOutboxItems } from '../use-outbox-items.ts';

const CONNECTION: Record<Online, { text: string; tag: string }> = {
  online: { text: 'Online', tag: 'govuk-tag--green' },
  offline: { text: 'Offline', tag: 'govuk-tag--grey' },
  checking: { text: 'Checking connection', tag: 'govuk-tag--yellow' },
};

/**
 * The always-visible sync status (issue 4 "The app"): online or offline, how many documents wait
 * on this computer, and "Sending 2 of 3" while sending. Shown signed in or not, since queued
 * documents wait for whoever queued them. Its words are a polite live region (WCAG 4.1.3), so a
 * change is announced without moving focus; the per-item detail is on the queue screen.
 */
export function SyncStatusBar() {
  const online = useOnline();
  const signedIn = useSession((s) => s.status === 'signed-in');
  const { items, problem } = useOutboxItems();
  const [batch, setBatch] = useState<Batch>(EMPTY_BATCH);
  useEffect(() => {
    if (items) setBatch((before) => nextBatch(before, items));
  }, [items]);

  const now = Date.now();
  const sending = online !== 'offline' && (items ?? []).some((item) => isSendingNow(item, true, now));
  const summary = items
    ? summaryWords(summarise(items, batch, sending))
    : problem
      ? 'Hearth cannot read the upload queue'
      : 'Checking the upload queue';
  const connection = CONNECTION[online];
  return (
    <div className="hearth-sync-status" data-testid="sync-status">
      <div className="govuk-width-container hearth-sync-status__inner">
        <p className="govuk-body-s hearth-sync-status__text" role="status">
          <strong className={`govuk-tag ${connection.tag}`} data-testid="sync-connection">
            {connection.text}
          </strong>{' '}
          <span data-testid="sync-summary">{summary}</span>
        </p>
        {signedIn && (
          <a className="govuk-link govuk-body-s hearth-sync-status__link" href={queueHref()}>
            Upload queue
          </a>
        )}
      </div>
    </div>
  );
}
