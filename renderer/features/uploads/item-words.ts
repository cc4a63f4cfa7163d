/**
 * An outbox item's state in words for the queue screen (issue 4 "The app": its state, "received by
 * the council" and "social worker notified (name)" when true). Pure, so each wording is tested.
 */
import { formatWhen } from '../../app/when.ts';
import { isReceived } from '../../outbox/item-status.ts';
import type { OutboxItem } from '../../outbox/outbox.ts';

export type TagColour = 'grey' | 'blue' | 'green' | 'red' | 'yellow';

export interface ItemWords {
  /** The state, short enough for a GOV.UK tag. */
  state: string;
  colour: TagColour;
  /** What else the person should know, or null. */
  detail: string | null;
}

function notified(item: OutboxItem): string | null {
  const notice = item.notification;
  if (!notice || notice.state !== 'sent') return null;
  return notice.recipientKind === 'duty-inbox'
    ? `Team duty inbox notified (${notice.recipientName})`
    : `Social worker notified (${notice.recipientName})`;
}

/**
 * Whether the engine is at work on the item now. An item keeps the state 'sending' between tries
 * (its upload exists at the gateway), so offline or while it waits out a backoff it is "waiting".
 */
export function isSendingNow(
  item: Pick<OutboxItem, 'state' | 'nextAttemptAt'>,
  online: boolean,
  now: number,
): boolean {
  const due = item.nextAttemptAt === null || Date.parse(item.nextAttemptAt) <= now;
  return item.state === 'sending' && online && due;
}

const lastTry = (item: OutboxItem): string | null => (item.lastError ? `Last try: ${item.lastError}` : null);

export function itemWords(item: OutboxItem, sendingNow: boolean): ItemWords {
  switch (item.state) {
    case 'queued':
      return { state: 'Waiting to send', colour: 'grey', detail: lastTry(item) };
    case 'sending':
      if (sendingNow) return { state: 'Sending', colour: 'blue', detail: null };
      return {
        state: 'Waiting to send',
        colour: 'grey',
        detail: lastTry(item) ?? 'Partly sent; Hearth carries on from where it stopped.',
      };
    case 'needs-attention':
      return {
        state: `Needs attention: ${item.attention ?? 'Hearth could not send this document.'}`,
        colour: 'red',
        detail: 'Hearth tries again when it is next online. You can also choose "Retry now".',
      };
    case 'received':
    case 'notified': {
      const received = item.recordedAt
        ? `Received by the council on ${formatWhen(item.recordedAt)}`
        : 'Received by the council';
      const told = notified(item);
      if (told) return { state: told, colour: 'green', detail: received };
      const who = item.notification?.recipientName ?? 'the social worker';
      // Retrying: the mail server refused or could not be reached; say so, so a manager who must
      // make sure the worker heard (001) knows to phone if it goes on.
      const tries = item.notification?.state === 'retrying' ? item.notification.attempts : 0;
      return {
        state: 'Received by the council',
        colour: 'green',
        detail:
          tries > 0
            ? `The email to ${who} could not be sent yet (${tries} ${tries === 1 ? 'try' : 'tries'}): the council’s system keeps trying. If it is urgent, phone them.`
            : `Not yet emailed to ${who}: the council’s system keeps trying.`,
      };
    }
  }
}

/** Not yet received by the council: the queue and the status bar count these as waiting. */
export const isWaiting = (item: Pick<OutboxItem, 'state'>): boolean => !isReceived(item.state);
