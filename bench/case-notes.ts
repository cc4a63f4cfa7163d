// records.case_notes_open_ms and records.case_notes_dom_rows (../shared/BENCH.md): the long record
// (Leo Hartley, 2,000 case notes in the demo data) opened in headless Chromium from the real
// gateway's web build, signed in as the registered manager of his home. Time is measured inside
// the page, from the click on "Case notes" to the first frame painted with notes in it, so
// Playwright's own round trips are not counted. Rows are counted after every DOM change while the
// list opens and is wheeled to its end, so the figure is the most the DOM ever held.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { loadConfig } from '../gateway/config.ts';
import { LONG_RECORD_CHILD_ID } from '../gateway/seed/children.ts';
import { DEMO_PASSWORD } from '../gateway/seed/people.ts';
import { startGateway } from '../gateway/server.ts';
import type { Figure } from './figure.ts';

const WARM_UP = 2;
const RUNS = 7;
const ROW = '.hearth-virtual-list__row';

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Counts note rows after every DOM change; the page keeps the most it saw in `__maxRows`. */
async function watchRows(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    Reflect.set(window, '__maxRows', 0);
    new MutationObserver(() => {
      const now = document.querySelectorAll(selector).length;
      Reflect.set(window, '__maxRows', Math.max(Number(Reflect.get(window, '__maxRows')), now));
    }).observe(document.body, { childList: true, subtree: true });
  }, ROW);
}

/** From the summary, clicks "Case notes" and answers the ms until a frame with notes was painted. */
function timeOpening(page: Page): Promise<number> {
  return page.evaluate(
    (selector) =>
      new Promise<number>((resolve, reject) => {
        const link = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Case notes');
        if (!link) return reject(new Error('no "Case notes" link'));
        const started = performance.now();
        const painted = () =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          // The frame after the rows arrive is the one that shows them.
          requestAnimationFrame(painted);
        });
        observer.observe(document.body, { childList: true, subtree: true });
        link.click();
      }),
    ROW,
  );
}

/** Wheels the list to its end, as a person would, a frame at a time. */
async function wheelToEnd(page: Page): Promise<void> {
  const list = page.locator('.hearth-virtual-list');
  // Scrolled into view and pointed at first: the header's sync strip pushes the list's middle
  // below a small window, where the wheel would turn over nothing.
  await list.scrollIntoViewIfNeeded();
  await list.hover({ position: { x: 40, y: 40 } });
  const atEnd = () => list.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1);
  for (let turn = 0; turn < 1000 && !(await atEnd()); turn += 1) {
    await page.mouse.wheel(0, 3000);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  if (!(await atEnd())) throw new Error('the case notes list did not reach its end');
}

export async function caseNotesFigures(webRoot: string): Promise<Figure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hearth-bench-'));
  const config = loadConfig({
    HEARTH_PORT: '0',
    HEARTH_HOST: '127.0.0.1',
    HEARTH_DATA_DIR: dataDir,
    HEARTH_WEB_ROOT: webRoot,
    HEARTH_DEMO_SEED: 'true',
    HEARTH_LOG_LEVEL: 'warn',
  });
  if (!config.ok) throw new Error(config.message);
  const gateway = await startGateway(config.value);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(30_000);
    await page.goto(gateway.url);
    await page.getByLabel('Username').fill('priya.shah');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('children-table').waitFor();
    await page.evaluate((id) => (window.location.hash = `#/children/${id}`), LONG_RECORD_CHILD_ID);
    await page.getByTestId('person-summary').waitFor();
    await watchRows(page);

    const times: number[] = [];
    let notes = 0;
    for (let run = 0; run < WARM_UP + RUNS; run += 1) {
      const ms = await timeOpening(page);
      if (run >= WARM_UP) times.push(ms);
      notes = Number(await page.locator(ROW).first().getAttribute('aria-setsize'));
      await wheelToEnd(page);
      await page.getByRole('link', { name: 'Person summary' }).click();
      await page.getByTestId('person-summary').waitFor();
    }
    const rows = Number(await page.evaluate(() => Reflect.get(window, '__maxRows')));
    const what = `Leo Hartley's ${notes.toLocaleString('en-GB')} open-access notes (2,000 in the record) as his home's registered manager`;
    return [
      {
        id: 'records.case_notes_dom_rows',
        value: rows,
        unit: 'rows',
        goal: 200,
        better: 'lower',
        runs: WARM_UP + RUNS,
        note: `most note rows in the DOM at any moment while opening ${what} and wheeling to the end, over all runs`,
      },
      {
        id: 'records.case_notes_open_ms',
        value: Math.round(median(times)),
        unit: 'ms',
        goal: null,
        better: 'lower',
        runs: RUNS,
        note: `click on "Case notes" to the first painted frame of ${what}; fetched from the gateway each time; median after ${WARM_UP} warm-up runs (fastest ${Math.round(Math.min(...times))}, slowest ${Math.round(Math.max(...times))})`,
      },
    ];
  } finally {
    await browser.close();
    await gateway.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
