/**
 * The body map of an incident form (issue 5; DOMAIN.md "Body maps"): a front and a back outline,
 * each mark placed on one of them with its details (type, size, colour, shape, skin broken,
 * swelling, bleeding, description, the child's explanation, any witness), the date and time the marks were observed, and
 * who recorded them. Rules kept here, for the app, the PDF and the tests alike:
 * - positions are normalised 0..1 on the outline (x across, y down), so the screen and the PDF
 *   draw a mark in the same place whatever their size;
 * - NO photographs of the child: the model is strict, so a photo (or any field not listed) is
 *   refused rather than quietly carried;
 * - a new chart for each incident: `newBodyMap` starts empty with its own id, and a form never
 *   copies another form's chart.
 */
import { z } from 'zod';

export const BODY_SIDES = ['front', 'back'] as const;
export const BodySide = z.enum(BODY_SIDES);
export type BodySide = z.infer<typeof BodySide>;

export const MARK_TYPES = [
  'bruise',
  'cut',
  'graze',
  'burn',
  'swelling',
  'redness',
  'scratch',
  'bite',
  'other',
] as const;
export const MarkType = z.enum(MARK_TYPES);
export type MarkType = z.infer<typeof MarkType>;

export const MARK_TYPE_LABELS: Record<MarkType, string> = {
  bruise: 'Bruise',
  cut: 'Cut',
  graze: 'Graze',
  burn: 'Burn',
  swelling: 'Swelling',
  redness: 'Redness',
  scratch: 'Scratch',
  bite: 'Bite',
  other: 'Other',
};

/** A mark bigger than this is not one mark: describe the area in words or place several. */
export const MAX_MARK_CM = 100;
export const MAX_MARKS = 40;
const LONG_TEXT = 2000;

const Unit = z.number().min(0).max(1);
const Text = (max: number) => z.string().trim().max(max);

export const BodyMark = z
  .strictObject({
    /** Stable while the form is edited; numbers ("Mark 1") come from the order of the list. */
    id: z.string().min(1).max(64),
    side: BodySide,
    x: Unit,
    y: Unit,
    type: MarkType,
    /** What it is when `type` is "other", e.g. "Rash". */
    otherType: Text(100).optional(),
    /** Its largest measurement, in centimetres. */
    sizeCm: z.number().positive().max(MAX_MARK_CM),
    colour: Text(100).min(1, 'Enter the colour of the mark'),
    shape: Text(100).optional(),
    skinBroken: z.boolean(),
    swelling: z.boolean(),
    bleeding: z.boolean(),
    description: Text(LONG_TEXT).optional(),
    /** What the child said about how it happened, in their own words where possible. */
    childExplanation: Text(LONG_TEXT).optional(),
    /** Anyone who saw it happen, and what they said. */
    witness: Text(LONG_TEXT).optional(),
  })
  .refine((m) => m.type !== 'other' || (m.otherType ?? '').length > 0, {
    path: ['otherType'],
    message: 'Say what kind of mark it is',
  });
export type BodyMark = z.infer<typeof BodyMark>;

const IsoDate = z.iso.date();
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM (24-hour clock)');

export const BodyMap = z.strictObject({
  /** One chart per incident: a fresh id for every new form. */
  chartId: z.string().min(1).max(64),
  observedOn: IsoDate,
  observedAt: ClockTime,
  recorder: z.strictObject({ name: Text(120).min(1), role: Text(120).min(1) }),
  marks: z.array(BodyMark).min(1, 'Place at least one mark, or do not add a body map').max(MAX_MARKS),
});
export type BodyMap = z.infer<typeof BodyMap>;

/** An empty chart for a new incident (never a copy of another incident's chart). */
export function newBodyMap(chartId: string): { chartId: string; marks: BodyMark[] } {
  return { chartId, marks: [] };
}

export const sideLabel = (side: BodySide): string => (side === 'front' ? 'Front' : 'Back');

/**
 * Roughly where on the body a point of the outline (body-outline.ts) is, in words, for the
 * announcement when a mark is placed and for the PDF's list. The child's right is on the
 * viewer's left of the front outline and on the viewer's right of the back outline.
 */
export function bodyRegion(side: BodySide, x: number, y: number): string {
  // The outline is 100 × 220 units; these bands follow its shapes.
  const ux = x * 100;
  const uy = y * 220;
  const viewerLeft = ux < 50;
  const childSide = (side === 'front') === viewerLeft ? "child's right" : "child's left";
  if (uy < 29) return side === 'front' ? 'head or face' : 'back of the head';
  if (uy < 38) return side === 'front' ? 'neck' : 'back of the neck';
  const armZone = ux < 29.5 || ux > 70.5;
  if (uy < 136 && armZone) {
    if (uy > 119) return `${childSide} hand`;
    if (uy > 88) return `${childSide} forearm`;
    if (uy > 46) return `${childSide} upper arm`;
    return `${childSide} shoulder`;
  }
  if (uy < 46) return `${childSide} shoulder`;
  if (uy < 122) {
    if (side === 'back')
      return uy < 80
        ? `upper back, ${childSide}`
        : uy < 104
          ? `lower back, ${childSide}`
          : `${childSide} buttock`;
    return uy < 76
      ? `chest, ${childSide}`
      : uy < 104
        ? `abdomen, ${childSide}`
        : `hip or groin, ${childSide}`;
  }
  if (uy < 160) return side === 'front' ? `${childSide} thigh` : `back of the ${childSide} thigh`;
  if (uy < 172) return side === 'front' ? `${childSide} knee` : `back of the ${childSide} knee`;
  if (uy < 200) return side === 'front' ? `${childSide} shin` : `${childSide} calf`;
  return `${childSide} foot`;
}

/** "Bruise" or, for another kind, what the recorder called it: "Other: rash". */
export function markTypeText(mark: Pick<BodyMark, 'type' | 'otherType'>): string {
  return mark.type === 'other' && mark.otherType ? `Other: ${mark.otherType}` : MARK_TYPE_LABELS[mark.type];
}

/** Centimetres as people write them: "3 cm", "0.5 cm", "12.5 cm". */
export const cm = (size: number): string => `${Number(size.toFixed(1))} cm`;
