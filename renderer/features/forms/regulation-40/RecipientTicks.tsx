import { Fragment } from 'react';
import type { RecipientId } from '../../../../shared/domain/regulation-40.ts';
import { Checkbox } from '../../../ui/controls/checkbox.tsx';
import { isoToLocalDateTime } from '../../../ui/controls/local-date-time.ts';
import { NativeDateInput, TextInput } from '../../../ui/controls/text-inputs.tsx';
import { reg40FieldId, shownRecipients, type Reg40State, type TickState } from './reg40-state.ts';

/** "The placing authority" → "the placing authority", to read within a sentence. */
const inSentence = (label: string): string => label.replace(/^(The|Each) /, (word) => word.toLowerCase());

/**
 * A tick with its time for each recipient regulation 40 names for the event (DOMAIN.md). Ticking
 * fills in the time now, which the manager corrects if they told them earlier; it is a GOV.UK
 * checkbox with a conditional reveal, so Tab and Space are all it takes.
 */
export function RecipientTicks({
  state,
  onChange,
  errors,
}: {
  state: Reg40State;
  onChange(recipient: RecipientId, tick: TickState): void;
  errors: Record<string, string>;
}) {
  const rows = shownRecipients(state);
  if (rows.length === 0) {
    return <p className="govuk-body">Choose the type of event to see who must be told.</p>;
  }
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby="reg40-recipients-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Who you have told</legend>
        <div id="reg40-recipients-hint" className="govuk-hint">
          Regulation 40 says who must be told of this event. Tell each of them (Hearth does not send this to
          Ofsted or anyone else), then tick them here with the time you did.
        </div>
        <div className="govuk-checkboxes" data-module="govuk-checkboxes" data-testid="reg40-recipients">
          {rows.map((row, index) => {
            const id = `reg40-tick-${row.recipient}`;
            const timeId = reg40FieldId(`recipients.${index}.notifiedAt`);
            const who = inSentence(row.label);
            return (
              <Fragment key={row.recipient}>
                <Checkbox
                  id={id}
                  label={`Told ${who}`}
                  hint={`Regulation ${row.paragraph}`}
                  checked={row.state.told}
                  onChange={(told) =>
                    onChange(row.recipient, {
                      ...row.state,
                      told,
                      at: told && row.state.at === '' ? isoToLocalDateTime(new Date()) : row.state.at,
                    })
                  }
                />
                {row.state.told && (
                  <div className="govuk-checkboxes__conditional" id={`${id}-conditional`}>
                    <NativeDateInput
                      id={timeId}
                      label={`When you told ${who}`}
                      value={row.state.at}
                      withTime
                      onChange={(at) => onChange(row.recipient, { ...row.state, at })}
                      error={errors[timeId]}
                    />
                    <TextInput
                      id={`${id}-note`}
                      label={`How you told ${who}, and who you spoke to (optional)`}
                      value={row.state.note}
                      onChange={(note) => onChange(row.recipient, { ...row.state, note })}
                      maxLength={300}
                    />
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
