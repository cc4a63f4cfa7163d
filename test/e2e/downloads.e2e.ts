// Downloads (issue 6; guidance 001 "Downloading documents from Mosaic"), against the real gateway in
// real Chromium. In the browser build "Save to the shared drive" is an ordinary download named by the
// home's pattern: the file's name and its stamp are checked by extracting its text with pdf.js. A
// non-permitted document downloads after a discussion with the social worker is recorded; every
// screen has 0 axe violations and is used by keyboard alone. The viewer and the offline copy are in
// downloads-offline.e2e.ts.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DATABASE_FILE } from '../../gateway/db/connection.ts';
import { openFileStore } from '../../gateway/files/store.ts';
import { launchChromium } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { gatewayAudit } from './support/signed-in.ts';
import { axeViolations, focused, keyboardWalk, openSignedIn } from './records-session.ts';
import {
  downloadsLogged,
  goTo,
  kofi,
  kofiDocument,
  openKofisDocuments,
  rowOf,
  stampedText,
  tabTo,
  ukToday,
} from './downloads-session.ts';

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

describe('downloading from the browser build', () => {
  test('a care plan downloads by keyboard, named by the home’s pattern and stamped on every page', async () => {
    const { context, page, problems } = await openKofisDocuments(browser, gateway.url);
    const plan = kofiDocument(gateway.dataDir, 'cla-care-plan');
    const name = `${plan.completed_on} ${plan.title.replaceAll('/', '-')}.pdf`;
    expect(await axeViolations(page)).toEqual([]);
    // WCAG 2.1.1 and 2.4.7: every View and Download button is reached by Tab, visibly focused.
    const walk = await keyboardWalk(page);
    expect(walk.unreached).toEqual([]);
    expect(walk.invisible).toEqual([]);

    // Keyboard only: Tab to the care plan's Download button and press Enter.
    const downloaded = page.waitForEvent('download');
    await tabTo(page, `Download ${plan.title}`);
    await page.keyboard.press('Enter');
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe(name);
    const pages = await stampedText(download);
    expect(pages.length).toBeGreaterThan(0);
    for (const text of pages) {
      expect(text).toContain(`Downloaded by Priya Shah on ${ukToday()} from Mosaic. OFFICIAL-SENSITIVE`);
      expect(text).toContain(`Mosaic reference number: ${kofi.mosaic_id}`);
    }
    await page.getByTestId('download-outcome').getByText(`Saved as ${name}`).waitFor();
    // The device reports what it saved and the SHA-256 of those bytes, and the gateway keeps it.
    const sha = createHash('sha256')
      .update(await readFile(await download.path()))
      .digest('hex');
    await expect
      .poll(() => gatewayAudit(gateway.dataDir).filter((r) => r.action === 'download-saved'), {
        timeout: 15_000,
      })
      .toEqual([
        expect.objectContaining({
          source: 'device',
          child_id: kofi.id,
          detail: `sha256:${sha} file:${name}`,
        }),
      ]);
    // The full name and the SHA-256 of what was saved are kept whole in the gateway's download log,
    // whatever the audit event's 200 characters cut off (issue 6: "its file name and the SHA-256 of
    // what was saved are audited").
    const fileName = `Mensah, Kofi (${kofi.mosaic_id})/Child Looked After Care Plan/${name}`;
    await expect
      .poll(() => downloadsLogged(gateway.dataDir), { timeout: 15_000 })
      .toContainEqual({
        document_id: plan.id,
        basis: 'permitted-type',
        file_name: fileName,
        sha256: sha,
        saved_as: name,
        saved_sha256: sha,
      });
    expect(await axeViolations(page)).toEqual([]);

    // The managers' audit screen shows them in full (001: "reviewed by management").
    await goTo(page, '#/audit');
    const log = page.getByTestId('download-log');
    const row = log.getByTestId('download-log-row').filter({ hasText: fileName });
    await row.waitFor();
    expect(await row.getByTestId('download-saved-as').textContent()).toBe(name);
    expect(await row.getByTestId('download-sha256').textContent()).toBe(sha);
    expect(await row.textContent()).toContain(`Kofi Mensah: ${plan.title}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a placement plan downloads once a discussion with the social worker is recorded, by keyboard', async () => {
    const { context, page, problems } = await openKofisDocuments(browser, gateway.url);
    const plan = kofiDocument(gateway.dataDir, 'placement-plan');
    // Not one of the seven: no plain Download button, only "Discuss, then download".
    expect(
      await rowOf(page, plan.title)
        .getByRole('button', { name: `Download ${plan.title}`, exact: true })
        .count(),
    ).toBe(0);
    await tabTo(page, `Discuss, then download ${plan.title}`);
    await page.keyboard.press('Enter');
    await page.getByTestId('discussion-form').waitFor();
    expect(await focused(page)).toBe('#discussion-heading');
    // The allocated worker is proposed (001: "discussed with the allocated social worker").
    expect(await page.getByLabel('Who did you discuss it with?').inputValue()).toBe('James Whitlock');

    // Sent with no reason: the error summary takes focus and names the field.
    await tabTo(page, 'Record the discussion and download');
    await page.keyboard.press('Enter');
    await page.locator('.govuk-error-summary').getByText('Say why the home needs this document').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, 'Say why the home needs this document (at least 10 characters)');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('#discussion-why');
    await page.keyboard.type('The school needs the placement plan for the PEP meeting on Friday.');

    const downloaded = page.waitForEvent('download');
    await tabTo(page, 'Record the discussion and download');
    await page.keyboard.press('Enter');
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe(`${plan.completed_on} ${plan.title.replaceAll('/', '-')}.pdf`);
    expect((await stampedText(download))[0]).toContain(`Mosaic reference number: ${kofi.mosaic_id}`);
    expect(downloadsLogged(gateway.dataDir)).toContainEqual(
      expect.objectContaining({ document_id: plan.id, basis: 'discussed-with-social-worker' }),
    );
    expect(gatewayAudit(gateway.dataDir)).toContainEqual(
      expect.objectContaining({
        action: 'discussion-recorded',
        child_id: kofi.id,
        detail: `document:${plan.id} with James Whitlock (Allocated social worker)`,
      }),
    );
    // Focus went back to the document's row; now it shows a plain Download button.
    await rowOf(page, plan.title)
      .getByRole('button', { name: `Download ${plan.title}`, exact: true })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a scanned image is shown as it is, and downloads as a stamped PDF', async () => {
    // The council holds Kofi's referral as a scan from a copier (a PNG).
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'),
      (c) => c.charCodeAt(0),
    );
    const stored = openFileStore(gateway.dataDir).put(png);
    const referral = kofiDocument(gateway.dataDir, 'referral-information');
    const db = new Database(join(gateway.dataDir, DATABASE_FILE));
    db.prepare(
      "update documents set file_sha256 = ?, file_size = ?, mime_type = 'image/png' where id = ?",
    ).run(stored.sha256, stored.size, referral.id);
    db.close();

    const { context, page, problems } = await openKofisDocuments(browser, gateway.url);
    await rowOf(page, referral.title)
      .getByRole('button', { name: `View ${referral.title}`, exact: true })
      .click();
    await page.getByRole('img', { name: `Scanned document: ${referral.title}` }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close the document' }).click();

    const downloaded = page.waitForEvent('download');
    await rowOf(page, referral.title)
      .getByRole('button', { name: `Download ${referral.title}`, exact: true })
      .click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe(
      `${referral.completed_on} ${referral.title.replaceAll('/', '-')}.pdf`,
    );
    const pages = await stampedText(download);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain(`Downloaded by Priya Shah on ${ukToday()} from Mosaic. OFFICIAL-SENSITIVE`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('read-only staff view documents but are offered no download', async () => {
    const { context, page } = await openKofisDocuments(browser, gateway.url, 'sam.fletcher');
    const plan = kofiDocument(gateway.dataDir, 'cla-care-plan');
    await rowOf(page, plan.title)
      .getByRole('button', { name: `View ${plan.title}`, exact: true })
      .waitFor();
    expect(await page.getByRole('button', { name: /^Download/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Discuss/ }).count()).toBe(0);
    await context.close();
  });
});

describe('the home’s download settings', () => {
  test('a manager sees the pattern with an example, a bad pattern is refused, a good one saved', async () => {
    const { context, page, problems } = await openSignedIn(browser, gateway.url, 'tom.reilly');
    await goTo(page, '#/settings');
    const section = page.getByTestId('download-settings');
    await section.waitFor();
    await page.getByTestId('pattern-example').getByText('Smith, Alex (1234567)/').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const walk = await keyboardWalk(page);
    expect(walk.unreached).toEqual([]);
    expect(walk.invisible).toEqual([]);

    const field = page.getByLabel('File-name pattern');
    await field.fill('../{title}.pdf');
    await section.getByRole('button', { name: 'Save download settings' }).click();
    await page.locator('.govuk-error-summary').getByText('would leave or repeat the folder').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await field.fill('{mosaicNumber}/{title}.pdf');
    await page
      .getByTestId('pattern-example')
      .getByText('1234567/Alex Smith - Child Looked After Care Plan - 31-10-2026.pdf')
      .waitFor();
    await section.getByRole('button', { name: 'Save download settings' }).click();
    await section.getByText('Saved. The next download is named by this pattern.').waitFor();
    await section.getByText('Last changed by Tom Reilly').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
