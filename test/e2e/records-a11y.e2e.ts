// WCAG 2.2 AA on every records screen, checked by axe-core in real Chromium against the app as
// the gateway serves it (public sector accessibility regulations 2018), and the keyboard alone
// reaching every control with a visible focus indicator (WCAG 2.1.1 Keyboard, 2.4.3 Focus Order,
// 2.4.7 Focus Visible), including a whole journey from the children list to the last case note.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { axeViolations, focused, keyboardWalk, openSignedIn } from './records-session.ts';

let gateway: TestGateway;
let browser: Browser;

beforeAll(async () => {
  gateway = await startTestGateway();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
});

interface Screen {
  name: string;
  username: string;
  hash: string;
  /** What shows when the screen has loaded. */
  ready(page: Page): Promise<void>;
  /** The gateway answers 404 here, which Chromium logs to the console itself. */
  notFound?: true;
}

const SCREENS: Screen[] = [
  {
    name: 'children list',
    username: 'priya.shah',
    hash: '#/children',
    ready: (page) => page.getByTestId('children-table').waitFor(),
  },
  {
    name: 'children list with a search',
    username: 'priya.shah',
    hash: '#/children',
    ready: async (page) => {
      await page.getByLabel('Search by name or Mosaic reference number').fill('mensah');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.getByTestId('search-result').waitFor();
    },
  },
  {
    name: 'person summary with a sibling group',
    username: 'priya.shah',
    hash: '#/children/child-kofi-mensah',
    ready: (page) => page.getByTestId('person-summary').waitFor(),
  },
  {
    name: 'restricted person summary',
    username: 'daniel.osei',
    hash: '#/children/child-tyler-obi',
    ready: (page) => page.getByTestId('access-note').waitFor(),
  },
  {
    name: 'documents (240 rows)',
    username: 'priya.shah',
    hash: '#/children/child-leo-hartley/documents',
    ready: (page) => page.getByTestId('documents-table').waitFor(),
  },
  {
    name: 'case notes (the long list)',
    username: 'priya.shah',
    hash: '#/children/child-leo-hartley/case-notes',
    ready: (page) => page.locator('.hearth-virtual-list__row').first().waitFor(),
  },
  {
    name: 'a child not in the home',
    username: 'priya.shah',
    hash: '#/children/child-tyler-obi',
    ready: (page) => page.locator('.hearth-load-problem').waitFor(),
    notFound: true,
  },
];

async function open(screen: Screen) {
  const opened = await openSignedIn(browser, gateway.url, screen.username);
  await opened.page.evaluate((hash) => (window.location.hash = hash), screen.hash);
  await screen.ready(opened.page);
  return opened;
}

describe('axe finds no WCAG 2.2 AA violations', () => {
  for (const screen of SCREENS) {
    test(screen.name, async () => {
      const { context, page, problems } = await open(screen);
      expect(await axeViolations(page)).toEqual([]);
      const expected = (p: string) => screen.notFound === true && p.includes('status of 404');
      expect(problems.filter((p) => !expected(p))).toEqual([]);
      await context.close();
    });
  }
});

describe('the keyboard alone reaches every control, each visibly focused', () => {
  for (const screen of SCREENS) {
    test(screen.name, async () => {
      const { context, page } = await open(screen);
      const walk = await keyboardWalk(page);
      expect(walk.stops).toBeGreaterThan(2);
      expect(walk.unreached).toEqual([]);
      expect(walk.invisible).toEqual([]);
      await context.close();
    });
  }
});

describe('a keyboard journey', () => {
  test('children list → Leo → case notes → filter → the last note, without a mouse', async () => {
    const { context, page } = await openSignedIn(browser, gateway.url, 'priya.shah');
    await page.getByTestId('children-table').waitFor();
    /** Presses Tab until `target` has focus; fails if it takes more than 40 presses. */
    async function tabTo(target: string) {
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        if ((await focused(page)) === target) return;
      }
      throw new Error(`Tab never reached ${target}; last was ${await focused(page)}`);
    }
    await tabTo('a:Leo Hartley');
    await page.keyboard.press('Enter');
    await page.getByTestId('person-summary').waitFor();
    // The new screen's heading has focus, so the next Tab starts from the top of the screen.
    expect(await focused(page)).toBe('h1:Person summary');
    await tabTo('a:Case notes');
    await page.keyboard.press('Enter');
    await page.getByLabel('Type of case note').waitFor();
    expect(await focused(page)).toBe('h1:Case notes');
    await tabTo('#note-type');
    await page.keyboard.type('Home visit');
    await tabTo('button:Show notes');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Home visit notes' }).waitFor();
    await tabTo('div:[case-notes-list-heading]');
    await page.keyboard.press('End');
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('.hearth-virtual-list__row')];
      return rows.some((r) => r.getAttribute('aria-posinset') === r.getAttribute('aria-setsize'));
    });
    await context.close();
  });
});
