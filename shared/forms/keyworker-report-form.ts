/**
 * The keyworker's reports the home uploads (guidance 001 "Recording requirements": "Keyworker
 * monthly reports" and "Keyworker report for CLA reviews"). Written for the child's social worker
 * and, later, for the child reading their own record (003: subject access), so each section is
 * factual and dated, and the child's own views come first.
 *
 * Often the keyworker writes it and a manager uploads it: the frame then says "Uploaded by ... on
 * behalf of ..." (000); the author here is the keyworker.
 */
import { z } from 'zod';
import { documentTitle, MONTH_NAMES } from '../domain/naming.ts';
import { FieldText, LongText, collectProblems, type FieldProblem } from './form-fields.ts';

export const KEYWORKER_REPORT_KINDS = ['keyworker-monthly-report', 'keyworker-cla-review-report'] as const;
export const KeyworkerReportKind = z.enum(KEYWORKER_REPORT_KINDS);
export type KeyworkerReportKind = z.infer<typeof KeyworkerReportKind>;

/** The report's sections, in the order the PDF and the screen show them. */
export const KEYWORKER_SECTIONS = [
  {
    id: 'childsViews',
    heading: "The child's views, wishes and feelings",
    hint: 'In their own words where you can.',
  },
  { id: 'health', heading: 'Health and emotional wellbeing', hint: 'Appointments, medication, sleep, mood.' },
  {
    id: 'education',
    heading: 'Education',
    hint: 'Attendance, progress, the school’s view, the Personal Education Plan.',
  },
  { id: 'familyContact', heading: 'Contact with family and friends', hint: 'Who, how often, how it went.' },
  { id: 'activities', heading: 'Activities, interests and achievements', hint: '' },
  {
    id: 'behaviour',
    heading: 'Behaviour and safety',
    hint: 'Incidents, missing episodes, how they were managed.',
  },
  { id: 'goalsProgress', heading: 'Progress on goals in the placement and care plans', hint: '' },
  { id: 'nextSteps', heading: 'Next steps', hint: 'What will happen next, who will do it, by when.' },
] as const;
export type KeyworkerSectionId = (typeof KEYWORKER_SECTIONS)[number]['id'];

const sectionMessage = (heading: string) =>
  `Write about ${heading.charAt(0).toLowerCase()}${heading.slice(1)}`;

const sections = Object.fromEntries(
  KEYWORKER_SECTIONS.map((s) => [s.id, LongText(sectionMessage(s.heading))]),
) as Record<KeyworkerSectionId, ReturnType<typeof LongText>>;

export const KeyworkerReportForm = z
  .object({
    kind: KeyworkerReportKind,
    keyworker: z.object({
      name: FieldText('Enter the keyworker’s name'),
      role: FieldText('Enter the keyworker’s role'),
    }),
    /** The period the report covers (`YYYY-MM-DD`, inclusive). */
    periodStart: z.iso.date({ message: 'Enter the first day the report covers' }),
    periodEnd: z.iso.date({ message: 'Enter the last day the report covers' }),
    /** CLA review only: the date of the review the report is for. */
    reviewDate: z.iso.date({ message: 'Enter the date of the CLA review' }).nullable(),
    /** CLA review only: what the child would like the review to talk about. */
    forTheReview: z.string().trim().max(10_000).default(''),
    ...sections,
  })
  .superRefine((form, ctx) => {
    if (form.periodEnd < form.periodStart) {
      ctx.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: 'The last day must be on or after the first day',
      });
    }
    if (form.kind === 'keyworker-cla-review-report' && form.reviewDate === null) {
      ctx.addIssue({ code: 'custom', path: ['reviewDate'], message: 'Enter the date of the CLA review' });
    }
  });
export type KeyworkerReportForm = z.infer<typeof KeyworkerReportForm>;
export type KeyworkerReportFormInput = z.input<typeof KeyworkerReportForm>;

export function checkKeyworkerReport(
  input: unknown,
): { ok: true; value: KeyworkerReportForm } | { ok: false; problems: FieldProblem[] } {
  const parsed = KeyworkerReportForm.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: collectProblems(parsed.error) };
}

/**
 * The brief description of the 004 naming standard, as DOMAIN.md's own example has it:
 * `Keyworker monthly report October` (the month the period ends in); the CLA review report keeps the
 * catalogue's label, its review date is inside.
 */
export function keyworkerDescription(
  form: Pick<KeyworkerReportForm, 'kind' | 'periodEnd' | 'reviewDate'>,
): string {
  if (form.kind === 'keyworker-cla-review-report') {
    return 'Keyworker report for CLA review';
  }
  const month = MONTH_NAMES[Number(form.periodEnd.slice(5, 7)) - 1] ?? '';
  return `Keyworker monthly report ${month}`.trim();
}

export const keyworkerTitle = (
  childName: string,
  form: Pick<KeyworkerReportForm, 'kind' | 'periodEnd' | 'reviewDate'>,
  completedOn: string,
): string => documentTitle({ name: childName, description: keyworkerDescription(form), completedOn });

export const KIND_LABELS: Record<KeyworkerReportKind, string> = {
  'keyworker-monthly-report': 'Keyworker monthly report',
  'keyworker-cla-review-report': 'Keyworker report for CLA review',
};
