// The Regulation 40 screen's state becoming the checked form (DOMAIN.md "Regulation 40
// notifications": a tick with time for each recipient the regulation names for the event).
import { describe, expect, it } from 'vitest';
import type { StaffProfile } from '../../../../shared/api/session.ts';
import { checkReg40Form } from '../../../../shared/forms/regulation-40-form.ts';
import { emptyReg40, eventOptions, reg40FieldId, toReg40Input } from './reg40-state.ts';

const staff: StaffProfile = {
  id: 'staff-priya',
  username: 'priya.shah',
  name: 'Priya Shah',
  role: 'registered-manager',
  roleLabel: 'Registered Manager',
  home: { id: 'home-larchfield', name: 'Larchfield House' },
  access: { level: 'read-upload', missingModules: [] },
};

describe('Regulation 40 screen state', () => {
  it('starts with the home’s name and the manager as the contact', () => {
    const state = emptyReg40(staff);
    expect(state.home.name).toBe('Larchfield House');
    expect(state.contact.name).toBe('Priya Shah');
  });

  it('sends only the recipients shown for the event, in the regulation’s order, untold as null', () => {
    const state = {
      ...emptyReg40(staff, 'allegation-of-abuse'),
      eventAt: '2026-11-20T22:15',
      ticks: {
        hmci: { told: true, at: '2026-11-21T09:05', note: 'Ofsted online form' },
        // Ticked for another event and no longer one of this event's recipients: not sent.
        'integrated-care-board': { told: true, at: '2026-11-21T09:10', note: '' },
      },
    };
    const input = toReg40Input(state);
    expect(input.eventAt).toBe(new Date('2026-11-20T22:15').toISOString());
    expect(input.recipients).toEqual([
      {
        recipient: 'hmci',
        notifiedAt: new Date('2026-11-21T09:05').toISOString(),
        note: 'Ofsted online form',
      },
      { recipient: 'placing-authority', notifiedAt: null, note: '' },
      { recipient: 'other-relevant-persons', notifiedAt: null, note: '' },
    ]);
  });

  it('a tick with its time cleared is a problem at that recipient’s time field', () => {
    const state = {
      ...emptyReg40(staff, 'allegation-of-abuse'),
      eventAt: '2026-11-20T22:15',
      ticks: { 'placing-authority': { told: true, at: '', note: '' } },
    };
    const checked = checkReg40Form(toReg40Input(state));
    const problem = checked.ok ? undefined : checked.problems.find((p) => p.field.startsWith('recipients'));
    expect(problem).toEqual({
      field: 'recipients.1.notifiedAt',
      message: 'Enter the date and time they were told',
    });
    expect(reg40FieldId(problem?.field ?? '')).toBe('reg40-recipients-1-notifiedAt');
  });
});

describe("Regulation 40 screen: the council's configured events (DOMAIN.md: the mapping as data)", () => {
  const selfHarm = {
    id: 'council-serious-self-harm',
    label: 'A serious incident of self-harm',
    source: 'Council policy CH-12',
    recipients: [
      { recipient: 'hmci' as const, paragraph: 'Council policy CH-12', when: 'always' as const },
      { recipient: 'placing-authority' as const, paragraph: 'Council policy CH-12', when: 'always' as const },
    ],
  };
  const configured: StaffProfile = { ...staff, council: { reg40Events: [selfHarm] } };

  it('offers the events the session carries from the gateway, after the statutory ones, with their source', () => {
    const options = eventOptions(emptyReg40(configured));
    expect(options.at(-1)).toEqual({ value: selfHarm.id, label: selfHarm.label, hint: selfHarm.source });
    // Without the council's list (a profile from an earlier version) only the statutory events.
    expect(eventOptions(emptyReg40(staff)).map((o) => o.value)).not.toContain(selfHarm.id);
  });

  it("a configured event is told to the recipients the council's data names, and its rule is on the form", () => {
    const state = {
      ...emptyReg40(configured, selfHarm.id),
      eventAt: '2026-11-20T22:15',
      location: 'The lounge',
      summary: 'Words.',
      actionsTaken: 'Words.',
      actionsPlanned: 'Words.',
      home: { name: 'Larchfield House', urn: 'SC900101', address: '14 Wren Lane' },
      staff: [{ key: 0, initials: 'P.S.', jobTitle: 'Registered Manager' }],
      contact: { name: 'Priya Shah', phoneOrEmail: '01632 960114' },
    };
    const checked = checkReg40Form(toReg40Input(state));
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.value.event).toEqual(selfHarm);
    expect(checked.value.recipients.map((r) => r.recipient)).toEqual(['hmci', 'placing-authority']);
  });
});
