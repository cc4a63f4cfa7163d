/**
 * The upload form's state and its check before anything is queued (issue 4 "The app"; DOMAIN.md
 * "Uploads"). Pure: the screen keeps the state, and a failed check changes none of it (nothing the
 * person typed or chose is lost), it only says what to fix, in GOV.UK's error-summary order.
 */
import { DocumentTypeId, documentType } from '../../../shared/domain/catalogue.ts';
import type { EnqueueMeta } from '../../outbox/outbox-meta.ts';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary.tsx';
import { checkDateCompleted, type DateField, type DateParts } from './date-completed.ts';
import type { FileCheck } from './file-check.ts';
import { suggestedTitle, titleProblem } from './titles.ts';

export const FIELD = {
  child: 'upload-child',
  files: 'upload-files',
  type: 'upload-type',
  date: 'upload-date',
  description: 'upload-description',
  onBehalf: 'upload-on-behalf',
  authorName: 'upload-author-name',
  authorRole: 'upload-author-role',
  title: (index: number) => `upload-title-${index}`,
  /** Each chosen file's "Remove" button: where the error summary sends the person for a refused file. */
  removeFile: (key: string) => `upload-remove-${key}`,
  alsoFor: 'upload-also-for',
} as const;

export interface ChosenFile {
  /** Tells two chosen files apart in lists (a name alone may repeat). */
  key: string;
  file: File;
  /** What the person typed over the suggested title; null while they accept the suggestion. */
  titleOverride: string | null;
}

export interface UploadFormState {
  childId: string;
  files: ChosenFile[];
  documentType: DocumentTypeId | '';
  /** null: the type's label, which is the usual brief description (004). */
  description: string | null;
  date: DateParts;
  onBehalf: '' | 'yes' | 'no';
  authorName: string;
  authorRole: string;
  /**
   * Issue 8: the child's siblings (in the same group, placed in this home) the document is ALSO
   * for (004: "select only the relevant … children"). Empty: a document about this child alone.
   */
  alsoFor: string[];
}

export const emptyForm = (childId = ''): UploadFormState => ({
  childId,
  files: [],
  documentType: '',
  description: null,
  date: { day: '', month: '', year: '' },
  onBehalf: '',
  authorName: '',
  authorRole: '',
  alsoFor: [],
});

export interface ChildOption {
  id: string;
  fullName: string;
}

export interface FormContext {
  children: readonly ChildOption[];
  /** The chosen child's sibling group and its other members placed in this home, if any. */
  group?: { name: string; memberIds: readonly string[] } | null;
  /** England's date today, `YYYY-MM-DD`. */
  today: string;
}

export function descriptionOf(form: UploadFormState): string {
  if (form.description !== null) return form.description;
  return form.documentType ? documentType(form.documentType).label : '';
}

/** Whether the form files a group document: siblings chosen, all of them in the child's group. */
export const isGroupDocument = (form: UploadFormState, context: FormContext): boolean =>
  form.alsoFor.length > 0 && !!context.group;

/**
 * The name the title starts with: the child's, or for a group document the group's (004 "Name of
 * the child/family"), which the gateway requires of a group document.
 */
export function childNameOf(form: UploadFormState, context: FormContext): string | null {
  const child = context.children.find((c) => c.id === form.childId)?.fullName ?? null;
  if (child && isGroupDocument(form, context)) return context.group?.name ?? null;
  return child;
}

export function completedOnOf(form: UploadFormState, today: string): string | null {
  const checked = checkDateCompleted(form.date, today);
  return checked.ok ? checked.iso : null;
}

export function titleOf(form: UploadFormState, index: number, context: FormContext): string {
  const chosen = form.files[index];
  if (chosen?.titleOverride != null) return chosen.titleOverride;
  const source = {
    childName: childNameOf(form, context),
    description: descriptionOf(form),
    completedOn: completedOnOf(form, context.today),
  };
  return suggestedTitle(source, index, form.files.length);
}

/** The upload contract allows 255 characters; the extension is kept, as it says what the file is. */
export function storableFileName(name: string): string {
  if (name.length <= 255) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return name.slice(0, 255 - extension.length) + extension;
}

const MAX_PERSON_TEXT = 120;

export type FormCheck =
  | { ok: true; requests: { file: File; meta: EnqueueMeta }[] }
  | {
      ok: false;
      summary: ErrorSummaryItem[];
      /** The inline message of each field, by its id. */
      fields: Record<string, string>;
      /** The boxes of the date input to mark. */
      dateFields: DateField[];
    };

