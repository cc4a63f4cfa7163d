import type { FormField } from '../../../../shared/forms/form-spec.ts';
import { Radios, YES_NO } from '../../../ui/controls/choices.tsx';
import { DateInput } from '../../../ui/controls/date-input.tsx';
import { Textarea, TextInput, TimeInput } from '../../../ui/controls/text-inputs.tsx';

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
  // What every kind of control takes alike; each case adds its own label or legend.
  const answer = { id, value, onChange, error };
  switch (field.kind) {
    case 'long-text':
      return <Textarea {...answer} label={label} hint={field.hint} rows={4} />;
    case 'date':
      return (
        <DateInput
          {...answer}
          legend={label}
          {...(field.hint ? { hint: field.hint } : {})}
          wrongBox={wrongBox}
        />
      );
    case 'time':
      return <TimeInput {...answer} label={label} hint={field.hint} />;
    case 'yes-no':
      return <Radios {...answer} legend={label} hint={field.hint} options={YES_NO} inline />;
    case 'choice':
      return <Radios {...answer} legend={label} hint={field.hint} options={field.options ?? []} />;
    case 'text':
      return (
        <TextInput {...answer} label={label} labelClass="govuk-label--s" hint={field.hint} maxLength={150} />
      );
  }
}
