/**
 * An incident form while it is filled in, and its check before the PDF is made (issue 5). Pure:
 * the screen keeps the draft, a failed check changes none of it and lists every problem in the
 * order of the screen, GOV.UK style: the form's questions, the body map, then the ending (date
 * completed and "on behalf of", 000).
 */
import { documentType, offersBodyMap } from '../../../../shared/domain/catalogue.ts';
import { checkFormValues } from '../../../../shared/forms/form-spec.ts';
import { INCIDENT_FORMS, IncidentForm, type IncidentType } from '../../../../shared/forms/incident-forms.ts';
import { checkBodyMapDraft, type BodyMapDraft } from '../body-map/body-map-draft.ts';
import { checkEnding, emptyEnding, type EndingDraft } from '../shell/form-ending.ts';
import {
  addDateProblem,
  addProblem,
  addSpecProblems,
  noProblems,
  type FormProblems,
} from '../shell/problems.ts';

export const INCIDENT_PREFIX = 'incident';

export interface IncidentDraft {
  /** By field id; a date as "day/month/year" as typed. */
  values: Record<string, string>;
  /** null: no body map on this form. */
  bodyMap: BodyMapDraft | null;
  ending: EndingDraft;
}

/** Whether the screen offers a body map for this form: the catalogue says (001 "with body maps as needed"). */
export const bodyMapOffered = (type: IncidentType): boolean => offersBodyMap(documentType(type));

export const emptyIncidentDraft = (): IncidentDraft => ({ values: {}, bodyMap: null, ending: emptyEnding() });

export type IncidentCheck = { ok: true; form: IncidentForm } | { ok: false; problems: FormProblems };

export function checkIncidentDraft(type: IncidentType, draft: IncidentDraft, today: string): IncidentCheck {
  const list = noProblems();
  const spec = INCIDENT_FORMS[type];
  const values = checkFormValues(spec.parts, draft.values, today);
  if (!values.ok) addSpecProblems(list, spec.parts, INCIDENT_PREFIX, values.problems);

  // A body map only where the catalogue offers one; a draft's chart for any other form is not filed.
  const bodyMap = draft.bodyMap && bodyMapOffered(type) ? checkBodyMapDraft(draft.bodyMap, today) : null;
  if (bodyMap && !bodyMap.ok) {
    for (const problem of bodyMap.problems) {
      if (problem.box) addDateProblem(list, problem.fieldId, problem);
      else addProblem(list, problem.fieldId, problem.message);
    }
  }

  const ending = checkEnding(draft.ending, today, list);
  if (list.summary.length > 0 || !values.ok || !ending || (bodyMap && !bodyMap.ok)) {
    return { ok: false, problems: list };
  }
  const form = IncidentForm.parse({
    documentType: type,
    values: values.values,
    bodyMap: bodyMap?.map ?? null,
    completedOn: ending.completedOn,
    ...(ending.author ? { author: ending.author } : {}),
  });
  return { ok: true, form };
}
