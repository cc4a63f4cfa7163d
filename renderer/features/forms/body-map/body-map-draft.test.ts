// The body map's check (issue 5; DOMAIN.md "Body maps"): each mark needs its type, size in cm,
// colour and whether the skin is broken; the chart needs the date and time observed and who
// recorded it; empty optional words are left out of the record, not filed as blanks.
import { describe, expect, it } from 'vitest';
import { checkBodyMapDraft, newBodyMapDraft, newMark, type BodyMapDraft } from './body-map-draft.ts';

const TODAY = '2026-11-04';
const recorder = { name: 'Priya Shah', role: 'Registered Manager' };

function filled(): BodyMapDraft {
  const draft = newBodyMapDraft('chart-1', recorder);
  return {
    ...draft,
    observedOn: '4/11/2026',
    observedAt: '21:40',
    marks: [
      {
        ...newMark('m1', 'front', 0.2, 0.45),
        type: 'bruise',
        size: '3 cm',
        colour: 'Purple',
        skinBroken: 'no',
        swelling: 'yes',
        bleeding: 'no',
      },
      {
        ...newMark('m2', 'back', 0.6, 0.3),
        type: 'other',
        otherType: 'Rash',
        size: '2.5',
        colour: 'Red',
        skinBroken: 'yes',
        swelling: 'no',
        bleeding: 'yes',
        witness: ' Tom ',
      },
    ],
  };
}

describe('checkBodyMapDraft', () => {
  it('gives the shared model, with sizes as numbers and empty optional words left out', () => {
    const checked = checkBodyMapDraft(filled(), TODAY);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.map.observedOn).toBe('2026-11-04');
    expect(checked.map.recorder).toEqual(recorder);
    expect(checked.map.marks[0]).toEqual({
      id: 'm1',
      side: 'front',
      x: 0.2,
      y: 0.45,
      type: 'bruise',
      sizeCm: 3,
      colour: 'Purple',
      skinBroken: false,
      swelling: true,
      bleeding: false,
    });
    expect(checked.map.marks[1]).toMatchObject({
      type: 'other',
      otherType: 'Rash',
      sizeCm: 2.5,
      skinBroken: true,
      bleeding: true,
      witness: 'Tom',
    });
  });

  it('says what each mark lacks, by its number', () => {
    const draft = filled();
    draft.marks[1] = newMark('m2', 'back', 0.6, 0.3);
    draft.marks[0] = { ...(draft.marks[0] ?? newMark('m1', 'front', 0, 0)), size: '300' };
    const checked = checkBodyMapDraft(draft, TODAY);
    expect(checked.ok ? [] : checked.problems.map((p) => p.message)).toEqual([
      'Mark 1: Size must be a number of centimetres from 0.1 to 100, for example 3 or 2.5',
      'Mark 2: Select the type of mark',
      'Mark 2: Enter the size in centimetres',
      'Mark 2: Enter the colour',
      'Mark 2: Select yes if the skin is broken',
      'Mark 2: Select yes if there is swelling',
      'Mark 2: Select yes if it is bleeding',
    ]);
  });

  it('needs when the marks were seen, who recorded them, and at least one mark', () => {
    const checked = checkBodyMapDraft({ ...newBodyMapDraft('c', { name: '', role: '' }) }, TODAY);
    expect(checked.ok ? [] : checked.problems.map((p) => p.message)).toEqual([
      'Enter the date observed',
      'Enter the time observed',
      'Enter the name of the person who recorded the marks',
      'Enter the role of the person who recorded the marks',
      'Place at least one mark on the body map, or remove the body map',
    ]);
  });
});
