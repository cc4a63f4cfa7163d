import { useState, type FormEvent } from 'react';
import type { StaffProfile } from '../../../../shared/api/session.ts';
import { checkReg40Form, reg40Title } from '../../../../shared/forms/regulation-40-form.ts';
import { Checkbox } from '../../../ui/controls/checkbox.tsx';
import { Radios } from '../../../ui/controls/choices.tsx';
import { localDateTimeToIso } from '../../../ui/controls/local-date-time.ts';
import { NativeDateInput, Textarea, TextInput } from '../../../ui/controls/text-inputs.tsx';
import type { ChildForForm } from '../child-for-form.ts';
import { fieldBinder } from '../shell/bind-field.ts';
import { FormPage } from '../shell/FormPage.tsx';
import { schemaFormResult } from '../shell/schema-form.ts';
import { useFormSave } from '../shell/use-form-save.ts';
import { OriginalPicker } from './OriginalPicker.tsx';
import { RecipientTicks } from './RecipientTicks.tsx';
import { Reg40ClockPanel } from './Reg40ClockPanel.tsx';
import {
  emptyReg40,
  eventOptions,
  reg40FieldId,
  rememberHome,
  toReg40Input,
  type Reg40State,
} from './reg40-state.ts';
import { StaffRows } from './StaffRows.tsx';

const CONCLUDED = 'child-protection-enquiry-concluded';
const id = reg40FieldId;

/**
 * The Regulation 40 notification (DOMAIN.md "Regulation 40 notifications"), or, as `update`, the
 * update when a child protection enquiry concludes (40(4)(d)), which quotes the original. Hearth
 * records it on the child's record as a PDF and tells their social worker; it sends nothing to Ofsted.
 */
