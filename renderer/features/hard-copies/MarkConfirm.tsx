import { ConfirmStep } from '../../ui/ConfirmStep.tsx';

/**
 * The second step of "I have marked the hard copy": a marking is recorded against the person and
 * cannot be undone, so it is confirmed (guidance 001: the note written on the hard copy).
 */
export function MarkConfirm({
  id,
  note,
  title,
  busy,
  onYes,
  onNo,
}: {
  id: string;
  note: string;
  title: string;
  busy: boolean;
  onYes(): void;
  onNo(): void;
}) {
  return (
    <ConfirmStep
      id={id}
      testId="confirm-marked"
      question={`Have you written “${note}” on the hard copy of “${title}”?`}
      yes="Yes, the hard copy is marked"
      busyYes="Recording…"
      no="No, not yet"
      busy={busy}
      onYes={onYes}
      onNo={onNo}
    />
  );
}
