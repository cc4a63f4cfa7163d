/**
 * The save step every form shares: check, make the PDF on this computer, queue it through the
 * outbox (queue-form.ts), and say "Saved on this computer" only after the outbox committed. A
 * failed check or save changes nothing the person wrote; the error summary takes focus.
 */
import { useEffect, useState } from 'react';
import { prepareToQueue } from '../../../outbox/outbox.ts';
import { queueForm, type FormQueueMeta } from '../queue-form.ts';
import { noProblems, type FormProblems } from './problems.ts';

export type FormCheckResult =
  { ok: false; problems: FormProblems } | { ok: true; makePdf(): Promise<Uint8Array>; meta: FormQueueMeta };

export interface FormSave {
  problems: FormProblems;
  /** Changes on every failed attempt, so the error summary takes focus again. */
  attempt: number;
  busy: boolean;
  saved: { title: string; at: number } | null;
  /** Runs `check`; when it passes, makes and queues the PDF and calls `onSaved` after the commit. */
  save(check: () => FormCheckResult, onSaved: () => void): Promise<void>;
}

export function useFormSave(): FormSave {
  const [problems, setProblems] = useState<FormProblems>(noProblems);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<FormSave['saved']>(null);
  // The encryption worker starts while the connection is there (outbox.ts prepareToQueue).
  useEffect(prepareToQueue, []);

  async function save(check: () => FormCheckResult, onSaved: () => void) {
    if (busy) return;
    setSaved(null);
    const checked = check();
    if (!checked.ok) {
      setProblems(checked.problems);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await checked.makePdf().then(
      (pdf) => queueForm(pdf, checked.meta),
      (error: unknown) => ({
        ok: false as const,
        message: `Hearth could not make the PDF: ${error instanceof Error ? error.message : String(error)}`,
      }),
    );
    setBusy(false);
    if (result.ok) {
      setProblems(noProblems());
      setSaved({ title: checked.meta.title, at: Date.now() });
      onSaved();
      return;
    }
    setProblems({ ...noProblems(), summary: [{ text: result.message }] });
    setAttempt((n) => n + 1);
  }

  return { problems, attempt, busy, saved, save };
}
