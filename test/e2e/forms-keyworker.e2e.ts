// The keyworker monthly report and the keyworker report for a CLA review, written in real Chromium
// against the real gateway and a real SMTP server (001 "Recording requirements": the home uploads
// them and the social worker is told; 000: "Uploaded by ... on behalf of ..."; 004 naming standard).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { englandDate } from '../../shared/domain/access.ts';
import { ukDate } from '../../shared/domain/naming.ts';
import { KEYWORKER_SECTIONS } from '../../shared/forms/keyworker-report-form.ts';
import { storedPdfText, uploadedBy } from './forms-part-b.ts';
import { goTo, outboxRows } from './uploads-session.ts';
import {
  axeViolations,
  expectNoHardCopyToMark,
  liveHearth,
  setOnline,
  unexpectedProblems,
  waitUntilNotified,
} from './support/live-hearth.ts';

const hearth = liveHearth();

const SAVE = 'Make the PDF and add to upload queue';
const RUBY_SOCIAL_WORKER = 'nadia.rahman@council.example';
const today = () => ukDate(englandDate(new Date()));
/** What the keyworker wrote in each section, different per section so each is found in the PDF. */
const written = (id: string) => `Ruby's ${id}: written by her keyworker for the month.`;

async function fillSections(page: Page): Promise<void> {
  for (const section of KEYWORKER_SECTIONS) {
    await page.getByLabel(section.heading, { exact: true }).fill(written(section.id));
  }
}

describe('keyworker reports', () => {
  test('an assistant manager writes a keyworker’s monthly report offline on their behalf; back online it is on the record once, the social worker is emailed, and the stored PDF has every section', async () => {
    const { page, context, problems } = await hearth.signedIn('tom.reilly');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    // The child's form list offers the keyworker reports.
    await goTo(page, '#/forms/child-ruby-ashworth');
    await page.getByRole('link', { name: 'Keyworker monthly report' }).click();
    await page.getByRole('heading', { level: 1, name: /Keyworker monthly report/ }).waitFor();
    await setOnline(page, context, false);

    // Every section is asked for, the child's views first; the summary takes focus.
    await page.getByRole('button', { name: SAVE }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const asked = await summary.getByRole('link').allTextContents();
    expect(asked[0]).toBe('Enter the first day the report covers');
    expect(asked).toContain("Write about the child's views, wishes and feelings");
    expect(asked).toContain('Write about next steps');
    expect(await axeViolations(page)).toEqual([]);

    // Written by the keyworker, queued by the assistant manager (000).
    await page.getByLabel('Keyworker’s full name').fill('Sam Fletcher');
    await page.getByLabel('Keyworker’s role').fill('Residential Child Care Worker');
    await page.getByLabel('First day the report covers').fill('2026-10-01');
    await page.getByLabel('Last day the report covers').fill('2026-10-31');
    await fillSections(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: SAVE }).click();
    const title = `Ruby Ashworth - Keyworker monthly report October - ${today()}`;
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();
    expect(await page.getByTestId('upload-saved').textContent()).toContain(title);
    expect((await outboxRows(page)).length).toBe(1);

    await context.setOffline(false);
    await waitUntilNotified(page, title, 'Nadia Rahman', hearth.gateway.dataDir);

    const documents = uploadedBy(hearth.gateway.dataDir, title, 'Tom Reilly');
    expect(documents).toEqual([
      expect.objectContaining({
        child_id: 'child-ruby-ashworth',
        uploader_role: 'Assistant Manager',
        author_name: 'Sam Fletcher',
        author_role: 'Residential Child Care Worker',
      }),
    ]);
    const text = await storedPdfText(hearth.gateway.dataDir, documents[0]?.file_sha256 ?? '');
    expect(text).toContain(title);
    expect(text).toContain("Child's name Ruby Ashworth");
    expect(text).toContain('Period covered 01/10/2026 to 31/10/2026');
    expect(text).toContain(
      'Uploaded by Tom Reilly, Assistant Manager, on behalf of Sam Fletcher, Residential Child Care Worker',
    );
    for (const section of KEYWORKER_SECTIONS) {
      expect(text).toContain(`${section.heading} ${written(section.id)}`);
    }
    const mails = hearth.mailsAbout(RUBY_SOCIAL_WORKER, title);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.raw ?? '').not.toMatch(/%PDF/);
    await expectNoHardCopyToMark(page, hearth.gateway.dataDir, title);
    expect(unexpectedProblems(problems)).toEqual([]);
  });

  test('the registered manager writes her own report for a CLA review offline: back online it is on the record once, the social worker is emailed, the review date and what the child wants discussed are in the PDF, and there is no hard copy to mark', async () => {
    const { page, context, problems } = await hearth.signedIn('priya.shah');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await goTo(page, '#/forms/child-ruby-ashworth/keyworker-cla-review-report');
    await page.getByRole('heading', { level: 1, name: /Keyworker report for CLA review/ }).waitFor();
    await setOnline(page, context, false);
    // The keyworker is the person signed in unless changed: no "on behalf of".
    expect(await page.getByLabel('Keyworker’s full name').inputValue()).toBe('Priya Shah');
    await page.getByLabel('First day the report covers').fill('2026-08-01');
    await page.getByLabel('Last day the report covers').fill('2026-11-20');
    await page.getByLabel('Date of the CLA review').fill('2026-12-02');
    await fillSections(page);
    await page
      .getByLabel('What the child would like the review to discuss (optional)')
      .fill('Ruby wants to talk about staying at her school.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: SAVE }).click();
    const title = `Ruby Ashworth - Keyworker report for CLA review - ${today()}`;
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();
    expect(uploadedBy(hearth.gateway.dataDir, title, 'Priya Shah')).toEqual([]);

    await setOnline(page, context, true);
    await waitUntilNotified(page, title, 'Nadia Rahman', hearth.gateway.dataDir);
    const documents = uploadedBy(hearth.gateway.dataDir, title, 'Priya Shah');
    expect(documents).toEqual([
      expect.objectContaining({ child_id: 'child-ruby-ashworth', author_name: null }),
    ]);
    const [document] = documents;
    const text = await storedPdfText(hearth.gateway.dataDir, document?.file_sha256 ?? '');
    expect(text).toContain('Report Keyworker report for CLA review');
    expect(text).toContain('Date of the CLA review 02/12/2026');
    expect(text).toContain('Ruby wants to talk about staying at her school.');
    expect(text).not.toContain('on behalf of');
    expect(hearth.mailsAbout(RUBY_SOCIAL_WORKER, title)).toHaveLength(1);
    await expectNoHardCopyToMark(page, hearth.gateway.dataDir, title);
    expect(unexpectedProblems(problems)).toEqual([]);
  });
});