export function Regulation40Form({
  staff,
  child,
  update,
}: {
  staff: StaffProfile;
  child: ChildForForm;
  update: boolean;
}) {
  const fresh = () => emptyReg40(staff, update ? CONCLUDED : '');
  const [form, setForm] = useState<Reg40State>(fresh);
  const saving = useFormSave();
  const { problems, busy } = saving;
  const heading = update
    ? 'Regulation 40 update: child protection enquiry concluded'
    : 'Regulation 40 notification';

  const set = (changes: Partial<Reg40State>) => setForm((f) => ({ ...f, ...changes }));
  const err = (field: string) => problems.fields[id(field)];
  const bind = fieldBinder(form, setForm, id, problems);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void saving.save(
      () => {
        const checked = checkReg40Form(toReg40Input(form));
        if (checked.ok)
          rememberHome(staff.home.id, { urn: checked.value.home.urn, address: checked.value.home.address });
        return schemaFormResult(checked, {
          staff,
          child,
          documentType: 'regulation-40-notification',
          elementId: id,
          title: reg40Title,
          makePdf: async (input) =>
            (await import('../../../../shared/pdf/regulation-40-pdf.ts')).regulation40Pdf(input),
        });
      },
      () => setForm(fresh()),
    );
  }

  return (
    <FormPage
      label={heading}
      child={child}
      state={saving}
      intro={
        <div className="govuk-inset-text">
          Hearth makes the notification as a PDF for {child.fullName}’s record and tells their social worker.
          It does not send anything to Ofsted: tell Ofsted and the others listed yourself, then tick them
          below.
        </div>
      }
    >
      <form noValidate onSubmit={submit}>
        {update ? (
          <>
            <OriginalPicker
              id={id('original')}
              childId={child.id}
              value={form.original}
              onChange={(original) => set({ original })}
              error={err('original')}
            />
            <Textarea {...bind('outcome')} label="What the enquiry concluded" />
          </>
        ) : (
          <Radios
            {...bind('eventTypeId')}
            legend="What happened"
            legendSize="m"
            small={false}
            hint="The serious events regulation 40 says must be notified, and any the council adds."
            options={eventOptions(form)}
          />
        )}
        <NativeDateInput
          {...bind('eventAt')}
          label={update ? 'When the enquiry concluded' : 'When it happened'}
          labelClass="govuk-label--m"
          hint="Date and time, for example 20/11/2026 22:15. The 24 hours run from this time."
          withTime
        />
        <Reg40ClockPanel eventAtIso={localDateTimeToIso(form.eventAt)} />
        {form.eventTypeId === 'child-death' && (
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                About the placement (regulation 40(1) names some only in these cases)
              </legend>
              <div className="govuk-checkboxes govuk-checkboxes--small">
                <Checkbox
                  id="reg40-home-area-placed"
                  label="The local authority for the home’s area placed the child"
                  checked={form.circumstances.homeAreaIsPlacingAuthority}
                  onChange={(v) =>
                    set({ circumstances: { ...form.circumstances, homeAreaIsPlacingAuthority: v } })
                  }
                />
                <Checkbox
                  id="reg40-sos-placed"
                  label="The Secretary of State placed the child"
                  checked={form.circumstances.secretaryOfStateIsPlacingAuthority}
                  onChange={(v) =>
                    set({ circumstances: { ...form.circumstances, secretaryOfStateIsPlacingAuthority: v } })
                  }
                />
                <Checkbox
                  id="reg40-secure-home"
                  label="This is a secure children’s home"
                  checked={form.circumstances.secureChildrensHome}
                  onChange={(v) => set({ circumstances: { ...form.circumstances, secureChildrensHome: v } })}
                />
              </div>
            </fieldset>
          </div>
        )}
        <RecipientTicks
          state={form}
          onChange={(recipient, tick) => setForm((f) => ({ ...f, ticks: { ...f.ticks, [recipient]: tick } }))}
          errors={problems.fields}
        />
        <h2 className="govuk-heading-m">The home</h2>
        <TextInput
          id={id('home.name')}
          label="Home"
          value={form.home.name}
          onChange={(name) => set({ home: { ...form.home, name } })}
          error={err('home.name')}
        />
        <TextInput
          id={id('home.urn')}
          label="Ofsted URN"
          hint="The home’s unique reference number, for example SC123456. Hearth remembers it on this computer."
          widthClass="govuk-input--width-10"
          value={form.home.urn}
          onChange={(urn) => set({ home: { ...form.home, urn } })}
          error={err('home.urn')}
        />
        <TextInput
          id={id('home.address')}
          label="Address"
          value={form.home.address}
          onChange={(address) => set({ home: { ...form.home, address } })}
          error={err('home.address')}
        />
        <h2 className="govuk-heading-m">The event</h2>
        <TextInput {...bind('location')} label="Where it happened" />
        <Textarea
          {...bind('summary')}
          label="What happened"
          hint="Facts, in order, with times. Say why if it was notified late."
          rows={8}
        />
        <TextInput
          {...bind('otherChildren')}
          label="Other children involved (optional)"
          hint={`${child.fullName} is named already. Others by initials only.`}
        />
        <StaffRows
          rows={form.staff}
          onChange={(staffRows) => set({ staff: staffRows })}
          errors={problems.fields}
        />
        <Textarea
          {...bind('organisationsTold')}
          label="Other organisations told (optional)"
          hint="For example the police, with the crime reference number."
          rows={3}
        />
        <Textarea {...bind('actionsTaken')} label="Actions taken" />
        <Textarea {...bind('actionsPlanned')} label="Actions planned to prevent it happening again" />
        <h2 className="govuk-heading-m">Who Ofsted should contact</h2>
        <TextInput
          id={id('contact.name')}
          label="Name"
          value={form.contact.name}
          onChange={(name) => set({ contact: { ...form.contact, name } })}
          error={err('contact.name')}
        />
        <TextInput
          id={id('contact.phoneOrEmail')}
          label="Phone number or email"
          value={form.contact.phoneOrEmail}
          onChange={(phoneOrEmail) => set({ contact: { ...form.contact, phoneOrEmail } })}
          error={err('contact.phoneOrEmail')}
        />
        <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
          Make the PDF and add to upload queue
        </button>
      </form>
    </FormPage>
  );
}
