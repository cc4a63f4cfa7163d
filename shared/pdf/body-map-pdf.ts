/**
 * The body map in a form's PDF (issue 5: "The PDF draws the marks where they were placed and lists
 * them"): both outlines side by side with each mark as a numbered circle where it was placed, then
 * one section per mark with every detail, numbered the same way. No photographs (DOMAIN.md).
 */
import { rgb } from 'pdf-lib';
import {
  bodyRegion,
  cm,
  markTypeText,
  sideLabel,
  type BodyMap,
  type BodyMark,
  type BodySide,
} from '../domain/body-map.ts';
import { BODY_OUTLINE_PATHS, OUTLINE_HEIGHT, OUTLINE_WIDTH } from '../domain/body-outline.ts';
import { ukDate } from '../domain/naming.ts';
import { field, type DrawArea, type FormBlock, type FormSection } from './form-pdf.ts';

export const FIGURE_HEIGHT = 290;
const SCALE = FIGURE_HEIGHT / OUTLINE_HEIGHT;
export const FIGURE_WIDTH = OUTLINE_WIDTH * SCALE;
const DRAWING_HEIGHT = FIGURE_HEIGHT + 52;
const INK = rgb(0.05, 0.05, 0.05);
const MARK = rgb(0.75, 0.05, 0.05);

export const markWhere = (mark: Pick<BodyMark, 'side' | 'x' | 'y'>): string =>
  `${sideLabel(mark.side)}, ${bodyRegion(mark.side, mark.x, mark.y)}`;

function drawFigure(
  area: DrawArea,
  side: BodySide,
  left: number,
  marks: readonly { mark: BodyMark; number: number }[],
) {
  const top = area.top - 20;
  area.text(sideLabel(side), { x: left + FIGURE_WIDTH / 2 - 14, y: area.top - 12, size: 11, bold: true });
  for (const path of BODY_OUTLINE_PATHS) {
    area.page.drawSvgPath(path, { x: left, y: top, scale: SCALE, borderColor: INK, borderWidth: 1 / SCALE });
  }
  // The child's right is on the viewer's left of the front, and on the viewer's right of the back.
  const [leftWord, rightWord] =
    side === 'front' ? ["Child's right", "Child's left"] : ["Child's left", "Child's right"];
  const under = top - FIGURE_HEIGHT - 14;
  area.text(leftWord, { x: left - 28, y: under, size: 8 });
  area.text(rightWord, { x: left + FIGURE_WIDTH - 20, y: under, size: 8 });
  for (const { mark, number } of marks) {
    const x = left + mark.x * FIGURE_WIDTH;
    const y = top - mark.y * FIGURE_HEIGHT;
    area.page.drawCircle({ x, y, size: 7, borderColor: MARK, borderWidth: 1.2, color: rgb(1, 1, 1) });
    const label = String(number);
    const width = area.fonts.bold.widthOfTextAtSize(label, 7.5);
    area.text(label, { x: x - width / 2, y: y - 2.7, size: 7.5, bold: true });
  }
}

function outlinesBlock(map: BodyMap): FormBlock {
  const numbered = map.marks.map((mark, index) => ({ mark, number: index + 1 }));
  return {
    kind: 'drawing',
    height: DRAWING_HEIGHT,
    draw: (area) => {
      const gap = (area.width - 2 * FIGURE_WIDTH) / 3;
      drawFigure(
        area,
        'front',
        area.x + gap,
        numbered.filter((n) => n.mark.side === 'front'),
      );
      drawFigure(
        area,
        'back',
        area.x + 2 * gap + FIGURE_WIDTH,
        numbered.filter((n) => n.mark.side === 'back'),
      );
    },
  };
}

const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');

/** The body map's sections: the chart, then one section per mark ("Body map mark 1: Bruise"). */
export function bodyMapSections(map: BodyMap): FormSection[] {
  const chart: FormSection = {
    heading: 'Body map',
    blocks: [
      field('Date and time observed', `${ukDate(map.observedOn)} at ${map.observedAt}`),
      field('Recorded by', `${map.recorder.name}, ${map.recorder.role}`),
      field('Marks recorded', String(map.marks.length)),
      outlinesBlock(map),
    ],
  };
  const marks = map.marks.map((mark, index): FormSection => ({
    heading: `Body map mark ${index + 1}: ${markTypeText(mark)}`,
    blocks: [
      field('Where', markWhere(mark)),
      field('Type', markTypeText(mark)),
      field('Size', cm(mark.sizeCm)),
      field('Colour', mark.colour),
      field('Shape', mark.shape ?? ''),
      field('Skin broken', yesNo(mark.skinBroken)),
      field('Swelling', yesNo(mark.swelling)),
      field('Bleeding', yesNo(mark.bleeding)),
      field('Description', mark.description ?? ''),
      field("Child's explanation", mark.childExplanation ?? ''),
      field('Witness', mark.witness ?? ''),
    ],
  }));
  return [chart, ...marks];
}
