/**
 * The simple body outline the body map is drawn on, written once so the screen (SVG) and the PDF
 * (pdf-lib's drawSvgPath) draw the same shape and a mark lands in the same place on both. A neutral
 * figure, seen from the front or from the back, in a 100 × 220 box; marks are stored 0..1 of it
 * (body-map.ts). Straight lines only, so every SVG path reader draws it alike.
 */
export const OUTLINE_WIDTH = 100;
export const OUTLINE_HEIGHT = 220;

type Point = readonly [number, number];

/** The viewer's left half, from the left of the neck down to the crotch; the right is its mirror. */
const LEFT_HALF: readonly Point[] = [
  [44, 29],
  [44, 36],
  [30, 40],
  [24, 44],
  [20, 70],
  [16, 100],
  [13, 120],
  [11, 130],
  [14, 134],
  [18, 128],
  [19, 120],
  [23, 100],
  [27, 74],
  [31, 62],
  [32, 90],
  [30, 112],
  [31, 130],
  [33, 165],
  [34, 198],
  [30, 208],
  [46, 210],
  [46, 198],
  [47, 165],
  [48, 130],
];
const CROTCH: Point = [50, 122];

const mirror = ([x, y]: Point): Point => [OUTLINE_WIDTH - x, y];

const BODY: readonly Point[] = [...LEFT_HALF, CROTCH, ...[...LEFT_HALF].reverse().map(mirror)];

function head(): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < 24; i++) {
    const angle = (i / 24) * 2 * Math.PI;
    points.push([50 + 12 * Math.cos(angle), 17 + 12 * Math.sin(angle)]);
  }
  return points;
}

const round = (n: number) => Math.round(n * 100) / 100;
const path = (points: readonly Point[]): string =>
  `M ${points.map(([x, y]) => `${round(x)} ${round(y)}`).join(' L ')} Z`;

/** The outline as SVG path data in the 100 × 220 box: the body, then the head. */
export const BODY_OUTLINE_PATHS: readonly string[] = [path(BODY), path(head())];
