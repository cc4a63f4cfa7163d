/**
 * How every form Hearth writes ends, as the upload form does (issue 4 "The app"): the date it was
 * completed (the last part of its 004 title) and "Did someone else write this?" (000: the record
 * says "Uploaded by {you}, {role}, on behalf of {name}, {role}").
 */
import { checkDateCompleted, type DateParts } from '../../uploads/date-completed.ts';
import { addProblem, type FormProblems } from './problems.ts';

export const ENDING_FIELD = {
  date: 'form-date',
  onBehalf: 'form-on-behalf',
  authorName: 'form-author-name',
  authorRole: 'form-author-role',
} as const;

export interface EndingDraft {
  date: DateParts;
  onBehalf: '' | 'yes' | 'no';
  authorName: string;
  authorRole: string;
}

export const emptyEnding = (): EndingDraft => ({
  date: { day: '', month: '', year: '' },
  onBehalf: '',
  authorName: '',
  authorRole: '',
});

export interface Ending {
  completedOn: string;
  /** Only "on behalf of". */
  author?: { name: string; role: string };
}

const MAX_PERSON = 120;

/** The checked ending, or null after adding its problems to `list`. */
export function checkEnding(draft: EndingDraft, today: string, list: FormProblems): Ending | null {
  const before = list.summary.length;
  const completed = checkDateCompleted(draft.date, today);
  if (!completed.ok) {
    list.boxes[ENDING_FIELD.date] = completed.fields.length === 3 ? 'all' : (completed.fields[0] ?? 'all');
    addProblem(
      list,
      ENDING_FIELD.date,
      completed.message,
      `${ENDING_FIELD.date}-${completed.fields[0] ?? 'day'}`,
    );
  }
  if (draft.onBehalf === '')
    addProblem(list, ENDING_FIELD.onBehalf, 'Select yes if someone else wrote this form');
  const author =
    draft.onBehalf === 'yes' ? { name: draft.authorName.trim(), role: draft.authorRole.trim() } : null;
  if (author) {
    if (!author.name)
      addProblem(list, ENDING_FIELD.authorName, 'Enter the name of the person who wrote the form');
    else if (author.name.length > MAX_PERSON)
      addProblem(list, ENDING_FIELD.authorName, `Name must be ${MAX_PERSON} characters or fewer`);
    if (!author.role)
      addProblem(list, ENDING_FIELD.authorRole, 'Enter the role of the person who wrote the form');
    else if (author.role.length > MAX_PERSON)
      addProblem(list, ENDING_FIELD.authorRole, `Role must be ${MAX_PERSON} characters or fewer`);
  }
  if (!completed.ok || list.summary.length > before) return null;
  return { completedOn: completed.iso, ...(author ? { author } : {}) };
}
