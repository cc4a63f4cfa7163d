// Each incident form's PDF read back with pdf.js (issue 5 "Proof": PDF tests that extract the text
// and check every required field and every body-map mark), with the heading block of the frame:
// title by the naming standard (004), Mosaic number (001), "on behalf of" (000), page numbers.
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/support/pdf-text.ts';
import type { BodyMap } from '../domain/body-map.ts';
import { allFields, displayValue, type FormField } from './form-spec.ts';
import { INCIDENT_FORMS, INCIDENT_TYPES, type IncidentForm, type IncidentType } from './incident-forms.ts';
import { FIGURE_HEIGHT, FIGURE_WIDTH } from '../pdf/body-map-pdf.ts';
import { holdDuration, incidentPdf } from './incident-pdf.ts';

const context = {
  child: { name: 'Leo Hartley', mosaicId: '1234567' },
  uploader: { name: 'Priya Shah', role: 'Registered Manager' },
  createdAt: new Date('2026-11-04T22:00:00Z'),
};

/** A distinct answer for every field, with every conditional question asked (all "yes"). */
function answers(type: IncidentType): Record<string, string> {
  const values: Record<string, string> = {};
  for (const f of allFields(INCIDENT_FORMS[type].parts)) values[f.id] = sample(f);
  return values;
}
function sample(f: FormField): string {
  if (f.kind === 'date') return '2026-11-03';
  if (f.kind === 'time') return f.id === 'end-time' ? '21:35' : '21:10';
  if (f.kind === 'yes-no') return 'yes';
  if (f.kind === 'choice') return f.options?.at(-1)?.value ?? '';
  return `Answer for ${f.id}.`;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

const bodyMap: BodyMap = {
  chartId: 'chart-1',
  observedOn: '2026-11-04',
  observedAt: '21:40',
  recorder: { name: 'Tom Reilly', role: 'Assistant Manager' },
  marks: [
    {
      id: 'a',
      side: 'front',
      x: 0.2,
      y: 0.45,
      type: 'bruise',
      sizeCm: 3,
      colour: 'Red turning purple',
      shape: 'Oval',
      skinBroken: false,
      swelling: true,
      bleeding: false,
      description: 'Fresh bruise above the wrist',
      childExplanation: 'Leo said it happened when he pulled away',
      witness: 'Tom Reilly saw the hold',
    },
    {
      id: 'b',
      side: 'back',
      x: 0.62,
      y: 0.3,
      type: 'other',
      otherType: 'Carpet burn',
      sizeCm: 4.5,
      colour: 'Pink',
      skinBroken: true,
      swelling: false,
      bleeding: true,
    },
  ],
};

describe('incident form PDFs', () => {
  it.each(INCIDENT_TYPES)('%s: every question and answer, in the order asked', async (type) => {
    const values = answers(type);
    const form: IncidentForm = { documentType: type, values, bodyMap: null, completedOn: '2026-11-04' };
    const read = await pdfText(await incidentPdf(form, context));
    const text = squash(read.text);
    expect(read.pages[0]?.[0]).toBe(`Leo Hartley - ${INCIDENT_FORMS[type].label} - 04/11/2026`);
    expect(text).toContain('Mosaic reference number 1234567');
    expect(text).toContain('Date completed 04/11/2026');
    let from = 0;
    for (const f of allFields(INCIDENT_FORMS[type].parts)) {
      const expected = `${f.label.replace(/’/g, '’')} ${displayValue(f, values[f.id])}`;
      const at = text.indexOf(expected, from);
      expect(at, `${type}: "${expected}"`).toBeGreaterThanOrEqual(0);
      from = at;
    }
    expect(text).toContain('No body map was added to this form');
    read.pages.forEach((lines, i) =>
      expect(lines.at(-1)).toBe(
        `Page ${i + 1} of ${read.pages.length} Leo Hartley · Mosaic ref. 1234567 OFFICIAL-SENSITIVE`,
      ),
    );
  });

  it('leaves out questions that were not asked, and the answers to them', async () => {
    // Answers typed before "No" was chosen are still in the values: the PDF must not show them.
    const values = { ...answers('incident-missing'), returned: 'no' };
    const read = await pdfText(
      await incidentPdf(
        { documentType: 'incident-missing', values, bodyMap: null, completedOn: '2026-11-04' },
        context,
      ),
    );
    expect(read.text).not.toContain('Date returned');
    expect(read.text).not.toContain('Answer for whereabouts.');
    expect(read.text).toContain('Has the child come back?');
  });

  it('a Physical Intervention records the duration of the hold (reg 35(3))', async () => {
    const read = await pdfText(
      await incidentPdf(
        {
          documentType: 'incident-physical-intervention',
          values: answers('incident-physical-intervention'),
          bodyMap: null,
          completedOn: '2026-11-04',
        },
        context,
      ),
    );
    expect(read.text).toContain('Duration of the hold 25 minutes');
    expect(holdDuration('23:50', '00:55')).toBe('1 hour 5 minutes');
  });

  it('says "on behalf of" when a colleague wrote it (000)', async () => {
    const read = await pdfText(
      await incidentPdf(
        {
          documentType: 'incident-significant',
          values: answers('incident-significant'),
          bodyMap: null,
          completedOn: '2026-11-04',
          author: { name: 'Sam Fletcher', role: 'Residential Child Care Worker' },
        },
        context,
      ),
    );
    expect(squash(read.text)).toContain(
      'Uploaded by Priya Shah, Registered Manager, on behalf of Sam Fletcher, Residential Child Care Worker',
    );
  });

  it('draws each body-map mark, numbered, on its outline and lists all its details', async () => {
    const read = await pdfText(
      await incidentPdf(
        {
          documentType: 'incident-physical-intervention',
          values: answers('incident-physical-intervention'),
          bodyMap,
          completedOn: '2026-11-04',
        },
        context,
      ),
    );
    const text = squash(read.text);
    expect(text).toContain('Date and time observed 04/11/2026 at 21:40');
    expect(text).toContain('Recorded by Tom Reilly, Assistant Manager');
    expect(text).toContain('Marks recorded 2');
    // The chart: both outlines, each mark's number drawn where it was placed on its outline.
    const page = read.pages.findIndex((lines) => lines.includes('Front Back'));
    const pieces = read.pieces[page] ?? [];
    const label = (str: string) => pieces.find((p) => p.str === str);
    for (const [index, mark] of bodyMap.marks.entries()) {
      const outline = label(mark.side === 'front' ? 'Front' : 'Back');
      // The number drawn inside the outline's box (another "1" or "2" elsewhere is not a mark).
      const number = pieces.find(
        (p) =>
          p.str === String(index + 1) &&
          outline !== undefined &&
          p.y < outline.y &&
          p.y > outline.y - FIGURE_HEIGHT - 20 &&
          Math.abs(p.x - outline.x) < FIGURE_WIDTH,
      );
      if (!outline || !number) throw new Error(`mark ${index + 1} or its outline is not drawn`);
      // The side's label is centred over its outline, 8pt above the outline's top.
      const left = outline.x + 14 - FIGURE_WIDTH / 2;
      const top = outline.y - 8;
      expect(number.x + 2).toBeCloseTo(left + mark.x * FIGURE_WIDTH, 0);
      expect(number.y + 2.7).toBeCloseTo(top - mark.y * FIGURE_HEIGHT, 0);
    }
    expect(text).toContain(
      "Body map mark 1: Bruise Where Front, child's right forearm Type Bruise Size 3 cm Colour Red turning purple Shape Oval Skin broken No Swelling Yes Bleeding No Description Fresh bruise above the wrist Child's explanation Leo said it happened when he pulled away Witness Tom Reilly saw the hold",
    );
    expect(text).toContain(
      "Body map mark 2: Other: Carpet burn Where Back, upper back, child's right Type Other: Carpet burn Size 4.5 cm Colour Pink Shape Not recorded Skin broken Yes Swelling No Bleeding Yes Description Not recorded Child's explanation Not recorded Witness Not recorded",
    );
  });
});
