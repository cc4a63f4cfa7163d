// The screen's own styles load with it; it shares the queue's list and confirmation styles.
import '../uploads/uploads.scss';
import './hard-copies.scss';
import { useEffect, useRef, useState } from 'react';
import type { HardCopyToMark } from '../../../shared/api/hard-copies.ts';
import { useSession } from '../../session/session-store.ts';
import { LastUpdated } from '../records/LastUpdated.tsx';
import { Loading, LoadProblem } from '../records/LoadState.tsx';
import { PageHeading } from '../records/PageHeading.tsx';
import { QueueNotice, type Notice } from '../uploads/queue/QueueNotice.tsx';
import { HardCopyCard } from './HardCopyCard.tsx';
import { markHardCopy, useHardCopies } from './hard-copies-store.ts';
import { printLabel } from './print-label.ts';

const OFFLINE_MARK =
  'Hearth is showing the copy saved on this computer. Marking is recorded by the council’s system: try again when Hearth is online.';

/**
 * "Hard copies to mark" (#/hard-copies; guidance 001: "Hard copies of the document held within the
 * children's home that have been added to Mosaic must have a written note on them detailing when it
 * was uploaded"). Each document the council has received from this home, from a file staff already
 * had, until someone says its paper copy carries the note: exactly what to write, a label to print,
 * and "I have marked the hard copy" with a confirmation. Forms written in Hearth have no hard copy.
 */
export default function HardCopiesScreen() {
  const staff = useSession((s) => s.staff);
  const view = useHardCopies((s) => s.view);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const returnFocusTo = useRef<string | null>(null);

  useEffect(() => {
    void useHardCopies.getState().refresh();
  }, []);

  useEffect(() => {
    if (confirming !== null || !returnFocusTo.current) return;
    document.getElementById(returnFocusTo.current)?.focus();
    returnFocusTo.current = null;
  }, [confirming]);

  if (!staff) return null;
  if (staff.access.level !== 'read-upload') {
    return (
      <>
        <PageHeading title="Hard copies to mark" />
        <p className="govuk-body">
          Registered Managers, Assistant Managers and Principal Residential Child Care Workers who have
          completed all 9 training modules upload documents and mark their hard copies (guidance 001).
        </p>
      </>
    );
  }

  const say = (kind: Notice['kind'], text: string) => setNotice({ kind, text, at: Date.now() });
  const offline = view.state === 'shown' && view.offline;

  async function print(hardCopy: HardCopyToMark) {
    try {
      const outcome = await printLabel(hardCopy, offline);
      if (outcome === 'downloaded') {
        say('success', 'The label was saved as a PDF file (hard-copy-label.pdf). Open it to print it.');
      }
    } catch {
      say('problem', 'Hearth could not make the label. Write the note on the hard copy by hand.');
    }
  }

  async function confirmMark(hardCopy: HardCopyToMark) {
    if (busy) return;
    setBusy(true);
    const result = await markHardCopy(hardCopy.documentId);
    setBusy(false);
    setConfirming(null);
    if (result.ok) {
      say('success', `The hard copy of “${hardCopy.title}” is recorded as marked.`);
    } else {
      returnFocusTo.current = `hard-copy-${hardCopy.documentId}-mark`;
      say('problem', result.error === 'offline' ? OFFLINE_MARK : result.message);
    }
  }

  return (
    <>
      {notice && <QueueNotice notice={notice} takeFocus />}
      <PageHeading title="Hard copies to mark" />
      <p className="govuk-body">
        When a document the home keeps on paper has been uploaded, its hard copy must carry a note of when it
        was uploaded (guidance 001). Write the words shown on each hard copy, or print them as a label and
        stick it on, then say you have done it.
      </p>
      {view.state === 'loading' && <Loading what="the hard copies to mark" />}
      {view.state === 'failed' && (
        <LoadProblem
          error={view.error}
          message={view.message}
          onRetry={() => void useHardCopies.getState().refresh()}
        />
      )}
      {view.state === 'shown' && (
        <>
          <LastUpdated offline={view.offline} fetchedAt={view.fetchedAt} />
          {view.hardCopies.length === 0 ? (
            <p className="govuk-body" data-testid="hard-copies-empty">
              There are no hard copies to mark.
            </p>
          ) : (
            <ul className="hearth-queue" data-testid="hard-copies">
              {view.hardCopies.map((hardCopy) => (
                <HardCopyCard
                  key={hardCopy.documentId}
                  hardCopy={hardCopy}
                  actions={{
                    confirming: confirming === hardCopy.documentId,
                    busy,
                    canMark: !offline,
                    onPrint: () => void print(hardCopy),
                    onAskMark: () => {
                      if (offline) say('problem', OFFLINE_MARK);
                      else setConfirming(hardCopy.documentId);
                    },
                    onConfirmMark: () => void confirmMark(hardCopy),
                    onNotYet: () => {
                      returnFocusTo.current = `hard-copy-${hardCopy.documentId}-mark`;
                      setConfirming(null);
                    },
                  }}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
