/**
 * What ties a control to one text answer in a form's state: its element id, the value, the change,
 * and its inline error (GOV.UK: the message at the field as well as in the summary). Written once,
 * so each question on a form screen says only what is its own (label, hint, size).
 */
import type { Dispatch, SetStateAction } from 'react';
import type { FormProblems } from './problems.ts';

/** The keys of `S` whose answers are text. */
type TextKeys<S> = { [K in keyof S]-?: S[K] extends string ? K : never }[keyof S] & string;

export interface BoundField {
  id: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}

export function fieldBinder<S>(
  form: S,
  setForm: Dispatch<SetStateAction<S>>,
  elementId: (path: string) => string,
  problems: FormProblems,
) {
  /** `path` is the answer's name in the check's problems (e.g. `keyworker.name`) when not its key. */
  return (key: TextKeys<S>, path: string = key): BoundField => {
    const value = form[key];
    return {
      id: elementId(path),
      value: typeof value === 'string' ? value : '',
      onChange: (text) => setForm((f) => ({ ...f, [key]: text })),
      error: problems.fields[elementId(path)],
    };
  };
}
