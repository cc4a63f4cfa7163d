// The long record: Leo Hartley has 2,000 case notes in the demo data (the open-access ones are
// shown, 002 Appendix 1). Issue 3: "a child with 2,000 notes stays smooth, and no more than 200
// rows are in the DOM"; newest first; filter by type. The list is read with the keyboard alone
// (WCAG 2.1.1) and with the mouse wheel, and a screen reader is told each note's place in the
// whole list (aria-setsize, aria-posinset; WCAG 1.3.1).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LONG_RECORD, LONG_RECORD_CHILD_ID } from '../../gateway/seed/children.ts';
import type { CaseNote } from '../../shared/api/records.ts';
import { launchChromium } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import {
  caseNotesFromGateway,
  focused,
  maxRowsSeen,
  openSignedIn,
  renderedRows,
  watchRowCount,
} from './records-session.ts';

const MAX_ROWS = 200;

let gateway: TestGateway;
let browser: Browser;
/** What the gateway answers for Leo, newest first: the ground truth the screen must match. */
let notes: CaseNote[];

beforeAll(async () => {
  gateway = await startTestGateway();
  browser = await launchChromium();
  notes = await caseNotesFromGateway(gateway.url, 'priya.shah', LONG_RECORD_CHILD_ID);
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
});

const thousands = (n: number) => n.toLocaleString('en-GB');

async function openLeosNotes(): Promise<{ page: Page; close(): Promise<void> }> {
  const { context, page } = await openSignedIn(browser, gateway.url, 'priya.shah');
  await watchRowCount(page);
  await page.getByRole('link', { name: 'Leo Hartley' }).click();
  await page.getByRole('link', { name: 'Case notes' }).click();
  await page.locator('.hearth-virtual-list__row').first().waitFor();
  return { page, close: () => context.close() };
}

const list = (page: Page) => page.getByRole('region', { name: /case notes|notes$/i });

/** Waits until the note at `position` (1 is the newest) is in the DOM. */
async function rowShown(page: Page, position: number) {
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('.hearth-virtual-list__row')].some(
        (r) => r.getAttribute('aria-posinset') === String(n),
      ),
    position,
    // Generous: on a busy 2-core machine the list may take a while to answer the last scroll.
    { timeout: 30_000 },
  );
}

const atEnd = (page: Page) =>
  list(page).evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1);

describe("Leo Hartley's case notes", () => {
  test('the demo record is the long one, and the screen holds every note the gateway gives', async () => {
    // Hidden types (confidential, restricted) are left out by the gateway, so fewer than 2,000 show.
    expect(notes.length).toBeGreaterThan(LONG_RECORD.caseNotes * 0.9);
    const { page, close } = await openLeosNotes();
    expect(await page.getByTestId('notes-count').textContent()).toContain(
      `${thousands(notes.length)} notes, newest first.`,
    );
    const rows = await renderedRows(page);
    expect(rows[0]?.posinset).toBe(1);
    expect(rows.every((r) => r.setsize === notes.length)).toBe(true);
    // Newest first: the first row is the gateway's newest note, with date, type, author and role, and text.
    const newest = notes[0];
    expect(rows[0]?.text).toContain(newest?.typeLabel);
    expect(rows[0]?.text).toContain(`By ${newest?.authorName}, ${newest?.authorRole}`);
    expect(rows[0]?.text).toContain(newest?.body);
    expect(await maxRowsSeen(page)).toBeLessThanOrEqual(MAX_ROWS);
    await close();
  });

  test('keyboard alone: Tab reaches the list, End shows the oldest note, Home the newest; never over 200 rows', async () => {
    const { page, close } = await openLeosNotes();
    // From the filter's button, the next Tab stop is the list itself.
    await page.getByRole('button', { name: 'Show notes' }).focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('div:[case-notes-list-heading]');
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('PageDown');
    await page.keyboard.press('End');
    await rowShown(page, notes.length);
    await page.waitForFunction(() => {
      const el = document.querySelector('.hearth-virtual-list');
      return el !== null && el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
    });
    const rows = await renderedRows(page);
    const last = rows.find((r) => r.posinset === notes.length);
    expect(last?.text).toContain(notes.at(-1)?.body);
    expect(await atEnd(page)).toBe(true);
    await page.keyboard.press('Home');
    await rowShown(page, 1);
    expect(await list(page).evaluate((el) => el.scrollTop)).toBe(0);
    const most = await maxRowsSeen(page);
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(MAX_ROWS);
    await close();
  });

  test('mouse wheel: scrolling turn by turn through all of it reaches the oldest note; never over 200 rows', async () => {
    const { page, close } = await openLeosNotes();
    // Scrolled into view and pointed at, as a person would before turning the wheel (the header's
    // sync strip pushes the list's middle below a small window).
    await list(page).scrollIntoViewIfNeeded();
    await list(page).hover({ position: { x: 40, y: 40 } });
    let turns = 0;
    while (!(await atEnd(page)) && turns < 400) {
      await page.mouse.wheel(0, 4000);
      // Let the list answer the scroll before the next turn, as a person's wheel would.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
      turns += 1;
    }
    expect(turns).toBeGreaterThan(10); // it really was a long way down
    await rowShown(page, notes.length);
    const last = (await renderedRows(page)).find((r) => r.posinset === notes.length);
    expect(last?.text).toContain(notes.at(-1)?.body);
    expect(await maxRowsSeen(page)).toBeLessThanOrEqual(MAX_ROWS);
    await close();
  });

  test('filter by type: only that type, newest first, counted against the whole; the end is reachable', async () => {
    const homeVisits = notes.filter((n) => n.type === 'home-visit');
    expect(homeVisits.length).toBeGreaterThan(10);
    const { page, close } = await openLeosNotes();
    await page.getByLabel('Type of case note').selectOption('home-visit');
    await page.getByRole('button', { name: 'Show notes' }).click();
    await page.getByRole('heading', { name: 'Home visit notes' }).waitFor();
    expect(await page.getByTestId('notes-count').textContent()).toContain(
      `${thousands(homeVisits.length)} of ${thousands(notes.length)} notes, newest first.`,
    );
    const rows = await renderedRows(page);
    expect(rows.every((r) => r.setsize === homeVisits.length)).toBe(true);
    expect(rows[0]?.text).toContain(homeVisits[0]?.body);
    for (const row of rows) expect(row.type).toBe('Home visit');
    await list(page).focus();
    await page.keyboard.press('End');
    await rowShown(page, homeVisits.length);
    const last = (await renderedRows(page)).find((r) => r.posinset === homeVisits.length);
    expect(last?.text).toContain(homeVisits.at(-1)?.body);
    // And back to every type.
    await page.getByLabel('Type of case note').selectOption('all');
    await page.getByRole('button', { name: 'Show notes' }).click();
    await page.getByRole('heading', { name: 'All case notes' }).waitFor();
    expect((await renderedRows(page))[0]?.setsize).toBe(notes.length);
    expect(await maxRowsSeen(page)).toBeLessThanOrEqual(MAX_ROWS);
    await close();
  });
});
