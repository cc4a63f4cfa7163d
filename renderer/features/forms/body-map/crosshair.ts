/**
 * The keyboard crosshair on a body outline (issue 5: place a mark by keyboard): arrow keys move
 * it, Shift with an arrow moves it further, Home puts it back in the middle. Positions are 0..1 of
 * the outline (shared/domain/body-map.ts) and never leave it.
 */
export interface Point {
  x: number;
  y: number;
}

export const START: Point = { x: 0.5, y: 0.25 };
const STEP = 0.02;
const BIG_STEP = 0.1;

const clamp = (n: number) => Math.min(1, Math.max(0, Math.round(n * 1000) / 1000));

/** The crosshair after `key`, or null when the key does not move it. */
export function moveCrosshair(point: Point, key: string, shift: boolean): Point | null {
  const step = shift ? BIG_STEP : STEP;
  switch (key) {
    case 'ArrowLeft':
      return { x: clamp(point.x - step), y: point.y };
    case 'ArrowRight':
      return { x: clamp(point.x + step), y: point.y };
    case 'ArrowUp':
      return { x: point.x, y: clamp(point.y - step) };
    case 'ArrowDown':
      return { x: point.x, y: clamp(point.y + step) };
    case 'Home':
      return START;
    default:
      return null;
  }
}
