// Settings and the warning on quit (issue 4: "navigator.storage.persist() requested and its answer
// shown in settings"; "a warning on sign-out and on quit while items wait, saying they are kept
// and will be sent later"), in real Chromium against the real gateway. Settings is reached from the
// records navigation with the keyboard alone and passes axe for WCAG 2.2 AA. A browser can only
// ask its own "Leave site?" question, so the quit warning is proved by that question appearing
// while a document waits, and not otherwise.
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { launchChromium } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { fillUploadForm, fixture, goTo, openHearth, signInAs } from './uploads-session.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PERSISTENT = 'Kept until you remove it (persistent storage granted)';
const MAY_BE_CLEARED =
  'The browser may clear it when space runs low — ask IT to allow Hearth to keep its data';
const CANNOT_SAY = 'This browser cannot say';
const { version } = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')));

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

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

/** Presses Tab until the link named `name` has focus (at most 40 times), as a keyboard user would. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName === 'A' ? el.textContent : null;
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached the "${name}" link`);
}

/** A row's answer, once it is no longer "Checking…". */
async function answer(page: Page, testId: string): Promise<string> {
  const value = page.getByTestId(testId);
  await expect.poll(async () => (await value.textContent())?.startsWith('Checking') === false).toBe(true);
  return (await value.textContent()) ?? '';
}

/** Whether the page's beforeunload listeners would stop it closing now (a synthetic, cancelable event). */
function beforeUnloadPrevented(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

describe('settings', () => {
  test('reached by keyboard from the navigation; says what this computer keeps, truthfully; 0 axe violations', async () => {
    const { page, context, problems } = await openHearth(browser, gateway.url);
    await signInAs(page, 'priya.shah');
    await page.getByRole('heading', { level: 1, name: 'Children in Larchfield House' }).waitFor();

    await tabTo(page, 'Settings');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: 'Settings' });
    await heading.waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe('#/settings');
    expect(await page.title()).toBe('Settings – Hearth');
    // Focus moves to the new screen's heading (WCAG 2.4.3), and the link says where we are.
    expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);
    expect(
      await page
        .getByRole('navigation', { name: 'Records' })
        .getByRole('link', { name: 'Settings' })
        .getAttribute('aria-current'),
    ).toBe('page');

    const keys = page.locator('.govuk-summary-list__key');
    expect(await keys.allTextContents()).toEqual([
      'Storage on this computer',
      'Secure key storage',
      'Shared drive',
      'App version',
    ]);
    // The screen asked for persistence; what it says is what the browser now answers.
    const storage = await answer(page, 'settings-storage');
    expect([PERSISTENT, MAY_BE_CLEARED, CANNOT_SAY]).toContain(storage);
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    expect(storage).toBe(persisted ? PERSISTENT : MAY_BE_CLEARED);
    expect(await answer(page, 'settings-key-store')).toBe('Available (webcrypto-indexeddb)');
    expect(await answer(page, 'settings-shared-drive')).toBe(
      'Files you download are saved by the browser, for you to file',
    );
    expect(await answer(page, 'settings-version')).toMatch(
      new RegExp(`^${version.replaceAll('.', '\\.')} \\(build \\S+, in a browser\\)$`),
    );

    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the home’s shared-drive folder (issue 6: “The home sets, once, the shared-drive folder”; 001: downloads saved “following the home’s recording policy”)', () => {
  const FOLDER = 'S:\\Children’s Home\\Larchfield\\Hearth';

  test('a manager sets it in Settings; it is shown with who set it and when, to everyone in the home; 0 axe violations', async () => {
    const { page, context, problems } = await openHearth(browser, gateway.url);
    await signInAs(page, 'priya.shah');
    await goTo(page, '#/settings');
    const section = page.getByTestId('download-settings');
    const field = section.getByLabel('Shared-drive folder');
    await field.waitFor();
    expect(await section.getByTestId('folder-set-by').textContent()).toContain('Not set yet');
    // In a browser the file is offered as a download, for staff to save in the home's folder.
    expect(await section.getByTestId('folder-this-computer').textContent()).toContain(
      'each file is offered as an ordinary download',
    );

    // A path that is not a full folder path is refused, at the field and in the summary.
    await field.fill('Hearth\\Downloads');
    await section.getByRole('button', { name: 'Save download settings' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('Enter the full path of the folder').waitFor();
    expect(await page.locator('#download-folder-error').textContent()).toContain('Enter the full path');
    expect(await axeViolations(page)).toEqual([]);
    // The summary's link takes the keyboard user to the field.
    await summary.getByRole('link', { name: /Enter the full path/ }).click();
    expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);

    await field.fill(FOLDER);
    await section.getByRole('button', { name: 'Save download settings' }).click();
    await section.getByRole('status').getByText('Saved.').waitFor();
    await expect
      .poll(() => section.getByTestId('folder-set-by').textContent())
      .toMatch(/^Set by Priya Shah on \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}:\d{2}\.$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();

    // Everyone in the home sees it; only managers can change it.
    const other = await openHearth(browser, gateway.url);
    await signInAs(other.page, 'sam.fletcher');
    await goTo(other.page, '#/settings');
    const shown = other.page.getByTestId('download-settings').getByLabel('Shared-drive folder');
    await expect.poll(() => shown.inputValue()).toBe(FOLDER);
    expect(await shown.getAttribute('readonly')).not.toBeNull();
    expect(await other.page.getByTestId('folder-set-by').textContent()).toContain('Set by Priya Shah');
    expect(await other.page.getByRole('button', { name: 'Save download settings' }).count()).toBe(0);
    expect(await axeViolations(other.page)).toEqual([]);
    expect(other.problems).toEqual([]);
    await other.context.close();
  });
});

describe('the warning on quit in a browser', () => {
  test('with nothing waiting, the page closes without asking', async () => {
    const { page, context } = await openHearth(browser, gateway.url);
    await signInAs(page, 'priya.shah');
    await page.getByRole('heading', { level: 1, name: 'Children in Larchfield House' }).waitFor();
    expect(await beforeUnloadPrevented(page)).toBe(false);

    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    const closed = new Promise((resolve) => page.once('close', resolve));
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual([]);
    await context.close();
  });

  test('while a document waits, closing asks first; staying keeps Hearth open', async () => {
    const { page, context, problems } = await openHearth(browser, gateway.url);
    await signInAs(page, 'priya.shah');
    await goTo(page, '#/upload');
    // Online once, so the home's children are saved on this computer for the offline form, and the
    // service worker has kept the app's code (the encryption worker's file among it) for offline use.
    await page.getByRole('option', { name: 'Kofi Mensah' }).waitFor({ state: 'attached' });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('sync-connection').textContent()).toBe('Offline');
    await fillUploadForm(page, {
      child: 'Kofi Mensah',
      files: [fixture('keyworker-report.pdf')],
      type: 'Incident form: Significant Incident',
      day: '20',
      month: '11',
      year: '2026',
    });
    await page.getByRole('button', { name: 'Add to upload queue' }).click();
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();
    await expect
      .poll(() => page.getByTestId('sync-summary').textContent())
      .toBe('1 document waiting to send');
    await expect.poll(() => beforeUnloadPrevented(page)).toBe(true);

    // Closing the tab: Chromium's own "Leave site?" question; "Cancel" keeps Hearth open.
    const dialog = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.type());
        void d.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await dialog).toBe('beforeunload');
    await page.getByTestId('signed-in-as').waitFor();
    expect(page.isClosed()).toBe(false);

    // Offline, the only complaints allowed are the failed requests the browser logs itself.
    expect(problems.filter((p) => !p.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });
});
