import {
  bodyRegion,
  MARK_TYPE_LABELS,
  MARK_TYPES,
  MarkType,
  sideLabel,
} from '../../../../shared/domain/body-map.ts';
import { Radios, YES_NO } from '../../../ui/controls/choices.tsx';
import { Select, Textarea, TextInput } from '../../../ui/controls/text-inputs.tsx';
import { BODY_MAP_FIELD, type MarkDraft } from './body-map-draft.ts';

const TYPE_OPTIONS = MARK_TYPES.map((t) => ({ value: t, text: MARK_TYPE_LABELS[t] }));

/** Where a mark is, in words: "front, child's right forearm". */
export const markPlace = (mark: Pick<MarkDraft, 'side' | 'x' | 'y'>): string =>
  `${sideLabel(mark.side).toLowerCase()}, ${bodyRegion(mark.side, mark.x, mark.y)}`;

/** The details of one mark (DOMAIN.md "Body maps"), editable, with its own "Remove" button. */
export function MarkFields({
  mark,
  number,
  onChange,
  onRemove,
  errors,
}: {
  mark: MarkDraft;
  number: number;
  onChange(mark: MarkDraft): void;
  onRemove(): void;
  errors: Readonly<Record<string, string>>;
}) {
  const id = (part: keyof MarkDraft) => BODY_MAP_FIELD.mark(mark.id, part);
  const set = (changes: Partial<MarkDraft>) => onChange({ ...mark, ...changes });
  return (
    <fieldset className="govuk-fieldset hearth-mark" data-testid={`mark-${number}`}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        Mark {number}: {markPlace(mark)}
      </legend>
      <Select
        id={id('type')}
        label="Type of mark"
        placeholder="Choose the type"
        value={mark.type}
        onChange={(value) => {
          const type = MarkType.safeParse(value);
          set({ type: type.success ? type.data : '' });
        }}
        options={TYPE_OPTIONS}
        error={errors[id('type')]}
      />
      {mark.type === 'other' && (
        <TextInput
          id={id('otherType')}
          label="What kind of mark"
          value={mark.otherType}
          onChange={(otherType) => set({ otherType })}
          error={errors[id('otherType')]}
          maxLength={100}
        />
      )}
      <TextInput
        id={id('size')}
        label="Size in centimetres"
        hint="Its longest measurement, for example 3 or 2.5"
        value={mark.size}
        onChange={(size) => set({ size })}
        error={errors[id('size')]}
        widthClass="govuk-input--width-5"
        maxLength={10}
      />
      <TextInput
        id={id('colour')}
        label="Colour"
        value={mark.colour}
        onChange={(colour) => set({ colour })}
        error={errors[id('colour')]}
        widthClass="govuk-!-width-one-half"
        maxLength={100}
      />
      <TextInput
        id={id('shape')}
        label="Shape (optional)"
        value={mark.shape}
        onChange={(shape) => set({ shape })}
        widthClass="govuk-!-width-one-half"
        maxLength={100}
      />
      <Radios
        id={id('skinBroken')}
        legend="Is the skin broken?"
        value={mark.skinBroken}
        options={YES_NO}
        onChange={(value) => set({ skinBroken: value === 'yes' ? 'yes' : 'no' })}
        error={errors[id('skinBroken')]}
        inline
      />
      <Radios
        id={id('swelling')}
        legend="Is there swelling?"
        value={mark.swelling}
        options={YES_NO}
        onChange={(value) => set({ swelling: value === 'yes' ? 'yes' : 'no' })}
        error={errors[id('swelling')]}
        inline
      />
      <Radios
        id={id('bleeding')}
        legend="Is it bleeding?"
        value={mark.bleeding}
        options={YES_NO}
        onChange={(value) => set({ bleeding: value === 'yes' ? 'yes' : 'no' })}
        error={errors[id('bleeding')]}
        inline
      />
      <Textarea
        id={id('description')}
        label="Description (optional)"
        value={mark.description}
        onChange={(description) => set({ description })}
        rows={2}
      />
      <Textarea
        id={id('childExplanation')}
        label="The child’s explanation (optional)"
        hint="What the child said about how it happened, in their own words"
        value={mark.childExplanation}
        onChange={(childExplanation) => set({ childExplanation })}
        rows={2}
      />
      <Textarea
        id={id('witness')}
        label="Witness (optional)"
        hint="Anyone who saw it happen, and what they said"
        value={mark.witness}
        onChange={(witness) => set({ witness })}
        rows={2}
      />
      <button
        type="button"
        className="govuk-button govuk-button--warning govuk-!-margin-bottom-6"
        onClick={onRemove}
      >
        Remove mark {number}
      </button>
    </fieldset>
  );
}
