import { ConfirmStep } from '../../../ui/ConfirmStep.tsx';

/**
 * The second step of "Cancel" (issue 4: cancel only before received, with a confirmation); "No"
 * puts focus back on the item's Cancel button (done by the queue screen).
 */
export function ConfirmCancel({
  id,
  title,
  busy,
  onYes,
  onNo,
}: {
  id: string;
  title: string;
  busy: boolean;
  onYes(): void;
  onNo(): void;
}) {
  return (
    <ConfirmStep
      id={id}
      testId="confirm-cancel"
      warning
      question={`Cancel sending “${title}”? It will be removed from this computer and will not be sent to the council.`}
      yes="Yes, cancel sending"
      busyYes="Cancelling…"
      no="No, keep it"
      busy={busy}
      onYes={onYes}
      onNo={onNo}
    />
  );
}
