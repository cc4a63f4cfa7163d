/**
 * The problems a form's check finds, gathered GOV.UK style: one error-summary link per problem in
 * screen order, an inline message per field (the first one found), and, for date inputs, which
 * boxes to mark. Shared by every form Hearth writes, so they all report problems alike.
 */
import type { FieldProblem as SchemaProblem } from '../../../../shared/forms/form-fields.ts';
import type { FieldProblem, FormPart } from '../../../../shared/forms/form-spec.ts';
import type { ErrorSummaryItem } from '../../../ui/ErrorSummary.tsx';

export type Box = 'day' | 'month' | 'year' | 'all';

export interface FormProblems {
  summary: ErrorSummaryItem[];
  /** Inline messages by element id. */
  fields: Record<string, string>;
  /** For each date input with a problem, the box(es) to mark. */
  boxes: Record<string, Box>;
}

export const noProblems = (): FormProblems => ({ summary: [], fields: {}, boxes: {} });

export function addProblem(list: FormProblems, elementId: string, message: string, linkId = elementId): void {
  list.summary.push({ text: message, fieldId: linkId });
  list.fields[elementId] ??= message;
}

/** A date input's problem: the link goes to the box to fix first. */
export function addDateProblem(list: FormProblems, elementId: string, problem: FieldProblem): void {
  const box = problem.box ?? 'day';
  // Only a missing part marks one box; a wrong date marks all three (GOV.UK date input).
  list.boxes[elementId] = /must include|^Year/.test(problem.message) ? box : 'all';
  addProblem(list, elementId, problem.message, `${elementId}-${box}`);
}

/** The problems `checkFormValues` found in a form described as data, by their element ids. */
export function addSpecProblems(
  list: FormProblems,
  parts: readonly FormPart[],
  prefix: string,
  problems: readonly FieldProblem[],
): void {
  const kinds = new Map(parts.flatMap((p) => p.fields).map((f) => [f.id, f.kind]));
  for (const problem of problems) {
    const elementId = `${prefix}-${problem.fieldId}`;
    if (kinds.get(problem.fieldId) === 'date') addDateProblem(list, elementId, problem);
    else addProblem(list, elementId, problem.message);
  }
}

/**
 * The problems a form checked by a zod schema found (shared/forms/form-fields.ts: one per field, in
 * form order, the Regulation 40 and keyworker forms), by the element id `elementId` gives each field.
 */
export function schemaProblems(
  problems: readonly SchemaProblem[],
  elementId: (field: string) => string,
): FormProblems {
  const list = noProblems();
  for (const problem of problems) addProblem(list, elementId(problem.field), problem.message);
  return list;
}
