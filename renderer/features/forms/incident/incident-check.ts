/**
 * An incident form while it is filled in, and its check before the PDF is made (issue 5). Pure:
 * the screen keeps the draft, a failed check changes none of it and lists every problem in the
 * order of the screen, GOV.UK style: the form's questions, the body map, the date completed, and
 * "on behalf of" (000).
 */
import { checkFormValues, type FieldProblem } from '../../../../shared/forms/form-spec.ts';
import { INCIDENT_FORMS, IncidentForm, type IncidentType } from '../../../../shared/forms/incident-forms.ts';
import type { ErrorSummaryItem } from '../../../ui/ErrorSummary.tsx';
import { checkDateCompleted, type DateParts } from '../../uploads/date-completed.ts';
import { checkBodyMapDraft, type BodyMapDraft } from '../body-map/body-map-draft.ts';

export const INCIDENT_PREFIX = 'incident';
export const FORM_FIELD = {
  date: 'form-date',
  onBehalf: 'form-on-behalf',
  authorName: 'form-author-name',
  authorRole: 'form-author-role',
} as const;

export interface IncidentDraft {
  /** By field id; a date as "day/month/year" as typed. */
  values: Record<string, string>;
  /** null: no body map on this form. */
  bodyMap: BodyMapDraft | null;
  date: DateParts;
  onBehalf: '' | 'yes' | 'no';
  authorName: string;
  authorRole: string;
}

export const emptyIncidentDraft = (): IncidentDraft => ({
  values: {},
  bodyMap: null,
  date: { day: '', month: '', year: '' },
  onBehalf: '',
  authorName: '',
  authorRole: '',
});

export type Box = 'day' | 'month' | 'year' | 'all';

export type IncidentCheck =
  | { ok: true; form: IncidentForm }
  | {
      ok: false;
      summary: ErrorSummaryItem[];
      /** Inline messages by element id. */
      fields: Record<string, string>;
      /** For each date input with a problem, the box(es) to mark. */
      boxes: Record<string, Box>;
    };

const MAX_PERSON = 120;

export function checkIncidentDraft(type: IncidentType, draft: IncidentDraft, today: string): IncidentCheck {
  const summary: ErrorSummaryItem[] = [];
  const fields: Record<string, string> = {};
  const boxes: Record<string, Box> = {};
  const add = (elementId: string, message: string, linkId = elementId) => {
    summary.push({ text: message, fieldId: linkId });
    fields[elementId] ??= message;
  };
  const addDate = (elementId: string, problem: FieldProblem) => {
    const box = problem.box ?? 'day';
    // Only a missing part marks one box; a wrong date marks all three (GOV.UK date input).
    boxes[elementId] = /must include|^Year/.test(problem.message) ? box : 'all';
    add(elementId, problem.message, `${elementId}-${box}`);
  };

  const spec = INCIDENT_FORMS[type];
  const values = checkFormValues(spec.parts, draft.values, today);
  if (!values.ok) {
    const kinds = new Map(spec.parts.flatMap((p) => p.fields).map((f) => [f.id, f.kind]));
    for (const problem of values.problems) {
      const elementId = `${INCIDENT_PREFIX}-${problem.fieldId}`;
      if (kinds.get(problem.fieldId) === 'date') addDate(elementId, problem);
      else add(elementId, problem.message);
    }
  }

  const bodyMap = draft.bodyMap ? checkBodyMapDraft(draft.bodyMap, today) : null;
  if (bodyMap && !bodyMap.ok) {
    for (const problem of bodyMap.problems) {
      if (problem.box) addDate(problem.fieldId, problem);
      else add(problem.fieldId, problem.message);
    }
  }

  const completed = checkDateCompleted(draft.date, today);
  if (!completed.ok) {
    boxes[FORM_FIELD.date] = completed.fields.length === 3 ? 'all' : (completed.fields[0] ?? 'all');
    add(FORM_FIELD.date, completed.message, `${FORM_FIELD.date}-${completed.fields[0] ?? 'day'}`);
  }

  if (draft.onBehalf === '') add(FORM_FIELD.onBehalf, 'Select yes if someone else wrote this form');
  const author =
    draft.onBehalf === 'yes' ? { name: draft.authorName.trim(), role: draft.authorRole.trim() } : null;
  if (author) {
    if (!author.name) add(FORM_FIELD.authorName, 'Enter the name of the person who wrote the form');
    else if (author.name.length > MAX_PERSON)
      add(FORM_FIELD.authorName, `Name must be ${MAX_PERSON} characters or fewer`);
    if (!author.role) add(FORM_FIELD.authorRole, 'Enter the role of the person who wrote the form');
    else if (author.role.length > MAX_PERSON)
      add(FORM_FIELD.authorRole, `Role must be ${MAX_PERSON} characters or fewer`);
  }

  if (summary.length > 0 || !values.ok || !completed.ok || (bodyMap && !bodyMap.ok)) {
    return { ok: false, summary, fields, boxes };
  }
  const form = IncidentForm.parse({
    documentType: type,
    values: values.values,
    bodyMap: bodyMap?.map ?? null,
    completedOn: completed.iso,
    ...(author ? { author } : {}),
  });
  return { ok: true, form };
}
