/**
 * What the records e2e tests share: signing a demo account in through the real screens, the
 * children each home really has (from the gateway's seed and the shared placement rule), the
 * gateway's own answers as ground truth, a watch on the case-notes rows in the DOM, and axe.
 * Named records-*.ts (not .e2e.ts) so Vitest does not run it as a test file.
 */
import { randomUUID } from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { z } from 'zod';
import { CaseNoteList } from '../../shared/api/records.ts';
import { SignedIn } from '../../shared/api/session.ts';
import { englandDate, isPlacedInHome } from '../../shared/domain/access.ts';
import { CHILDREN, type DemoChild } from '../../gateway/seed/children.ts';
import { openPage, type OpenedPage } from './support/chromium.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signIn } from './support/signed-in.ts';

export { DEMO_ACCOUNTS } from './support/signed-in.ts';
export { keyboardWalk } from './support/keyboard-walk.ts';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function account(username: string) {
  const found = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!found) throw new Error(`no demo account ${username}`);
  return found;
}

/** Opens Hearth, signs `username` in and waits for the children list (or the no-access screen). */
export async function openSignedIn(
  browser: Browser,
  gatewayUrl: string,
  username: string,
): Promise<OpenedPage> {
  const opened = await openPage(browser, `${gatewayUrl}/`);
  await opened.page.setViewportSize({ width: 1100, height: 900 });
  await opened.page.getByRole('heading', { level: 1, name: 'Sign in to Hearth' }).waitFor();
  await signIn(opened.page, username, account(username).name);
  return opened;
}

/** The children placed in a home today, by the same rule the gateway applies. */
export function childrenPlacedIn(homeId: string): DemoChild[] {
  const today = englandDate(new Date());
  return CHILDREN.filter((c) =>
    isPlacedInHome(
      { homeId: c.home_id, placementStart: c.placement_start, placementEnd: c.placement_end },
      homeId,
      today,
    ),
  );
}

export const fullName = (c: DemoChild) => `${c.first_name} ${c.last_name}`;

export function child(id: string): DemoChild {
  const found = CHILDREN.find((c) => c.id === id);
  if (!found) throw new Error(`no demo child ${id}`);
  return found;
}

/** The names in the children table, in the order shown. */
export async function namesInTable(page: Page): Promise<string[]> {
  const table = page.getByTestId('children-table');
  await table.waitFor();
  return (await table.locator('tbody th').allTextContents()).map((t) => t.trim());
}

/** The gateway's answer for a child's case notes, fetched as `username` over HTTP: the ground truth. */
export async function caseNotesFromGateway(gatewayUrl: string, username: string, childId: string) {
  const session = await fetch(`${gatewayUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username,
      password: DEMO_PASSWORD,
      device: { id: randomUUID(), name: 'e2e check' },
    }),
  });
  const { tokens } = SignedIn.parse(await session.json());
  const answer = await fetch(`${gatewayUrl}/api/v1/children/${childId}/case-notes`, {
    headers: { authorization: `Bearer ${tokens.accessToken}` },
  });
  return CaseNoteList.parse(await answer.json()).caseNotes;
}

/**
 * Counts the case-note rows in the DOM after every change to the page, and keeps the most seen,
 * so a test can say the DOM *never* held more than 200 rows, not just at the moments it looked.
 */
export async function watchRowCount(page: Page): Promise<void> {
  await page.evaluate(() => {
    const count = () => document.querySelectorAll('.hearth-virtual-list__row').length;
    Reflect.set(window, '__maxRows', count());
    new MutationObserver(() => {
      const most = Number(Reflect.get(window, '__maxRows'));
      Reflect.set(window, '__maxRows', Math.max(most, count()));
    }).observe(document.body, { childList: true, subtree: true });
  });
}

export async function maxRowsSeen(page: Page): Promise<number> {
  return z.number().parse(await page.evaluate(() => Reflect.get(window, '__maxRows')));
}

export const Row = z.object({
  posinset: z.number(),
  setsize: z.number(),
  type: z.string(),
  text: z.string(),
});

/** The note rows now in the DOM: their position, the list size they announce, their type and text. */
export function renderedRows(page: Page): Promise<z.infer<typeof Row>[]> {
  return page.locator('.hearth-virtual-list__row').evaluateAll((rows) =>
    rows.map((row) => ({
      posinset: Number(row.getAttribute('aria-posinset')),
      setsize: Number(row.getAttribute('aria-setsize')),
      type: row.querySelector('.hearth-note__type')?.textContent ?? '',
      text: row.textContent ?? '',
    })),
  );
}

/** Axe's WCAG 2.2 AA violations as short lines naming the rule and the element. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

/** What has focus, described the way a test can compare. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    if (el.id) return `#${el.id}`;
    const name = el.getAttribute('aria-labelledby')
      ? `[${el.getAttribute('aria-labelledby')}]`
      : (el.textContent?.trim().slice(0, 40) ?? '');
    return `${el.tagName.toLowerCase()}:${name}`;
  });
}
