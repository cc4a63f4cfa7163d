import { useRef, useState } from 'react';
import type { BodySide } from '../../../../shared/domain/body-map.ts';
import { DateInput } from '../../../ui/controls/date-input.tsx';
import { TextInput, TimeInput } from '../../../ui/controls/text-inputs.tsx';
import { BODY_MAP_FIELD, newMark, type BodyMapDraft, type MarkDraft } from './body-map-draft.ts';
import { BodyOutline } from './BodyOutline.tsx';
import { MarkFields, markPlace } from './MarkFields.tsx';

const SIDES: readonly BodySide[] = ['front', 'back'];
const HELP_ID = 'body-map-help';

/**
 * The body map of one incident (issue 5; DOMAIN.md "Body maps"): front and back outlines to place
 * marks on (by click or keyboard), each mark's details listed below in the order placed, when the
 * marks were seen and who recorded them. No photographs: there is nowhere to add one.
 */
export function BodyMapEditor({
  draft,
  onChange,
  errors,
}: {
  draft: BodyMapDraft;
  onChange(draft: BodyMapDraft): void;
  errors: Readonly<Record<string, string>>;
}) {
  const [announcement, setAnnouncement] = useState('');
  const marksHeading = useRef<HTMLHeadingElement>(null);
  const set = (changes: Partial<BodyMapDraft>) => onChange({ ...draft, ...changes });

  function place(side: BodySide, x: number, y: number) {
    const mark = newMark(crypto.randomUUID().slice(0, 8), side, x, y);
    set({ marks: [...draft.marks, mark] });
    setAnnouncement(
      `Mark ${draft.marks.length + 1} placed on the ${markPlace(mark)}. Fill in its details below the outlines.`,
    );
  }

  function update(index: number, mark: MarkDraft) {
    set({ marks: draft.marks.map((m, i) => (i === index ? mark : m)) });
  }

  function remove(index: number) {
    set({ marks: draft.marks.filter((_, i) => i !== index) });
    setAnnouncement(`Mark ${index + 1} removed. The marks after it are numbered again.`);
    marksHeading.current?.focus();
  }

  const outlineError = errors[BODY_MAP_FIELD.outline('front')];
  return (
    <div className="hearth-body-map" data-testid="body-map">
      <DateInput
        id={BODY_MAP_FIELD.observedOn}
        legend="Date the marks were observed"
        value={draft.observedOn}
        onChange={(observedOn) => set({ observedOn })}
        error={errors[BODY_MAP_FIELD.observedOn]}
        wrongBox="all"
      />
      <TimeInput
        id={BODY_MAP_FIELD.observedAt}
        label="Time the marks were observed"
        value={draft.observedAt}
        onChange={(observedAt) => set({ observedAt })}
        error={errors[BODY_MAP_FIELD.observedAt]}
      />
      <TextInput
        id={BODY_MAP_FIELD.recorderName}
        label="Name of the person recording the marks"
        labelClass="govuk-label--s"
        value={draft.recorderName}
        onChange={(recorderName) => set({ recorderName })}
        error={errors[BODY_MAP_FIELD.recorderName]}
        widthClass="govuk-!-width-two-thirds"
        maxLength={120}
      />
      <TextInput
        id={BODY_MAP_FIELD.recorderRole}
        label="Their role"
        labelClass="govuk-label--s"
        value={draft.recorderRole}
        onChange={(recorderRole) => set({ recorderRole })}
        error={errors[BODY_MAP_FIELD.recorderRole]}
        widthClass="govuk-!-width-two-thirds"
        maxLength={120}
      />
      <div className={`govuk-form-group${outlineError ? ' govuk-form-group--error' : ''}`}>
        <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Place the marks</h3>
        <p className="govuk-hint" id={HELP_ID}>
          Click where a mark is. Or, using the keyboard: move to an outline with Tab, move the crosshair with
          the arrow keys (hold Shift for bigger steps), then press Enter to place a mark. Do not add
          photographs of the child.
        </p>
        {outlineError && (
          <p id={`${BODY_MAP_FIELD.outline('front')}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {outlineError}
          </p>
        )}
        <div className="hearth-body-map__outlines">
          {SIDES.map((side) => (
            <BodyOutline
              key={side}
              id={BODY_MAP_FIELD.outline(side)}
              side={side}
              marks={draft.marks.flatMap((m, i) =>
                m.side === side ? [{ number: i + 1, x: m.x, y: m.y }] : [],
              )}
              onPlace={(point) => place(side, point.x, point.y)}
              onMove={setAnnouncement}
              describedBy={outlineError ? `${HELP_ID} ${BODY_MAP_FIELD.outline('front')}-error` : HELP_ID}
              invalid={Boolean(outlineError)}
            />
          ))}
        </div>
      </div>
      {/* Polite: said when the person pauses, never cutting into what they are doing. */}
      <div className="govuk-visually-hidden" role="status" aria-live="polite" data-testid="body-map-status">
        {announcement}
      </div>
      <h3 className="govuk-heading-m" tabIndex={-1} ref={marksHeading}>
        Marks ({draft.marks.length})
      </h3>
      {draft.marks.length === 0 && <p className="govuk-body">No marks placed yet.</p>}
      {draft.marks.map((mark, index) => (
        <MarkFields
          key={mark.id}
          mark={mark}
          number={index + 1}
          onChange={(next) => update(index, next)}
          onRemove={() => remove(index)}
          errors={errors}
        />
      ))}
    </div>
  );
}
