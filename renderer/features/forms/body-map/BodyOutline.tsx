import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import { bodyRegion, sideLabel, type BodySide } from '../../../../shared/domain/body-map.ts';
import { BODY_OUTLINE_PATHS, OUTLINE_HEIGHT, OUTLINE_WIDTH } from '../../../../shared/domain/body-outline.ts';
import { moveCrosshair, START, type Point } from './crosshair.ts';

/**
 * One outline of the body map (front or back), drawn from the shared outline so it matches the
 * PDF. A mark is placed by a click, or by keyboard alone: Tab to the outline, the arrow keys move a
 * visible crosshair (Shift for bigger steps), Enter or Space places the mark there (issue 5). Where
 * the crosshair is, in words, is said politely as it moves; the drawing itself is decoration for
 * screen readers, since every mark is listed, with its words, below the outlines.
 */
export function BodyOutline({
  id,
  side,
  marks,
  onPlace,
  onMove,
  describedBy,
  invalid,
}: {
  id: string;
  side: BodySide;
  marks: readonly { number: number; x: number; y: number }[];
  onPlace(point: Point): void;
  /** Where the crosshair is now, in words, for the polite announcement. */
  onMove(words: string): void;
  describedBy: string;
  invalid: boolean;
}) {
  const [crosshair, setCrosshair] = useState<Point>(START);
  const [focused, setFocused] = useState(false);

  function keyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onPlace(crosshair);
      return;
    }
    const next = moveCrosshair(crosshair, event.key, event.shiftKey);
    if (!next) return;
    event.preventDefault(); // the arrows move the crosshair, not the page
    setCrosshair(next);
    onMove(`Crosshair: ${sideLabel(side).toLowerCase()}, ${bodyRegion(side, next.x, next.y)}`);
  }

  function click(event: MouseEvent<SVGSVGElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const point = {
      x: Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)),
      y: Math.min(1, Math.max(0, (event.clientY - box.top) / box.height)),
    };
    setCrosshair(point);
    onPlace(point);
  }

  const [leftWord, rightWord] =
    side === 'front' ? ['Child’s right', 'Child’s left'] : ['Child’s left', 'Child’s right'];
  return (
    <figure className="hearth-body-outline">
      <figcaption className="govuk-heading-s govuk-!-margin-bottom-1" id={`${id}-caption`}>
        {sideLabel(side)}
      </figcaption>
      <div
        id={id}
        className={`hearth-body-outline__target${invalid ? ' hearth-body-outline__target--error' : ''}`}
        role="application"
        tabIndex={0}
        aria-label={`${sideLabel(side)} of the body: place a mark`}
        aria-describedby={describedBy}
        onKeyDown={keyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        <svg
          viewBox={`0 0 ${OUTLINE_WIDTH} ${OUTLINE_HEIGHT}`}
          className="hearth-body-outline__svg"
          aria-hidden="true"
          focusable="false"
          onClick={click}
        >
          <rect x="0" y="0" width={OUTLINE_WIDTH} height={OUTLINE_HEIGHT} fill="#ffffff" />
          {BODY_OUTLINE_PATHS.map((d) => (
            <path key={d} d={d} fill="#f3f2f1" stroke="#0b0c0c" strokeWidth="0.8" />
          ))}
          {marks.map((mark) => (
            <g key={mark.number} data-mark={mark.number}>
              <circle
                cx={mark.x * OUTLINE_WIDTH}
                cy={mark.y * OUTLINE_HEIGHT}
                r="4.2"
                fill="#ffffff"
                stroke="#d4351c"
                strokeWidth="1"
              />
              <text
                x={mark.x * OUTLINE_WIDTH}
                y={mark.y * OUTLINE_HEIGHT + 1.8}
                textAnchor="middle"
                fontSize="5"
                fontWeight="700"
                fill="#0b0c0c"
              >
                {mark.number}
              </text>
            </g>
          ))}
          {focused && (
            <g className="hearth-body-outline__crosshair" data-testid={`${id}-crosshair`}>
              <line
                x1={crosshair.x * OUTLINE_WIDTH}
                x2={crosshair.x * OUTLINE_WIDTH}
                y1="0"
                y2={OUTLINE_HEIGHT}
                stroke="#1d70b8"
                strokeWidth="0.6"
              />
              <line
                y1={crosshair.y * OUTLINE_HEIGHT}
                y2={crosshair.y * OUTLINE_HEIGHT}
                x1="0"
                x2={OUTLINE_WIDTH}
                stroke="#1d70b8"
                strokeWidth="0.6"
              />
              <circle
                cx={crosshair.x * OUTLINE_WIDTH}
                cy={crosshair.y * OUTLINE_HEIGHT}
                r="3"
                fill="none"
                stroke="#1d70b8"
                strokeWidth="1"
              />
            </g>
          )}
        </svg>
      </div>
      <div className="hearth-body-outline__sides" aria-hidden="true">
        <span>{leftWord}</span>
        <span>{rightWord}</span>
      </div>
    </figure>
  );
}