/** `checks`: each chosen file's check (file-check.ts), in the order of `form.files`. */
export function checkUploadForm(
  form: UploadFormState,
  checks: readonly FileCheck[],
  context: FormContext,
  uploaderStaffId: string,
): FormCheck {
  const summary: ErrorSummaryItem[] = [];
  const fields: Record<string, string> = {};
  const problem = (fieldId: string, text: string) => {
    summary.push({ text, fieldId });
    fields[fieldId] ??= text;
  };

  const childName = childNameOf(form, context);
  if (!childName) problem(FIELD.child, 'Select the child the document is about');
  const members = context.group?.memberIds ?? [];
  const alsoFor = form.alsoFor.filter((id) => members.includes(id));
  if (alsoFor.length !== form.alsoFor.length)
    problem(FIELD.alsoFor, 'Choose only siblings in the child’s group who are placed in your home');

  if (form.files.length === 0) problem(FIELD.files, 'Choose the document to upload');
  const mimeTypes = checks.map((check, index) => {
    if (check.ok) return check.mimeType;
    // One link per refused file, naming it and leading to its "Remove" button.
    summary.push({ text: check.message, fieldId: FIELD.removeFile(form.files[index]?.key ?? '') });
    fields[FIELD.files] = fields[FIELD.files] ? `${fields[FIELD.files]} ${check.message}` : check.message;
    return null;
  });

  const type = DocumentTypeId.safeParse(form.documentType);
  const uploadable = type.success && documentType(type.data).uploadable;
  if (!uploadable) problem(FIELD.type, 'Select the type of document');

  const date = checkDateCompleted(form.date, context.today);
  const dateFields = date.ok ? [] : date.fields;
  if (!date.ok) problem(`${FIELD.date}-${date.fields[0] ?? 'day'}`, date.message);
  const completedOn = date.ok ? date.iso : null;

  if (
    form.description !== null &&
    form.description.trim() === '' &&
    form.files.some((f) => !f.titleOverride)
  ) {
    problem(FIELD.description, 'Enter a brief description of the document');
  }

  if (form.onBehalf === '') problem(FIELD.onBehalf, 'Select yes if someone else wrote this document');
  const author =
    form.onBehalf === 'yes' ? { name: form.authorName.trim(), role: form.authorRole.trim() } : null;
  if (author) {
    if (!author.name) problem(FIELD.authorName, 'Enter the name of the person who wrote the document');
    else if (author.name.length > MAX_PERSON_TEXT)
      problem(FIELD.authorName, `Name must be ${MAX_PERSON_TEXT} characters or fewer`);
    if (!author.role) problem(FIELD.authorRole, 'Enter the role of the person who wrote the document');
    else if (author.role.length > MAX_PERSON_TEXT)
      problem(FIELD.authorRole, `Role must be ${MAX_PERSON_TEXT} characters or fewer`);
  }

  const titles = form.files.map((_, index) => titleOf(form, index, context).trim());
  titles.forEach((title, index) => {
    // Only once child and date are known can a title be checked against them.
    if (!childName || !completedOn || (title === '' && form.files[index]?.titleOverride === null)) return;
    const wrong = titleProblem(title, childName, completedOn);
    if (wrong) problem(FIELD.title(index), form.files.length > 1 ? `Title ${index + 1}: ${wrong}` : wrong);
  });

  if (checks.length !== form.files.length)
    summary.push({ text: 'Hearth is still checking the files. Try again.' });
  if (summary.length > 0 || !type.success || !childName || !completedOn) {
    return { ok: false, summary, fields, dateFields };
  }
  const requests: { file: File; meta: EnqueueMeta }[] = [];
  form.files.forEach((chosen, index) => {
    // By its bytes (file-check.ts), never by its name or the browser's guess; every one passed.
    const mimeType = mimeTypes[index];
    if (!mimeType) return;
    requests.push({
      file: chosen.file,
      meta: {
        childId: form.childId,
        documentType: type.data,
        title: titles[index] ?? '',
        completedOn,
        fileName: storableFileName(chosen.file.name),
        mimeType,
        ...(author ? { authorName: author.name, authorRole: author.role } : {}),
        // One outbox item for all the chosen members: filed once on each record (issue 8).
        ...(alsoFor.length > 0 ? { groupChildIds: [form.childId, ...alsoFor].join(',') } : {}),
        uploaderStaffId,
      },
    });
  });
  return { ok: true, requests };
}
