import type { FormField } from '../../../../shared/forms/form-spec.ts';
import { TextInput } from '../../uploads/upload/fields.tsx';
import { DateInput, Radios, Textarea, TimeInput, YES_NO } from './controls.tsx';

/** The element id of a form field, prefixed so two forms' fields never share an id. */
export const specFieldId = (prefix: string, field: FormField): string => `${prefix}-${field.id}`;

/** One field of a form described as data (shared/forms/form-spec.ts), as its GOV.UK control. */
export function SpecField({
  prefix,
  field,
  value,
  onChange,
  error,
  wrongBox,
}: {
  prefix: string;
  field: FormField;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  wrongBox?: 'day' | 'month' | 'year' | 'all' | undefined;
}) {
  const id = specFieldId(prefix, field);
  const label = field.required ? field.label : `${field.label} (optional)`;
  switch (field.kind) {
    case 'long-text':
      return (
        <Textarea id={id} label={label} hint={field.hint} value={value} onChange={onChange} error={error} />
      );
    case 'date':
      return (
        <DateInput
          id={id}
          legend={label}
          {...(field.hint ? { hint: field.hint } : {})}
          value={value}
          onChange={onChange}
          error={error}
          wrongBox={wrongBox}
        />
      );
    case 'time':
      return (
        <TimeInput id={id} label={label} hint={field.hint} value={value} onChange={onChange} error={error} />
      );
    case 'yes-no':
      return (
        <Radios
          id={id}
          legend={label}
          hint={field.hint}
          value={value}
          options={YES_NO}
          onChange={onChange}
          error={error}
          inline
        />
      );
    case 'choice':
      return (
        <Radios
          id={id}
          legend={label}
          hint={field.hint}
          value={value}
          options={field.options ?? []}
          onChange={onChange}
          error={error}
        />
      );
    case 'text':
      return (
        <TextInput
          id={id}
          label={label}
          labelClass="govuk-label--s"
          hint={field.hint}
          value={value}
          onChange={onChange}
          error={error}
          maxLength={150}
        />
      );
  }
}
