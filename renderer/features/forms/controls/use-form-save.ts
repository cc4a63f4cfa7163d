/**
 * The submit step the Regulation 40 and keyworker forms share: check, make the PDF, put it in the
 * outbox with `queueForm`, and say "Saved on this computer" only once the outbox transaction
 * committed (issue 4's rule). A refusal keeps everything the person typed and is shown in the
 * GOV.UK error summary, which takes focus.
 */
import { useState } from 'react';
import type { FieldProblem } from '../../../../shared/forms/form-fields.ts';
import type { ErrorSummaryItem } from '../../../ui/ErrorSummary.tsx';
import { queueForm, type FormQueueMeta } from '../queue-form.ts';

export interface Problems {
  summary: ErrorSummaryItem[];
  /** Control id → message. */
  fields: Record<string, string>;
}

export const NO_PROBLEMS: Problems = { summary: [], fields: {} };

export function problemsFrom(
  problems: readonly FieldProblem[],
  fieldId: (field: string) => string,
): Problems {
  const summary = problems.map((p) => ({ text: p.message, fieldId: fieldId(p.field) }));
  return { summary, fields: Object.fromEntries(summary.map((s) => [s.fieldId, s.text])) };
}

export type Prepared =
  { ok: true; pdf: () => Promise<Uint8Array>; meta: FormQueueMeta } | { ok: false; problems: Problems };

export function useFormSave(onSaved: () => void) {
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ title: string; at: number } | null>(null);

  async function save(prepare: () => Prepared): Promise<void> {
    if (busy) return;
    setBusy(true);
    setSaved(null);
    const prepared = prepare();
    if (!prepared.ok) {
      setProblems(prepared.problems);
      setAttempt((n) => n + 1);
      setBusy(false);
      return;
    }
    const pdf = await prepared.pdf();
    const result = await queueForm(pdf, prepared.meta);
    setBusy(false);
    if (!result.ok) {
      setProblems({ summary: [{ text: result.message }], fields: {} });
      setAttempt((n) => n + 1);
      return;
    }
    setProblems(NO_PROBLEMS);
    setSaved({ title: prepared.meta.title, at: Date.now() });
    onSaved();
  }

  return { problems, attempt, busy, saved, save };
}
