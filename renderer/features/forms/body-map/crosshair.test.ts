// Placing a body-map mark by keyboard alone (issue 5): the crosshair moves in steps, further with
// Shift, and never leaves the outline.
import { describe, expect, it } from 'vitest';
import { moveCrosshair, START } from './crosshair.ts';

describe('moveCrosshair', () => {
  it('moves by small steps with the arrows and big ones with Shift', () => {
    expect(moveCrosshair({ x: 0.5, y: 0.5 }, 'ArrowRight', false)).toEqual({ x: 0.52, y: 0.5 });
    expect(moveCrosshair({ x: 0.5, y: 0.5 }, 'ArrowUp', true)).toEqual({ x: 0.5, y: 0.4 });
    expect(moveCrosshair({ x: 0.3, y: 0.5 }, 'Home', false)).toEqual(START);
  });

  it('stays on the outline at its edges and ignores other keys', () => {
    expect(moveCrosshair({ x: 0.05, y: 0.98 }, 'ArrowLeft', true)).toEqual({ x: 0, y: 0.98 });
    expect(moveCrosshair({ x: 0.05, y: 0.98 }, 'ArrowDown', true)).toEqual({ x: 0.05, y: 1 });
    expect(moveCrosshair({ x: 0.5, y: 0.5 }, 'Tab', false)).toBeNull();
  });
});
