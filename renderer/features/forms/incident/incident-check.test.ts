// The incident form's check before its PDF is made (issue 5; GOV.UK error summary order): every
// problem in screen order, each linked to its field; "on behalf of" as on the upload form (000).
import { describe, expect, it } from 'vitest';
import { allFields } from '../../../../shared/forms/form-spec.ts';
import { uploadRules } from '../../../../shared/domain/catalogue.ts';
import { INCIDENT_FORMS, INCIDENT_TYPES } from '../../../../shared/forms/incident-forms.ts';
import { newBodyMapDraft } from '../body-map/body-map-draft.ts';
import {
  bodyMapOffered,
  checkIncidentDraft,
  emptyIncidentDraft,
  type IncidentDraft,
} from './incident-check.ts';

const TODAY = '2026-11-04';

function filledMissing(): IncidentDraft {
  const values: Record<string, string> = {};
  for (const f of allFields(INCIDENT_FORMS['incident-missing'].parts)) {
    values[f.id] =
      f.kind === 'date'
        ? '3/11/2026'
        : f.kind === 'time'
          ? '21:10'
          : f.kind === 'yes-no'
            ? 'no'
            : f.kind === 'choice'
              ? 'high'
              : 'Words.';
  }
  return {
    ...emptyIncidentDraft(),
    values,
    ending: { date: { day: '4', month: '11', year: '2026' }, onBehalf: 'no', authorName: '', authorRole: '' },
  };
}

describe('checkIncidentDraft', () => {
  it('gives the checked form when everything asked is answered', () => {
    const checked = checkIncidentDraft('incident-missing', filledMissing(), TODAY);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems.summary));
    expect(checked.form).toMatchObject({
      documentType: 'incident-missing',
      completedOn: '2026-11-04',
      bodyMap: null,
    });
    expect(checked.form.values['last-seen-date']).toBe('2026-11-03');
    expect(checked.form.author).toBeUndefined();
  });

  it('lists problems in screen order: questions, body map, date completed, on behalf of', () => {
    const draft: IncidentDraft = {
      ...filledMissing(),
      values: { ...filledMissing().values, location: '', 'last-seen-date': '3//2026' },
      bodyMap: newBodyMapDraft('chart', { name: 'Priya Shah', role: 'Registered Manager' }),
      ending: { date: { day: '', month: '', year: '' }, onBehalf: 'yes', authorName: '', authorRole: '' },
    };
    const checked = checkIncidentDraft('incident-missing', draft, TODAY);
    if (checked.ok) throw new Error('expected problems');
    expect(checked.problems.summary).toEqual([
      { text: 'Enter where it happened', fieldId: 'incident-location' },
      { text: 'Date last seen must include a month', fieldId: 'incident-last-seen-date-month' },
      { text: 'Enter the date observed', fieldId: 'body-map-observed-on-day' },
      { text: 'Enter the time observed', fieldId: 'body-map-observed-at' },
      { text: 'Place at least one mark on the body map, or remove the body map', fieldId: 'body-map-front' },
      { text: 'Enter the date the document was completed', fieldId: 'form-date-day' },
      { text: 'Enter the name of the person who wrote the form', fieldId: 'form-author-name' },
      { text: 'Enter the role of the person who wrote the form', fieldId: 'form-author-role' },
    ]);
    expect(checked.problems.boxes['incident-last-seen-date']).toBe('month');
  });
});

describe('bodyMapOffered: what the screen asks before it offers a body map', () => {
  it.each(INCIDENT_TYPES)('001 "with body maps as needed": %s follows its catalogue entry', (type) => {
    expect(bodyMapOffered(type)).toBe(uploadRules(type)?.bodyMap);
    // 001 names all four incident forms as carrying body maps: the catalogue says so today.
    expect(bodyMapOffered(type)).toBe(true);
  });
});
