import { useEffect, useRef, type ReactNode } from 'react';

let navigatedInApp = false;

/**
 * Called by the router (in a layout effect, so before any heading's effect) with whether the
 * person has just moved to another screen: if so, the screen's heading takes focus. Not on the
 * first screen after sign-in, where the app shell places focus.
 */
export function noteScreenChange(moved: boolean): void {
  navigatedInApp = moved;
}

/**
 * A screen's h1. It sets the window title, and after a move to another screen inside the app it
 * takes focus, so a screen reader announces the new screen and the next Tab starts from its top,
 * as a page load would (WCAG 2.4.3 Focus Order; GOV.UK's advice for single-page apps). A new
 * search on the same screen keeps the heading, so focus stays where the person is.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  // The title never names a child: the browser keeps window titles in its history files, in
  // plain text (003: what a device keeps is encrypted).
  useEffect(() => {
    document.title = `${title} – Hearth`;
  }, [title]);
  // On the title, not on mount: a child's screens share one heading element, whose text changes.
  useEffect(() => {
    if (!navigatedInApp) return;
    navigatedInApp = false;
    ref.current?.focus();
  }, [title]);
  return (
    <h1 className="govuk-heading-l hearth-page-heading" tabIndex={-1} ref={ref}>
      {children ?? title}
    </h1>
  );
}
