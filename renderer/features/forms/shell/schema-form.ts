/**
 * The check step of a form whose answers a zod schema checks (shared/forms/form-fields.ts: the
 * keyworker reports and Regulation 40), for useFormSave: its problems by element id, or, completed
 * today (England's date, the last part of the 004 title), the PDF to make on this computer and the
 * outbox entry. One place, so those forms file their PDFs alike.
 */
import type { StaffProfile } from '../../../../shared/api/session.ts';
import { englandDate } from '../../../../shared/domain/access.ts';
import type { FieldProblem } from '../../../../shared/forms/form-fields.ts';
import type { Person } from '../../../../shared/pdf/form-pdf.ts';
import type { ChildForForm } from '../child-for-form.ts';
import type { FormQueueMeta } from '../queue-form.ts';
import { schemaProblems } from './problems.ts';
import type { FormCheckResult } from './use-form-save.ts';

/** What such a form's PDF maker takes (shared/pdf/keyworker-report-pdf.ts, regulation-40-pdf.ts). */
export interface SchemaFormPdfInput<F> {
  form: F;
  title: string;
  child: { name: string; mosaicId: string };
  completedOn: string;
  uploader: Person;
  createdAt: Date;
}

export function schemaFormResult<F>(
  checked: { ok: true; value: F } | { ok: false; problems: FieldProblem[] },
  // NoInfer: the form's type comes from `checked`; the title and PDF makers may take less of it.
  how: {
    staff: StaffProfile;
    child: ChildForForm;
    documentType: FormQueueMeta['documentType'];
    elementId(field: string): string;
    /** By the naming standard (004). */
    title(childName: string, form: NoInfer<F>, completedOn: string): string;
    /** Imports the PDF code when saving, so it is not in the form's first download. */
    makePdf(input: SchemaFormPdfInput<NoInfer<F>>): Promise<Uint8Array>;
    /** Only "on behalf of" (000): who wrote it, when not the person signed in. */
    author?(form: NoInfer<F>, uploader: Person): Person | undefined;
  },
): FormCheckResult {
  if (!checked.ok) return { ok: false, problems: schemaProblems(checked.problems, how.elementId) };
  const { staff, child } = how;
  const form = checked.value;
  const completedOn = englandDate(new Date());
  const title = how.title(child.fullName, form, completedOn);
  const uploader = { name: staff.name, role: staff.roleLabel };
  return {
    ok: true,
    makePdf: () =>
      how.makePdf({
        form,
        title,
        child: { name: child.fullName, mosaicId: child.mosaicId },
        completedOn,
        uploader,
        createdAt: new Date(),
      }),
    meta: {
      childId: child.id,
      documentType: how.documentType,
      title,
      completedOn,
      author: how.author?.(form, uploader),
      uploaderStaffId: staff.id,
    },
  };
}
