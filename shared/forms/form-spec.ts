/**
 * Forms as data: each form Hearth writes is a list of parts and fields (label, hint, kind,
 * required, shown only after an answer). One description drives the screen (GOV.UK fields in
 * order), the check (GOV.UK error wording, first problem first) and the PDF (the same labels in
 * the same order), so what staff were asked is exactly what the record says.
 *
 * Values travel as strings by field id. While editing, a date is "day/month/year" as typed in the
 * three GOV.UK boxes; after `checkFormValues` it is ISO (`2026-11-04`); a time is `HH:MM`.
 */
import { ukDate } from '../domain/naming.ts';

export type FieldKind = 'text' | 'long-text' | 'date' | 'time' | 'yes-no' | 'choice';

export interface FormField {
  /** Unique within its form; lower case and hyphens (also the screen's element id, prefixed). */
  id: string;
  label: string;
  hint?: string;
  kind: FieldKind;
  required: boolean;
  /** For 'choice': the options, in the order shown. */
  options?: readonly { value: string; label: string }[];
  /** Asked (and checked) only when another field has this answer, e.g. police reference after "Yes". */
  when?: { field: string; equals: string };
}

export interface FormPart {
  heading: string;
  fields: readonly FormField[];
}

export type FormValues = Readonly<Record<string, string>>;

export interface FieldProblem {
  fieldId: string;
  /** For a date: the box to send the person to first. */
  box?: 'day' | 'month' | 'year';
  message: string;
}

export const TEXT_MAX = 150;
export const LONG_TEXT_MAX = 5000;

export const allFields = (parts: readonly FormPart[]): FormField[] => parts.flatMap((p) => p.fields);

/** Whether a field is asked, given the answers so far. */
export function isAsked(field: FormField, values: FormValues): boolean {
  return !field.when || (values[field.when.field] ?? '') === field.when.equals;
}

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

function emptyMessage(field: FormField): string {
  if (field.kind === 'yes-no') return `Select yes or no: ${lower(field.label)}`;
  if (field.kind === 'choice') return `Select ${lower(field.label)}`;
  if (field.kind === 'date') return `Enter the ${lower(field.label)}`;
  if (field.kind === 'time') return `Enter the ${lower(field.label)}`;
  return `Enter ${lower(field.label)}`;
}

const isRealDate = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** "4/11/2026" → "2026-11-04", with GOV.UK's date-input messages; never after `today`. */
export function checkDate(
  field: FormField,
  raw: string,
  today: string,
): { ok: true; iso: string } | { ok: false; problem: FieldProblem } {
  const [day = '', month = '', year = ''] = raw.split('/').map((p) => p.trim());
  const fail = (message: string, box: FieldProblem['box'] = 'day') => ({
    ok: false as const,
    problem: { fieldId: field.id, box, message },
  });
  const missing = (['day', 'month', 'year'] as const).filter((_, i) => [day, month, year][i] === '');
  if (missing.length === 3) return fail(emptyMessage(field));
  if (missing.length > 0) return fail(`${field.label} must include a ${missing.join(' and ')}`, missing[0]);
  if (![day, month, year].every((p) => /^\d+$/.test(p))) return fail(`${field.label} must be a real date`);
  if (year.length !== 4) return fail('Year must include 4 numbers', 'year');
  if (!isRealDate(Number(year), Number(month), Number(day)))
    return fail(`${field.label} must be a real date`);
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (iso > today) return fail(`${field.label} must be today or in the past`);
  return { ok: true, iso };
}

/** "21:10", "9.05" or "0905" → "21:10" / "09:05"; null when it is not a time of day. */
export function normaliseTime(raw: string): string | null {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(raw.trim());
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export type ValuesCheck =
  { ok: true; values: Record<string, string> } | { ok: false; problems: FieldProblem[] };

/**
 * Checks every asked field in order and returns the cleaned values (trimmed; dates ISO; times
 * HH:MM), or every problem, first field first. Fields not asked are dropped, so an answer given
 * and then hidden (e.g. a police reference after changing "Yes" to "No") is not filed.
 */
export function checkFormValues(parts: readonly FormPart[], values: FormValues, today: string): ValuesCheck {
  const problems: FieldProblem[] = [];
  const clean: Record<string, string> = {};
  for (const field of allFields(parts)) {
    if (!isAsked(field, values)) continue;
    const raw = (values[field.id] ?? '').trim();
    const empty = field.kind === 'date' ? raw.replace(/\//g, '').trim() === '' : raw === '';
    if (empty) {
      if (field.required) problems.push({ fieldId: field.id, message: emptyMessage(field) });
      continue;
    }
    if (field.kind === 'date') {
      const date = checkDate(field, raw, today);
      if (date.ok) clean[field.id] = date.iso;
      else problems.push(date.problem);
    } else if (field.kind === 'time') {
      const time = normaliseTime(raw);
      if (time) clean[field.id] = time;
      else
        problems.push({
          fieldId: field.id,
          message: `${field.label} must be a time as hours and minutes, for example 21:10`,
        });
    } else if (field.kind === 'yes-no' || field.kind === 'choice') {
      const allowed = field.kind === 'yes-no' ? ['yes', 'no'] : (field.options ?? []).map((o) => o.value);
      if (allowed.includes(raw)) clean[field.id] = raw;
      else problems.push({ fieldId: field.id, message: emptyMessage(field) });
    } else {
      const max = field.kind === 'text' ? TEXT_MAX : LONG_TEXT_MAX;
      if (raw.length > max)
        problems.push({ fieldId: field.id, message: `${field.label} must be ${max} characters or fewer` });
      else clean[field.id] = raw;
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values: clean };
}

/** A checked value as the PDF shows it: dates dd/mm/yyyy, yes/no and choices by their words. */
export function displayValue(field: FormField, value: string | undefined): string {
  if (value === undefined || value === '') return '';
  if (field.kind === 'date') return ukDate(value);
  if (field.kind === 'yes-no') return value === 'yes' ? 'Yes' : 'No';
  if (field.kind === 'choice') return field.options?.find((o) => o.value === value)?.label ?? value;
  return value;
}
