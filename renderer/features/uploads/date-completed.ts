/**
 * The "Date completed" of a document, from GOV.UK's date input (day, month and year boxes), with
 * GOV.UK's own error wording. The date becomes the last part of the title (004 naming standard) and
 * a document cannot have been completed after today, in England.
 */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DateField = 'day' | 'month' | 'year';

export type DateCheck =
  | { ok: true; iso: string }
  /** `fields`: the boxes to mark as wrong; the first one is where the error summary link goes. */
  | { ok: false; message: string; fields: DateField[] };

const LABEL = 'Date completed';
const ALL: DateField[] = ['day', 'month', 'year'];

const isRealDate = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** `today` is England's calendar date, `YYYY-MM-DD` (shared/domain/access.ts `englandDate`). */
export function checkDateCompleted(parts: DateParts, today: string): DateCheck {
  const given = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = ALL.filter((field) => given[field] === '');
  if (missing.length === 3)
    return { ok: false, message: 'Enter the date the document was completed', fields: ALL };
  if (missing.length > 0) {
    const names = missing.join(' and ');
    return { ok: false, message: `${LABEL} must include a ${names}`, fields: missing };
  }
  const notNumbers = ALL.filter((field) => !/^\d+$/.test(given[field]));
  if (notNumbers.length > 0)
    return { ok: false, message: `${LABEL} must be a real date`, fields: notNumbers };
  if (given.year.length !== 4) return { ok: false, message: 'Year must include 4 numbers', fields: ['year'] };
  const [year, month, day] = [Number(given.year), Number(given.month), Number(given.day)];
  if (!isRealDate(year, month, day))
    return { ok: false, message: `${LABEL} must be a real date`, fields: ALL };
  const iso = `${given.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (iso > today) return { ok: false, message: `${LABEL} must be today or in the past`, fields: ALL };
  return { ok: true, iso };
}
