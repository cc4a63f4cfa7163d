// Forms as data (issue 5): one description drives the screen, the check and the PDF. The check
// uses GOV.UK's error wording and never files an answer to a question that was not asked.
import { describe, expect, it } from 'vitest';
import { checkFormValues, displayValue, normaliseTime, type FormPart } from './form-spec.ts';
import { INCIDENT_FORMS, INCIDENT_TYPES } from './incident-forms.ts';

const TODAY = '2026-11-04';
const parts: FormPart[] = [
  {
    heading: 'Test',
    fields: [
      { id: 'when', label: 'Date of the incident', kind: 'date', required: true },
      { id: 'time', label: 'Time of the incident', kind: 'time', required: true },
      { id: 'police', label: 'Were the police told?', kind: 'yes-no', required: true },
      {
        id: 'ref',
        label: 'Police reference number',
        kind: 'text',
        required: true,
        when: { field: 'police', equals: 'yes' },
      },
      { id: 'notes', label: 'Notes', kind: 'long-text', required: false },
    ],
  },
];

describe('checkFormValues', () => {
  it('returns clean values: ISO dates, HH:MM times, trimmed text', () => {
    const checked = checkFormValues(
      parts,
      { when: '4/11/2026', time: '9.05', police: 'no', notes: '  ok ' },
      TODAY,
    );
    expect(checked).toEqual({
      ok: true,
      values: { when: '2026-11-04', time: '09:05', police: 'no', notes: 'ok' },
    });
  });

  it('lists every problem in the order of the form, with GOV.UK wording', () => {
    const checked = checkFormValues(parts, { when: '31/2/2026', time: '25:00', police: 'yes' }, TODAY);
    expect(checked.ok ? [] : checked.problems.map((p) => p.message)).toEqual([
      'Date of the incident must be a real date',
      'Time of the incident must be a time as hours and minutes, for example 21:10',
      'Enter police reference number',
    ]);
    const empty = checkFormValues(parts, {}, TODAY);
    expect(empty.ok ? [] : empty.problems.map((p) => p.message)).toEqual([
      'Enter the date of the incident',
      'Enter the time of the incident',
      'Select yes or no: were the police told?',
    ]);
  });

  it('sends the person to the missing box of a date, and refuses a date in the future', () => {
    const partial = checkFormValues(parts, { when: '4//2026', time: '10:00', police: 'no' }, TODAY);
    expect(partial.ok ? null : partial.problems[0]).toEqual({
      fieldId: 'when',
      box: 'month',
      message: 'Date of the incident must include a month',
    });
    const future = checkFormValues(parts, { when: '5/11/2026', time: '10:00', police: 'no' }, TODAY);
    expect(future.ok ? null : future.problems[0]?.message).toBe(
      'Date of the incident must be today or in the past',
    );
  });

  it('drops the answer to a question no longer asked (a reference typed, then "No")', () => {
    const checked = checkFormValues(
      parts,
      { when: '4/11/2026', time: '10:00', police: 'no', ref: 'AB/123' },
      TODAY,
    );
    expect(checked.ok && checked.values).not.toHaveProperty('ref');
  });

  it('reads times as people type them', () => {
    expect(['21:10', '2110', '9:05', '09.05', '24:00', '9:60', 'nine'].map(normaliseTime)).toEqual([
      '21:10',
      '21:10',
      '09:05',
      '09:05',
      null,
      null,
      null,
    ]);
  });

  it('shows answers in words', () => {
    const [date, , yes] = parts[0]?.fields ?? [];
    expect(date && displayValue(date, '2026-11-04')).toBe('04/11/2026');
    expect(yes && displayValue(yes, 'yes')).toBe('Yes');
  });
});

describe('the four incident forms (001)', () => {
  it('each has the common parts and required fields a manager expects', () => {
    for (const type of INCIDENT_TYPES) {
      const ids = INCIDENT_FORMS[type].parts.flatMap((p) =>
        p.fields.filter((f) => f.required).map((f) => f.id),
      );
      for (const id of [
        'incident-date',
        'incident-time',
        'location',
        'account',
        'child-views',
        'staff-present',
        'injuries',
        'action-taken',
        'people-told',
        'next-steps',
      ]) {
        expect(ids, `${type} needs ${id}`).toContain(id);
      }
      const all = INCIDENT_FORMS[type].parts.flatMap((p) => p.fields.map((f) => f.id));
      expect(new Set(all).size, `${type} field ids are unique`).toBe(all.length);
    }
  });

  it('a Physical Intervention needs the reason, the hold, its times and the staff (reg 20, reg 35(3))', () => {
    const pi = INCIDENT_FORMS['incident-physical-intervention'].parts;
    const required = pi.flatMap((p) => p.fields.filter((f) => f.required).map((f) => f.id));
    expect(required).toEqual(
      expect.arrayContaining(['reason', 'technique', 'start-time', 'end-time', 'staff-involved', 'effect']),
    );
    const reason = pi.flatMap((p) => p.fields).find((f) => f.id === 'reason');
    expect(reason?.options?.map((o) => o.label)).toEqual([
      'To prevent injury to the child',
      'To prevent injury to another person',
      'To prevent serious damage to property',
    ]);
  });
});
