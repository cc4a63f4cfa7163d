import type { ReactNode } from 'react';
import { checkDocumentTitle } from '../../../../shared/domain/naming.ts';
import { documentType } from '../../../../shared/domain/catalogue.ts';
import { formatWhen } from '../../../app/when.ts';
import { mayCancel } from '../../../outbox/item-status.ts';
import type { OutboxItem } from '../../../outbox/outbox.ts';
import { HARD_COPIES_HREF, queueHardCopyWords } from '../../hard-copies/index.ts';
import { formatDate } from '../../records/format.ts';
import { formatBytes } from '../format-bytes.ts';
import { isWaiting, itemWords, type TagColour } from '../item-words.ts';
import { ConfirmCancel } from './ConfirmCancel.tsx';

const TAG: Record<TagColour, string> = {
  grey: 'govuk-tag--grey',
  blue: '',
  green: 'govuk-tag--green',
  red: 'govuk-tag--red',
  yellow: 'govuk-tag--yellow',
};

export const UNREADABLE_TITLE = 'A document Hearth cannot read on this computer';

export const itemTitle = (item: OutboxItem): string => item.meta?.title ?? UNREADABLE_TITLE;

/** The child's name is the title's first part (004 naming standard): no need to look the child up. */
function childName(item: OutboxItem): string {
  const parts = item.meta ? checkDocumentTitle(item.meta.title) : null;
  return parts?.ok ? parts.value.name : 'Not known';
}

function Row({ label, children, id }: { label: string; children: ReactNode; id?: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key" id={id}>
        {label}
      </dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

export interface CardActions {
  confirming: boolean;
  busy: boolean;
  onRetry(): void;
  onAskCancel(): void;
  onConfirmCancel(): void;
  onKeep(): void;
}

/**
 * One queued document as a GOV.UK summary card: what it is, for whom, how much has been sent (a
 * <progress> bar in bytes) and its state in words; "Retry now", and "Cancel" until the council has it.
 */
export function QueueItemCard({
  item,
  sentBytes,
  sendingNow,
  uploaderName,
  actions,
}: {
  item: OutboxItem;
  sentBytes: number;
  sendingNow: boolean;
  /** The signed-in person, whose items these are: the name the hard-copy note gives (001). */
  uploaderName: string;
  actions: CardActions;
}) {
  const base = `item-${item.outboxId}`;
  const title = itemTitle(item);
  const words = itemWords(item, sendingNow);
  const waiting = isWaiting(item);
  const sent = waiting ? Math.min(item.size, Math.max(item.bytesAcked, sentBytes)) : item.size;
  const hardCopy = queueHardCopyWords(item, uploaderName);
  return (
    <li className="govuk-summary-card hearth-queue__item" data-testid="queue-item" data-state={item.state}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title" id={`${base}-title`}>
          {title}
        </h3>
        {waiting && (
          <ul className="govuk-summary-card__actions">
            <li className="govuk-summary-card__action">
              <button type="button" className="hearth-link-button govuk-link" onClick={actions.onRetry}>
                Retry now<span className="govuk-visually-hidden"> for {title}</span>
              </button>
            </li>
            {mayCancel(item.state) && (
              <li className="govuk-summary-card__action">
                <button
                  type="button"
                  id={`${base}-cancel`}
                  className="hearth-link-button govuk-link"
                  onClick={actions.onAskCancel}
                  aria-expanded={actions.confirming}
                >
                  Cancel<span className="govuk-visually-hidden"> {title}</span>
                </button>
              </li>
            )}
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">
        {actions.confirming && (
          <ConfirmCancel
            id={`${base}-confirm`}
            title={title}
            busy={actions.busy}
            onYes={actions.onConfirmCancel}
            onNo={actions.onKeep}
          />
        )}
        <dl className="govuk-summary-list">
          <Row label="State">
            <strong className={`govuk-tag ${TAG[words.colour]}`} data-testid="queue-item-state">
              {words.state}
            </strong>
            {words.detail && (
              <p
                className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0"
                data-testid="queue-item-detail"
              >
                {words.detail}
              </p>
            )}
          </Row>
          {waiting && (
            <Row label="Sent" id={`${base}-sent`}>
              <progress
                className="hearth-progress"
                max={item.size}
                value={sent}
                aria-labelledby={`${base}-sent ${base}-title`}
              />{' '}
              <span className="govuk-body-s">
                {formatBytes(sent)} of {formatBytes(item.size)}
              </span>
            </Row>
          )}
          {hardCopy && (
            <Row label="Hard copy">
              {hardCopy.kind === 'write' ? (
                <>
                  Write on the hard copy: <strong data-testid="queue-item-hard-copy">{hardCopy.note}</strong>
                  <br />
                  <a className="govuk-link" href={HARD_COPIES_HREF}>
                    Print a label or say it is marked
                    <span className="govuk-visually-hidden"> for {title}</span>
                  </a>
                </>
              ) : (
                hardCopy.text
              )}
            </Row>
          )}
          {item.meta?.groupChildIds ? (
            // Issue 8: one item for several siblings; the title names their group (004).
            <Row label="Sibling group">
              {childName(item)} ({item.meta.groupChildIds.split(',').length} children)
            </Row>
          ) : (
            <Row label="Child">{childName(item)}</Row>
          )}
          <Row label="Type">{item.meta ? documentType(item.meta.documentType).label : 'Not known'}</Row>
          <Row label="Date completed">{item.meta ? formatDate(item.meta.completedOn) : 'Not known'}</Row>
          {item.meta?.authorName && (
            <Row label="On behalf of">
              {item.meta.authorName}, {item.meta.authorRole}
            </Row>
          )}
          <Row label="File">
            {item.meta?.fileName ?? 'Not known'}, {formatBytes(item.size)}
          </Row>
          <Row label="Added to the queue">{item.meta ? formatWhen(item.queuedAt) : 'Not known'}</Row>
          {waiting && item.attempts > 0 && <Row label="Tries so far">{item.attempts}</Row>}
        </dl>
      </div>
    </li>
  );
}
