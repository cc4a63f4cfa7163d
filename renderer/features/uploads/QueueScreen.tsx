// The upload screens' own styles load with them, after sign-in.
import './uploads.scss';
import { useCallback, useEffect, useRef, useState } from 'react';
import { cancel, retryNow, type OutboxItem } from '../../outbox/outbox.ts';
import { useSession } from '../../session/session-store.ts';
import { LoadProblem } from '../records/LoadState.tsx';
import { PageHeading } from '../records/PageHeading.tsx';
import { isSendingNow, isWaiting } from './item-words.ts';
import { itemTitle, QueueItemCard } from './queue/QueueItemCard.tsx';
import { QueueNotice, type Notice } from './queue/QueueNotice.tsx';
import { useStateAnnouncements } from './queue/use-state-announcements.ts';
import { uploadHref } from './routes.ts';
import { useOnline } from './use-online.ts';
import { useOutboxItems } from './use-outbox-items.ts';
import { useSendProgress } from './use-send-progress.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The upload queue (#/queue; issue 4 "The app"): the signed-in person's documents on this
 * computer, waiting or sent, each with its progress and state; a polite live region announces each
 * change of state. Documents queued by someone else are only counted: they are sent in that
 * person's name when they next sign in (guidance 000: no "act for"), and are theirs to manage.
 */
export default function QueueScreen() {
  const staffId = useSession((s) => s.staff?.id ?? null);
  const staffName = useSession((s) => s.staff?.name ?? '');
  const { items, problem } = useOutboxItems();
  const progress = useSendProgress();
  const online = useOnline() !== 'offline';
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<(Notice & { focus: boolean }) | null>(null);
  const returnFocusTo = useRef<string | null>(null);

  const sendingNow = useCallback((item: OutboxItem) => isSendingNow(item, online, Date.now()), [online]);
  const announcement = useStateAnnouncements(items, sendingNow);

  useEffect(() => {
    if (confirming !== null || !returnFocusTo.current) return;
    document.getElementById(returnFocusTo.current)?.focus();
    returnFocusTo.current = null;
  }, [confirming]);

  // An unreadable row has no uploader Hearth can read: it is shown to whoever looks, never hidden.
  const mine = (items ?? []).filter(
    (item) => item.uploaderStaffId === staffId || item.uploaderStaffId === '',
  );
  const waiting = mine.filter(isWaiting);
  const sent = mine.filter((item) => !isWaiting(item));
  const othersWaiting = (items ?? []).filter((item) => !mine.includes(item) && isWaiting(item)).length;

  const say = (kind: Notice['kind'], text: string, focus: boolean) =>
    setNotice({ kind, text, at: Date.now(), focus });

  async function retry(item: OutboxItem) {
    const result = await retryNow(item.outboxId);
    say(
      result.ok ? 'success' : 'problem',
      result.ok
        ? `Hearth will try to send “${itemTitle(item)}” ${online ? 'now' : 'as soon as it is online'}.`
        : result.message,
      !result.ok,
    );
  }

  async function confirmCancel(item: OutboxItem) {
    if (busy) return;
    setBusy(true);
    const result = await cancel(item.outboxId);
    setBusy(false);
    setConfirming(null);
    if (result.ok) {
      say(
        'success',
        `“${itemTitle(item)}” was cancelled. It has been removed from this computer and will not be sent.`,
        true,
      );
    } else {
      say('problem', result.message, true);
    }
  }

  const card = (item: OutboxItem) => (
    <QueueItemCard
      key={item.outboxId}
      item={item}
      sentBytes={progress.get(item.outboxId) ?? 0}
      sendingNow={sendingNow(item)}
      uploaderName={staffName}
      actions={{
        confirming: confirming === item.outboxId,
        busy,
        onRetry: () => void retry(item),
        onAskCancel: () => setConfirming(item.outboxId),
        onConfirmCancel: () => void confirmCancel(item),
        onKeep: () => {
          returnFocusTo.current = `item-${item.outboxId}-cancel`;
          setConfirming(null);
        },
      }}
    />
  );

  return (
    <>
      {notice && <QueueNotice notice={notice} takeFocus={notice.focus} />}
      <PageHeading title="Upload queue" />
      <p className="govuk-body">
        Documents you add wait here, encrypted on this computer, until Hearth sends them to the council. Each
        is sent once, and the child’s social worker is told by email.
      </p>
      <div className="govuk-visually-hidden" role="status" data-testid="queue-announcer">
        {announcement}
      </div>
      {problem && <LoadProblem error="server" message={problem} />}
      {items === null && !problem && <p className="govuk-body">Loading the upload queue…</p>}
      {items !== null && (
        <>
          <h2 className="govuk-heading-m">Waiting to be sent ({waiting.length})</h2>
          {waiting.length === 0 ? (
            <p className="govuk-body" data-testid="queue-empty">
              Nothing of yours is waiting to be sent.
            </p>
          ) : (
            <ul className="hearth-queue" data-testid="queue-waiting">
              {waiting.map(card)}
            </ul>
          )}
          {othersWaiting > 0 && (
            <p className="govuk-inset-text" data-testid="queue-others">
              {count(othersWaiting, 'document', 'documents')} added by other people on this computer{' '}
              {othersWaiting === 1 ? 'is' : 'are'} also waiting. Each is sent when the person who added it
              next signs in while Hearth is online.
            </p>
          )}
          <p className="govuk-body">
            <a className="govuk-link" href={uploadHref()}>
              Upload a document
            </a>
          </p>
          {sent.length > 0 && (
            <>
              <h2 className="govuk-heading-m">Sent to the council ({sent.length})</h2>
              <ul className="hearth-queue" data-testid="queue-sent">
                {sent.map(card)}
              </ul>
            </>
          )}
        </>
      )}
    </>
  );
}
