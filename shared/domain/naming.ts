/**
 * The document naming standard (guidance 004, "Top Tip for Attachments"):
 *   `Name of the child/family - Brief description of the document - Date it was completed`
 * e.g. `Leo Hartley - Keyworker monthly report October - 31/10/2026`.
 * One generator and one checker, used by the upload screen, the forms and the gateway alike.
 */
import type { Result } from '../result.ts';

export const TITLE_SEPARATOR = ' - ';
/** Mosaic shows long titles cut short; 250 keeps a whole title visible and storable. */
export const MAX_TITLE_LENGTH = 250;

/** Months as GOV.UK writes them in dates and as 004 titles name them ("Keyworker monthly report October"). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** `2026-10-31` → `31/10/2026`; throws on anything that is not a real calendar date. */
export function ukDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new Error(`not a date: ${isoDate}`);
  }
  return `${match[3]}/${match[2]}/${match[1]}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return day <= (days[month - 1] ?? 0);
}

/** Spaces folded, and the separator's own " - " kept out of the parts so the title splits cleanly. */
function tidy(part: string): string {
  return part
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s+-\s+/g, ' – ');
}

export interface TitleParts {
  /** The child's full name, or the family's (group) name. */
  name: string;
  /** A brief description, e.g. `Keyworker monthly report October`. */
  description: string;
  /** ISO date the document was completed, e.g. `2026-10-31`. */
  completedOn: string;
}

/**
 * The title by the standard. A description too long for the limit is shortened (ending "…"); the
 * name and date never are, as they are what the record is found and filed by.
 */
export function documentTitle({ name, description, completedOn }: TitleParts): string {
  const head = tidy(name);
  const date = ukDate(completedOn);
  const room = MAX_TITLE_LENGTH - head.length - date.length - 2 * TITLE_SEPARATOR.length;
  let brief = tidy(description);
  if (brief.length > room) brief = `${brief.slice(0, Math.max(room - 1, 0)).trimEnd()}…`;
  return [head, brief, date].join(TITLE_SEPARATOR);
}

export type TitleProblem =
  'parts' | 'name' | 'description' | 'date' | 'too-long' | 'wrong-child' | 'wrong-date';

/**
 * Checks a title (perhaps edited by hand) against the standard, and, when given, against the
 * child and date it is filed with, so an edit cannot file a document under the wrong name or date.
 */
export function checkDocumentTitle(
  title: string,
  expected?: { name?: string; completedOn?: string },
): Result<TitleParts, TitleProblem> {
  if (title.length > MAX_TITLE_LENGTH) {
    return {
      ok: false,
      error: 'too-long',
      message: `A title can be at most ${MAX_TITLE_LENGTH} characters.`,
    };
  }
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length !== 3) {
    return {
      ok: false,
      error: 'parts',
      message:
        'Use the naming standard: "Name of the child - Brief description - Date completed (dd/mm/yyyy)".',
    };
  }
  const [name = '', description = '', date = ''] = parts.map((p) => p.trim());
  if (!name)
    return { ok: false, error: 'name', message: "Start the title with the child's or family's name." };
  if (!description) return { ok: false, error: 'description', message: 'Describe the document briefly.' };
  const uk = UK_DATE.exec(date);
  if (!uk || !isRealDate(Number(uk[3]), Number(uk[2]), Number(uk[1]))) {
    return {
      ok: false,
      error: 'date',
      message: 'End the title with the date it was completed, as dd/mm/yyyy.',
    };
  }
  const completedOn = `${uk[3]}-${uk[2]}-${uk[1]}`;
  if (expected?.name !== undefined && tidy(expected.name).toLowerCase() !== name.toLowerCase()) {
    return {
      ok: false,
      error: 'wrong-child',
      message: `The title must start with "${tidy(expected.name)}".`,
    };
  }
  if (expected?.completedOn !== undefined && expected.completedOn !== completedOn) {
    return {
      ok: false,
      error: 'wrong-date',
      message: `The title must end with ${ukDate(expected.completedOn)}.`,
    };
  }
  return { ok: true, value: { name, description, completedOn } };
}
