/**
 * Small field schemas shared by the Regulation 40 and keyworker report forms, with the messages the
 * GOV.UK error summary shows ("Enter ...", "Describe ..."), and the mapping from zod's issues to one
 * problem per field, in form order.
 */
import { z } from 'zod';

/** A required one-line answer. */
export const FieldText = (message: string) =>
  z.string({ message }).trim().min(1, message).max(300, 'Keep this under 300 characters');

/** A required paragraph or more; 10,000 characters is several pages of the PDF. */
export const LongText = (message: string) =>
  z.string({ message }).trim().min(1, message).max(10_000, 'Keep this under 10,000 characters');

export interface FieldProblem {
  /** The field's path joined with dots, e.g. `home.urn` or `staff.0.initials`; the screen maps it to an id. */
  field: string;
  message: string;
}

/** One problem per field (the first zod found), in the order the fields come. */
export function collectProblems(error: z.ZodError): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ field, message: issue.message });
  }
  return problems;
}
