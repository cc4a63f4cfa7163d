/**
 * The body map while it is being filled in, and its check into the shared model
 * (shared/domain/body-map.ts). Pure: the screen keeps the draft; a failed check changes nothing the
 * person entered, it only says what to fix, mark by mark ("Mark 2: Enter the colour").
 */
import { BodyMap, type BodySide, type MarkType } from '../../../../shared/domain/body-map.ts';
import { checkDate, normaliseTime, type FieldProblem } from '../../../../shared/forms/form-spec.ts';

export interface MarkDraft {
  id: string;
  side: BodySide;
  x: number;
  y: number;
  type: MarkType | '';
  otherType: string;
  /** As typed, e.g. "2.5". */
  size: string;
  colour: string;
  shape: string;
  skinBroken: '' | 'yes' | 'no';
  swelling: '' | 'yes' | 'no';
  bleeding: '' | 'yes' | 'no';
  description: string;
  childExplanation: string;
  witness: string;
}

export interface BodyMapDraft {
  /** A new chart for each incident: a fresh id every time a body map is added to a new form. */
  chartId: string;
  /** "day/month/year" as typed. */
  observedOn: string;
  observedAt: string;
  recorderName: string;
  recorderRole: string;
  marks: MarkDraft[];
}

export const newBodyMapDraft = (chartId: string, recorder: { name: string; role: string }): BodyMapDraft => ({
  chartId,
  observedOn: '',
  observedAt: '',
  recorderName: recorder.name,
  recorderRole: recorder.role,
  marks: [],
});

export const newMark = (id: string, side: BodySide, x: number, y: number): MarkDraft => ({
  id,
  side,
  x,
  y,
  type: '',
  otherType: '',
  size: '',
  colour: '',
  shape: '',
  skinBroken: '',
  swelling: '',
  bleeding: '',
  description: '',
  childExplanation: '',
  witness: '',
});

/** The element ids of the body map's own fields; a mark's by its id, so they survive renumbering. */
export const BODY_MAP_FIELD = {
  observedOn: 'body-map-observed-on',
  observedAt: 'body-map-observed-at',
  recorderName: 'body-map-recorder-name',
  recorderRole: 'body-map-recorder-role',
  outline: (side: BodySide) => `body-map-${side}`,
  mark: (markId: string, part: keyof MarkDraft) => `body-map-mark-${markId}-${part}`,
} as const;

const SIZE = /^\d{1,3}(\.\d{1,2})?$/;

export type BodyMapCheck = { ok: true; map: BodyMap } | { ok: false; problems: FieldProblem[] };

export function checkBodyMapDraft(draft: BodyMapDraft, today: string): BodyMapCheck {
  const problems: FieldProblem[] = [];
  const problem = (fieldId: string, message: string) => problems.push({ fieldId, message });

  const date = checkDate(
    { id: BODY_MAP_FIELD.observedOn, label: 'Date observed', kind: 'date', required: true },
    draft.observedOn,
    today,
  );
  if (!date.ok) problems.push(date.problem);
  const time = normaliseTime(draft.observedAt);
  if (!time)
    problem(
      BODY_MAP_FIELD.observedAt,
      draft.observedAt.trim() === ''
        ? 'Enter the time observed'
        : 'Time observed must be a time as hours and minutes, for example 21:40',
    );
  if (!draft.recorderName.trim())
    problem(BODY_MAP_FIELD.recorderName, 'Enter the name of the person who recorded the marks');
  if (!draft.recorderRole.trim())
    problem(BODY_MAP_FIELD.recorderRole, 'Enter the role of the person who recorded the marks');
  if (draft.marks.length === 0)
    problem(
      BODY_MAP_FIELD.outline('front'),
      'Place at least one mark on the body map, or remove the body map',
    );

  draft.marks.forEach((mark, index) => {
    const n = `Mark ${index + 1}: `;
    const id = (part: keyof MarkDraft) => BODY_MAP_FIELD.mark(mark.id, part);
    if (!mark.type) problem(id('type'), `${n}Select the type of mark`);
    if (mark.type === 'other' && !mark.otherType.trim())
      problem(id('otherType'), `${n}Say what kind of mark it is`);
    const size = mark.size.trim().replace(/\s*cm$/i, '');
    if (!size) problem(id('size'), `${n}Enter the size in centimetres`);
    else if (!SIZE.test(size) || Number(size) <= 0 || Number(size) > 100)
      problem(id('size'), `${n}Size must be a number of centimetres from 0.1 to 100, for example 3 or 2.5`);
    if (!mark.colour.trim()) problem(id('colour'), `${n}Enter the colour`);
    if (!mark.skinBroken) problem(id('skinBroken'), `${n}Select yes if the skin is broken`);
    if (!mark.swelling) problem(id('swelling'), `${n}Select yes if there is swelling`);
    if (!mark.bleeding) problem(id('bleeding'), `${n}Select yes if it is bleeding`);
  });
  if (problems.length > 0 || !date.ok || !time) return { ok: false, problems };

  const parsed = BodyMap.safeParse({
    chartId: draft.chartId,
    observedOn: date.iso,
    observedAt: time,
    recorder: { name: draft.recorderName.trim(), role: draft.recorderRole.trim() },
    marks: draft.marks.map((m) => {
      const words = {
        otherType: m.type === 'other' ? m.otherType : '',
        shape: m.shape,
        description: m.description,
        childExplanation: m.childExplanation,
        witness: m.witness,
      };
      // Optional words left empty are left out, not filed as "".
      const present = Object.fromEntries(
        Object.entries(words)
          .map(([key, value]) => [key, value.trim()] as const)
          .filter(([, value]) => value !== ''),
      );
      return {
        id: m.id,
        side: m.side,
        x: m.x,
        y: m.y,
        type: m.type,
        sizeCm: Number(m.size.trim().replace(/\s*cm$/i, '')),
        colour: m.colour.trim(),
        skinBroken: m.skinBroken === 'yes',
        swelling: m.swelling === 'yes',
        bleeding: m.bleeding === 'yes',
        ...present,
      };
    }),
  });
  if (!parsed.success) {
    // Unreachable while the checks above cover the model; said plainly rather than lost.
    return {
      ok: false,
      problems: [
        {
          fieldId: BODY_MAP_FIELD.outline('front'),
          message: `The body map is not complete: ${parsed.error.issues[0]?.message ?? ''}`,
        },
      ],
    };
  }
  return { ok: true, map: parsed.data };
}
