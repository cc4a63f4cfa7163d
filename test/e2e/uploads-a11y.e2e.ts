// The upload and queue screens with the keyboard alone and under axe (WCAG 2.2 AA, the level the
// council must meet; GOV.UK Frontend patterns), in real Chromium against the real gateway.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { fillUploadForm, fixture, goTo } from './uploads-session.ts';
import { axeViolations, liveHearth, setOnline } from './support/live-hearth.ts';
import { keyboardWalk } from './support/keyboard-walk.ts';

const hearth = liveHearth();

/** What has focus: its id, else its tag and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 40)}`;
  });

/** Presses Tab until `target` has focus (as a person would), failing if it is not reached in `most` presses. */
async function tabTo(page: Page, target: string, most = 40): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === target) return;
  }
  throw new Error(`Tab never reached ${target}; focus ended on ${await focused(page)}`);
}

const report = fixture('keyworker-report.pdf');

describe('the upload screens for keyboard and screen reader users', () => {
  test('no axe violations on the upload and queue screens, in each of their states', async () => {
    const { page, context } = await hearth.signedIn('priya.shah');
    await goTo(page, '#/upload');
    await page.getByRole('option', { name: 'Leo Hartley' }).waitFor({ state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Add to upload queue' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Several files, "on behalf of" revealed: one title per file.
    await setOnline(page, context, false);
    await fillUploadForm(page, {
      child: 'Leo Hartley',
      files: [report, fixture('body-map.png')],
      type: 'Incident form: Missing',
      day: '2',
      month: '11',
      year: '2026',
      onBehalfOf: { name: 'Dan Ellis', role: 'Residential Child Care Worker' },
    });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add to upload queue' }).click();
    await page.getByTestId('upload-saved').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await goTo(page, '#/queue');
    await page.getByTestId('queue-item').nth(1).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('button', { name: /^Cancel/ })
      .first()
      .click();
    await page.getByTestId('confirm-cancel').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'No, keep it' }).click();

    await context.setOffline(false);
    await page.getByTestId('queue-sent').getByTestId('queue-item').nth(1).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId('sync-summary').textContent())
      .toBe('No documents waiting to send');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('no axe violations where the person may not upload', async () => {
    const { page } = await hearth.signedIn('hannah.price');
    await goTo(page, '#/upload');
    await page.getByRole('heading', { level: 1, name: 'You cannot upload documents' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('with the keyboard alone: a document is queued, and a cancel is confirmed or taken back', async () => {
    const { page, context } = await hearth.signedIn('ellie.watts');
    await goTo(page, '#/upload');
    await page.getByRole('option', { name: 'Maya Lindqvist' }).waitFor({ state: 'attached' });
    // Offline, so the document waits and can still be cancelled.
    await setOnline(page, context, false);

    const walk = await keyboardWalk(page);
    expect(walk.unreached).toEqual([]);
    expect(walk.invisible).toEqual([]);

    await page.evaluate(() => {
      const el = document.activeElement;
      if (el instanceof HTMLElement) el.blur();
    });
    await tabTo(page, '#upload-child');
    await page.keyboard.type('Maya');
    // The drop zone (a button) is reached by Tab; the system's file dialog that Enter opens is the OS's own
    // (Playwright cannot drive it, and headless Chromium does not always raise it), so the file is
    // handed to the button's file input directly.
    await tabTo(page, '#upload-files');
    await page.locator('#upload-files-input').setInputFiles(report.path);
    await tabTo(page, '#upload-type');
    await page.keyboard.type('Support');
    await tabTo(page, '#upload-date-day');
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await page.keyboard.type('11');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
    // Into the radios: the arrow keys choose "No, I wrote it".
    await tabTo(page, '#upload-on-behalf');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('#upload-on-behalf-no');
    await tabTo(page, '#upload-title-0');
    expect(await page.locator('#upload-title-0').inputValue()).toBe(
      'Maya Lindqvist - Support Plan - 12/11/2026',
    );
    await tabTo(page, 'button:Add to upload queue');
    await page.keyboard.press('Enter');
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'upload-saved',
    );

    // To the queue by its link in the banner, then Cancel: the question takes focus, "No" returns it.
    await tabTo(page, 'a:See the upload queue');
    await page.keyboard.press('Enter');
    await page.getByTestId('queue-item').waitFor();
    const walkQueue = await keyboardWalk(page);
    expect(walkQueue.unreached).toEqual([]);
    expect(walkQueue.invisible).toEqual([]);
    const cancelId = await page.getByRole('button', { name: /^Cancel/ }).getAttribute('id');
    await page.evaluate(() => {
      const el = document.activeElement;
      if (el instanceof HTMLElement) el.blur();
    });
    await tabTo(page, `#${cancelId}`);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/-confirm$/);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Yes, cancel sending');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe(`#${cancelId}`);
    expect(await page.getByTestId('confirm-cancel').count()).toBe(0);

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const notice = page.getByTestId('queue-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      '“Maya Lindqvist - Support Plan - 12/11/2026” was cancelled. It has been removed from this computer and will not be sent.',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'queue-notice',
    );
    await page.getByTestId('queue-empty').waitFor();
    expect(await page.getByTestId('sync-summary').textContent()).toBe('No documents waiting to send');
  });
});
