// The body map's rules (issue 5; DOMAIN.md "Body maps"): every mark with its type, size in cm,
// colour, skin broken or not, swelling or bleeding (DOMAIN.md), description, the child's explanation and any witness; date and time
// observed; the recorder's name and role; no photographs; a new chart for each incident.
import { describe, expect, it } from 'vitest';
import { BodyMap, BodyMark, bodyRegion, cm, markTypeText, MARK_TYPES, newBodyMap } from './body-map.ts';

const mark = {
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
  description: 'Round bruise',
  childExplanation: 'Banged it on the door',
  witness: 'No one saw it',
} as const;

const map = {
  chartId: 'chart-1',
  observedOn: '2026-11-04',
  observedAt: '21:40',
  recorder: { name: 'Priya Shah', role: 'Registered Manager' },
  marks: [mark],
};

describe('body map model', () => {
  it('accepts a chart with a fully described mark', () => {
    expect(BodyMap.parse(map).marks[0]?.childExplanation).toBe('Banged it on the door');
  });

  it('offers exactly the mark types of issue 5', () => {
    expect(MARK_TYPES).toEqual([
      'bruise',
      'cut',
      'graze',
      'burn',
      'swelling',
      'redness',
      'scratch',
      'bite',
      'other',
    ]);
  });

  it('refuses a photograph, or any field the model does not list (no photographs of the child)', () => {
    expect(BodyMap.safeParse({ ...map, photo: 'data:image/jpeg;base64,AAAA' }).success).toBe(false);
    expect(BodyMark.safeParse({ ...mark, photograph: 'x.jpg' }).success).toBe(false);
  });

  it('keeps positions on the outline (0..1) and sizes real (0 < cm ≤ 100)', () => {
    expect(BodyMark.safeParse({ ...mark, x: 1.2 }).success).toBe(false);
    expect(BodyMark.safeParse({ ...mark, y: -0.1 }).success).toBe(false);
    expect(BodyMark.safeParse({ ...mark, sizeCm: 0 }).success).toBe(false);
    expect(BodyMark.safeParse({ ...mark, sizeCm: 101 }).success).toBe(false);
  });

  it('needs the colour, and what an "other" mark is', () => {
    expect(BodyMark.safeParse({ ...mark, colour: ' ' }).success).toBe(false);
    expect(BodyMark.safeParse({ ...mark, type: 'other' }).success).toBe(false);
    const rash = BodyMark.parse({ ...mark, type: 'other', otherType: 'Rash' });
    expect(markTypeText(rash)).toBe('Other: Rash');
  });

  it('needs the date and time observed, the recorder, and at least one mark', () => {
    expect(BodyMap.safeParse({ ...map, observedAt: '25:00' }).success).toBe(false);
    expect(BodyMap.safeParse({ ...map, observedOn: '2026-02-30' }).success).toBe(false);
    expect(BodyMap.safeParse({ ...map, recorder: { name: 'Priya Shah', role: '' } }).success).toBe(false);
    expect(BodyMap.safeParse({ ...map, marks: [] }).success).toBe(false);
  });

  it('starts every incident on a new, empty chart', () => {
    const first = newBodyMap('chart-a');
    first.marks.push(BodyMark.parse(mark));
    expect(newBodyMap('chart-b')).toEqual({ chartId: 'chart-b', marks: [] });
  });
});

describe('where a mark is, in words', () => {
  it("names the child's side: the viewer's left is the child's right on the front, their left on the back", () => {
    expect(bodyRegion('front', 0.2, 0.45)).toBe("child's right forearm");
    expect(bodyRegion('back', 0.2, 0.45)).toBe("child's left forearm");
    expect(bodyRegion('front', 0.6, 0.28)).toBe("chest, child's left");
    expect(bodyRegion('back', 0.5, 0.05)).toBe('back of the head');
    expect(bodyRegion('front', 0.4, 0.95)).toBe("child's right foot");
  });

  it('writes sizes as people do', () => {
    expect(cm(3)).toBe('3 cm');
    expect(cm(0.5)).toBe('0.5 cm');
    expect(cm(12.25)).toBe('12.3 cm');
  });
});
