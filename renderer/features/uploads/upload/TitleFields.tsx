import { TextInput } from '../../../ui/controls/text-inputs.tsx';

const STANDARD = 'Name of the child - Brief description - Date completed (dd/mm/yyyy)';

/**
 * The document's title by the naming standard (004), suggested by Hearth and editable within it.
 * With several files, one title each: they are separate documents on the child's record.
 */
export function TitleFields({
  files,
  titleId,
  titles,
  errors,
  onChange,
}: {
  files: readonly { key: string; name: string }[];
  titleId(index: number): string;
  titles: readonly string[];
  errors: Readonly<Record<string, string>>;
  onChange(index: number, title: string): void;
}) {
  const hint = (
    <>
      Hearth makes it from the child’s name, the description and the date, by the naming standard: “{STANDARD}
      ”. You can change it, keeping that standard.
    </>
  );
  if (files.length <= 1) {
    return (
      <TextInput
        id={titleId(0)}
        label="Title"
        labelClass="govuk-label--m"
        hint={hint}
        value={titles[0] ?? ''}
        onChange={(title) => onChange(0, title)}
        error={errors[titleId(0)]}
        spellCheck
        maxLength={250}
      />
    );
  }
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby="upload-titles-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Titles</legend>
        <div id="upload-titles-hint" className="govuk-hint">
          {hint}
        </div>
        {files.map((file, index) => (
          <TextInput
            key={file.key}
            id={titleId(index)}
            label={`Title for ${file.name}`}
            value={titles[index] ?? ''}
            onChange={(title) => onChange(index, title)}
            error={errors[titleId(index)]}
            spellCheck
            maxLength={250}
          />
        ))}
      </fieldset>
    </div>
  );
}
