// The Regulation 40 notification form (DOMAIN.md "Regulation 40 notifications": Ofsted's fields,
// a tick with time per recipient, the 24 hours, the update quoting the original).
import { describe, expect, it } from 'vitest';
import { statutoryReg40Event } from '../domain/regulation-40-council.ts';
import {
  checkReg40Form,
  notificationSummary,
  recipientTicks,
  reg40Title,
  Reg40Form,
} from './regulation-40-form.ts';
import { exampleReg40 } from './test-forms.ts';

const CONCLUDED = statutoryReg40Event('child-protection-enquiry-concluded');

const problemsOf = (input: unknown) => {
  const r = checkReg40Form(input);
  return r.ok ? [] : r.problems;
};

describe('Regulation 40 form', () => {
  it('accepts a complete notification and upper-cases the URN', () => {
    const r = checkReg40Form(
      exampleReg40({ home: { name: 'Larchfield House', urn: 'sc900101', address: '14 Wren Lane' } }),
    );
    expect(r.ok && r.value.home.urn).toBe('SC900101');
  });

  it("asks for each of Ofsted's fields that is missing, naming the field", () => {
    const fields = problemsOf(
      exampleReg40({
        home: { name: 'Larchfield House', urn: '900101', address: '' },
        location: ' ',
        summary: '',
        actionsTaken: '',
        actionsPlanned: '',
        contact: { name: '', phoneOrEmail: '' },
      }),
    ).map((p) => p.field);
    expect(fields).toEqual([
      'home.urn',
      'home.address',
      'location',
      'summary',
      'contact.name',
      'contact.phoneOrEmail',
      'actionsTaken',
      'actionsPlanned',
    ]);
  });

  it('takes staff by initials and job title, not full names (the form goes beyond the council)', () => {
    expect(
      problemsOf(
        exampleReg40({ staff: [{ initials: 'Priya Shah the manager', jobTitle: 'Registered Manager' }] }),
      ),
    ).toEqual([{ field: 'staff.0.initials', message: expect.stringContaining('initials') }]);
  });

  it('refuses a form with no event chosen and a tick timed before the event', () => {
    expect(problemsOf(exampleReg40({ event: null })).map((p) => p.field)).toContain('eventTypeId');
    const early = exampleReg40({
      recipients: [{ recipient: 'hmci', notifiedAt: '2026-11-20T22:00:00.000Z', note: '' }],
    });
    expect(problemsOf(early).map((p) => p.field)).toEqual(['recipients.0.notifiedAt']);
  });

  it('40(4)(d) conclusion: needs the original notification and the outcome', () => {
    const fields = problemsOf(exampleReg40({ event: CONCLUDED })).map((p) => p.field);
    expect(fields).toEqual(['original', 'outcome']);
    const withOriginal = exampleReg40({
      event: CONCLUDED,
      original: {
        title: 'Leo Hartley - Regulation 40 notification - 21/11/2026',
        completedOn: '2026-11-21',
        documentId: 'doc-1',
        outboxId: null,
      },
      outcome: 'No further action.',
    });
    expect(checkReg40Form(withOriginal).ok).toBe(true);
    expect(reg40Title('Leo Hartley', { event: CONCLUDED }, '2026-12-02')).toBe(
      'Leo Hartley - Regulation 40 notification update: child protection enquiry concluded - 02/12/2026',
    );
  });

  it('lists the recipients for the event, keeping times already ticked', () => {
    const rows = recipientTicks(
      statutoryReg40Event('child-death'),
      {
        secretaryOfStateIsPlacingAuthority: false,
        homeAreaIsPlacingAuthority: true,
        secureChildrensHome: false,
      },
      [{ recipient: 'hmci', notifiedAt: '2026-11-21T09:05:00.000Z', note: '' }],
    );
    expect(rows.map((r) => r.recipient)).toEqual([
      'hmci',
      'placing-authority',
      'secretary-of-state',
      'integrated-care-board',
      'other-relevant-persons',
    ]);
    expect(rows[0]?.tick.notifiedAt).toBe('2026-11-21T09:05:00.000Z');
    expect(rows[1]?.tick.notifiedAt).toBeNull();
  });

  it('says per recipient whether it was told within 24 hours, and whether everyone was', () => {
    const form = Reg40Form.parse(exampleReg40());
    const summary = notificationSummary(form);
    expect(summary.rows.map((r) => [r.label, r.within24Hours])).toEqual([
      ['HMCI (Ofsted)', true],
      ['The placing authority', false],
      ['Each other relevant person', null],
    ]);
    expect(summary).toMatchObject({ allNotified: false, allWithin24Hours: false });
  });
});
