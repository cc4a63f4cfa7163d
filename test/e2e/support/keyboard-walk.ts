/**
 * The keyboard-alone check every screen's e2e test runs (WCAG 2.1.1 Keyboard, 2.4.7 Focus Visible):
 * Tab goes round the page and must reach every control, each with GOV.UK's yellow focus indicator.
 *
 * Why it waits and marks rather than numbering the controls up front: a screen that is "ready"
 * (its table shown) may still re-render a moment later (the header's connection status, a saved
 * copy being written). A control React replaced mid-walk used to count as "never reached" although
 * the person could Tab to its successor; the CI saw that as a failure nobody could reproduce. So the
 * walk starts once the page has stopped changing, marks each element as focus reaches it, and
 * judges the page as it stands at the end: every control then shown must have been reached.
 */
import type { Page } from 'playwright-core';

export interface KeyboardWalk {
  /** Controls on the page at the end that Tab never reached. */
  unreached: string[];
  /** Controls Tab reached that showed no visible focus indicator. */
  invisible: string[];
  /** How many different controls Tab stopped on. */
  stops: number;
}

/** Resolves once no element was added or removed for `quietMs` (at most `capMs` in all). */
export function domQuiet(page: Page, quietMs = 400, capMs = 5000): Promise<void> {
  return page.evaluate(
    ({ quietMs, capMs }) =>
      new Promise<void>((resolve) => {
        const done = () => {
          observer.disconnect();
          clearTimeout(quiet);
          clearTimeout(cap);
          resolve();
        };
        let quiet = setTimeout(done, quietMs);
        const cap = setTimeout(done, capMs);
        const observer = new MutationObserver(() => {
          clearTimeout(quiet);
          quiet = setTimeout(done, quietMs);
        });
        observer.observe(document.body, { subtree: true, childList: true });
      }),
    { quietMs, capMs },
  );
}

type Stop = { first: boolean; shown: boolean; name: string };

/**
 * One call into the page: 'start' clears earlier marks and focus, 'count' and 'unreached' look at
 * the controls shown now, 'step' marks what has focus. A radio group is one Tab stop (the arrow
 * keys move within it), so focus on any of its radios marks the whole group.
 */
type Mode = 'start' | 'count' | 'unreached' | 'step';

function inPage(mode: Mode) {
  const reachedMark = 'data-kb-reached';
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}:${(el.textContent ?? '').trim().slice(0, 30)}`;
  const controls = () =>
    [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex="0"]'),
    ].filter(
      (el) =>
        el.getClientRects().length > 0 && !el.closest('[hidden]') && !(el as HTMLButtonElement).disabled,
    );
  if (mode === 'start') {
    for (const el of document.querySelectorAll(`[${reachedMark}]`)) el.removeAttribute(reachedMark);
    (document.activeElement as HTMLElement | null)?.blur();
    return null;
  }
  if (mode === 'count') return controls().length;
  if (mode === 'unreached')
    return controls()
      .filter((el) => !el.hasAttribute(reachedMark))
      .map(describe);
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const first = !el.hasAttribute(reachedMark);
  const group =
    el instanceof HTMLInputElement && el.type === 'radio' && el.name
      ? [...document.querySelectorAll(`input[type=radio][name="${CSS.escape(el.name)}"]`)]
      : [el];
  for (const member of group) member.setAttribute(reachedMark, '');
  const yellow = 'rgb(255, 221, 0)';
  const drawn = (style: CSSStyleDeclaration) =>
    (style.outlineStyle !== 'none' && style.outlineColor === yellow) ||
    style.backgroundColor === yellow ||
    style.boxShadow.includes(yellow);
  // GOV.UK draws a checkbox's or radio's focus ring on its label's ::before, not on the input.
  const ring = el.matches('.govuk-checkboxes__input, .govuk-radios__input') ? el.nextElementSibling : null;
  const shown = drawn(getComputedStyle(el)) || (ring !== null && drawn(getComputedStyle(ring, '::before')));
  return { first, shown, name: describe(el) };
}

/**
 * Presses Tab from the top of the page until focus has gone round once (one press per control
 * shown, counted again as the walk goes, plus a few for the browser's own stops), and reports
 * which controls it never reached and which it reached without a visible focus indicator.
 */
export async function keyboardWalk(page: Page): Promise<KeyboardWalk> {
  await domQuiet(page);
  const call = (mode: Mode) => page.evaluate(inPage, mode);
  await call('start');
  const invisible: string[] = [];
  let stops = 0;
  let presses = 0;
  const enough = async () => Number(await call('count')) + 5;
  // Counted again after going round, so a control that appeared mid-walk is pressed to as well.
  for (let budget = await enough(); presses < budget; budget = Math.max(budget, await enough())) {
    for (; presses < budget; presses += 1) {
      await page.keyboard.press('Tab');
      const stop = (await call('step')) as Stop | null;
      if (!stop?.first) continue;
      stops += 1;
      if (!stop.shown) invisible.push(stop.name);
    }
  }
  const unreached = (await call('unreached')) as string[];
  return { unreached, invisible, stops };
}
