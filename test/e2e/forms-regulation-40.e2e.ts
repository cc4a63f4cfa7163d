// The Regulation 40 notification and its update, written in real Chromium against the real gateway
// and a real SMTP server (issue 5; DOMAIN.md "Regulation 40 notifications": Ofsted's fields, a tick
// with time per recipient, the "without delay" clock, the update quoting the original; Hearth files
// it on the child's record and tells the social worker (001), and sends nothing to Ofsted).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { englandDate } from '../../shared/domain/access.ts';
import { ukDate } from '../../shared/domain/naming.ts';
import { storedPdfText, tabTo, uploadedBy } from './forms-part-b.ts';
import { goTo, outboxRows } from './uploads-session.ts';
import {
  axeViolations,
  expectNoHardCopyToMark,
  liveHearth,
  setOnline,
  unexpectedProblems,
  waitUntilNotified,
} from './support/live-hearth.ts';

/** The council's own event, configured in the gateway (HEARTH_REG40_EVENTS_FILE), not in code. */
const COUNCIL_EVENT = {
  id: 'council-serious-self-harm',
  label: 'A serious incident of self-harm',
  source: 'Sandmere Council policy CH-12',
  recipients: [{ recipient: 'hmci', paragraph: 'Sandmere Council policy CH-12' }],
};
const eventsDir = mkdtempSync(join(tmpdir(), 'hearth-reg40-e2e-'));
const eventsFile = join(eventsDir, 'reg40-events.json');
writeFileSync(eventsFile, JSON.stringify([COUNCIL_EVENT]));
const hearth = liveHearth({ HEARTH_REG40_EVENTS_FILE: eventsFile });
afterAll(() => rmSync(eventsDir, { recursive: true, force: true }));

const SAVE = 'Make the PDF and add to upload queue';
const POLICE = 'An incident needing police involvement that the registered person considers serious';
const today = () => ukDate(englandDate(new Date()));
const KOFI_SOCIAL_WORKER = 'james.whitlock@council.example';

/** A datetime-local value `hours` ago, in the browser's own time, as a manager would type it. */
const hoursAgo = (page: Page, hours: number) =>
  page.evaluate((h) => {
    const d = new Date(Date.now() - h * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, hours);

async function fillTheRest(page: Page): Promise<void> {
  await page.getByLabel('Ofsted URN').fill('sc900101');
  await page.getByLabel('Address', { exact: true }).fill('14 Wren Lane, Sandmere BN12 6RD');
  await page.getByLabel('Where it happened').fill('The garden gate of the home');
  await page
    .getByLabel('What happened', { exact: true })
    .fill('An adult unknown to the home tried to take Kofi from the gate.');
  await page.getByLabel('Other children involved (optional)').fill('A.M.');
  await page.getByLabel('Initials').fill('P.S.');
  await page.getByLabel('Job title').fill('Registered Manager');
  await page
    .getByLabel('Other organisations told (optional)')
    .fill('Sussex Police, crime reference 47/2026/1125');
  await page.getByLabel('Actions taken').fill('Police called; Kofi supported by staff.');
  await page
    .getByLabel('Actions planned to prevent it happening again')
    .fill('Gate lock replaced; safety plan reviewed.');
  await page.getByLabel('Phone number or email').fill('01632 960114');
}

describe('Regulation 40 notification', () => {
  const title = () => `Kofi Mensah - Regulation 40 notification - ${today()}`;

  test('written offline with the recipients ticked by keyboard alone; back online it is on the record once, the social worker is emailed, and the stored PDF has every field', async () => {
    const { page, context, problems } = await hearth.signedIn('priya.shah');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await goTo(page, '#/forms/child-kofi-mensah/regulation-40');
    await page.getByRole('heading', { level: 1, name: /Regulation 40 notification/ }).waitFor();
    await setOnline(page, context, false);

    // Nothing entered: the error summary names what Ofsted's notification needs, and takes focus.
    await page.getByRole('button', { name: SAVE }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const asked = await summary.getByRole('link').allTextContents();
    expect(asked).toEqual(
      expect.arrayContaining([
        'Choose the type of event',
        'Enter the date and time of the event',
        'Describe what happened',
        'Describe the actions planned to prevent it happening again',
      ]),
    );
    expect(asked).not.toContain('Enter the home’s Ofsted URN, like SC123456');
    // Ofsted's notification asks for the home's URN and address: they come with the session.
    expect(await page.getByLabel('Ofsted URN').inputValue()).toBe('SC900101');
    // The council's own event from the gateway's configuration, offered offline (it came with the session).
    const councilEvent = page.getByLabel(COUNCIL_EVENT.label, { exact: true });
    expect(await councilEvent.count()).toBe(1);
    expect(await page.locator(`#${await councilEvent.getAttribute('aria-describedby')}`).textContent()).toBe(
      COUNCIL_EVENT.source,
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel(POLICE).check();
    // The home's name and the contact are filled in from the person signed in.
    expect(await page.getByLabel('Home', { exact: true }).inputValue()).toBe('Larchfield House');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Priya Shah');
    const when = page.getByLabel('When it happened');
    await when.fill(await hoursAgo(page, 2));
    // The clock: due now, with how long since the event (the typed time has whole minutes, so a
    // minute may tick over); no announcement until it turns overdue.
    await expect
      .poll(() => page.getByTestId('reg40-clock-text').textContent())
      .toMatch(/^Due now: 2 hours (1 minute )?since the event/);
    expect(await page.getByTestId('reg40-clock-status').textContent()).toBe('');

    // 40(4)(b): HMCI and each other relevant person, the placing authority among them. Keyboard only.
    await when.focus();
    for (const label of [
      'Told HMCI (Ofsted)',
      'Told the placing authority',
      'Told each other relevant person',
    ]) {
      await tabTo(page, label);
      await page.keyboard.press('Space');
      expect(await page.getByLabel(label, { exact: true }).isChecked()).toBe(true);
      // Ticking fills in the time now, ready to correct.
      expect(
        await page.getByLabel(label.replace(/^Told/, 'When you told'), { exact: true }).inputValue(),
      ).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    }
    await page
      .getByLabel('How you told HMCI (Ofsted), and who you spoke to (optional)')
      .fill('Ofsted online form');
    await fillTheRest(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: SAVE }).click();
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();
    expect(await page.getByTestId('upload-saved').textContent()).toContain(title());
    expect((await outboxRows(page)).length).toBe(1);
    // The form starts afresh, with the home's URN still filled in for the next one.
    expect(await page.getByLabel('Ofsted URN').inputValue()).toBe('SC900101');
    expect(await page.getByLabel('Where it happened').inputValue()).toBe('');

    await context.setOffline(false);
    await waitUntilNotified(page, title(), 'James Whitlock', hearth.gateway.dataDir);

    const documents = uploadedBy(hearth.gateway.dataDir, title(), 'Priya Shah');
    expect(documents).toEqual([
      expect.objectContaining({ child_id: 'child-kofi-mensah', author_name: null }),
    ]);
    const text = await storedPdfText(hearth.gateway.dataDir, documents[0]?.file_sha256 ?? '');
    for (const line of [
      title(),
      "Child's name Kofi Mensah",
      'Mosaic reference number',
      'Home Larchfield House',
      'Ofsted URN SC900101',
      'Address 14 Wren Lane, Sandmere BN12 6RD',
      `Type of event ${POLICE}`,
      'Where The garden gate of the home',
      'Children involved Kofi Mensah; others: A.M.',
      'Staff involved P.S. (Registered Manager)',
      'An adult unknown to the home tried to take Kofi from the gate.',
      'Other organisations told Sussex Police, crime reference 47/2026/1125',
      'Police called; Kofi supported by staff.',
      'Gate lock replaced; safety plan reviewed.',
      'Contact name Priya Shah',
      'Phone or email 01632 960114',
      'Sent within 24 hours Yes: every recipient was told within 24 hours of the event.',
      'Hearth sends it to no one.',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toMatch(
      /HMCI \(Ofsted\) Regulation 40\(4\)\(b\)\. Notified \d\d\/\d\d\/\d{4} at \d\d:\d\d, within 24 hours\. Ofsted online form/,
    );
    expect(text).toMatch(/Each other relevant person Regulation 40\(4\)\(b\)\. Notified /);
    // 001: the social worker was emailed once, without the document.
    const mails = hearth.mailsAbout(KOFI_SOCIAL_WORKER, title());
    expect(mails).toHaveLength(1);
    expect(mails[0]?.raw ?? '').not.toMatch(/%PDF/);
    await expectNoHardCopyToMark(page, hearth.gateway.dataDir, title());
    expect(unexpectedProblems(problems)).toEqual([]);
  });

  test('the update when the child protection enquiry concludes, written offline, quotes the original from the child’s record (40(4)(d)); back online it is on the record once, the worker emailed, no hard copy to mark', async () => {
    const { page, context, problems } = await hearth.signedIn('tom.reilly');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await goTo(page, '#/forms/child-kofi-mensah/regulation-40-update');
    const original = uploadedBy(hearth.gateway.dataDir, title(), 'Priya Shah')[0];
    expect(original).toBeDefined();
    // The child's record lists the original; then the manager works offline.
    const choice = page.getByLabel(title(), { exact: true });
    await choice.waitFor();
    await setOnline(page, context, false);
    await choice.check();
    await page
      .getByLabel('What the enquiry concluded')
      .fill('The enquiry concluded: no further action for Kofi.');
    await page.getByLabel('When the enquiry concluded').fill(await hoursAgo(page, 1));
    for (const label of [
      'Told HMCI (Ofsted)',
      'Told the placing authority',
      'Told each other relevant person',
    ]) {
      await page.getByLabel(label, { exact: true }).check();
    }
    await fillTheRest(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: SAVE }).click();
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();
    const updateTitle = `Kofi Mensah - Regulation 40 notification update: child protection enquiry concluded - ${today()}`;
    expect(uploadedBy(hearth.gateway.dataDir, updateTitle, 'Tom Reilly')).toEqual([]);

    await setOnline(page, context, true);
    await waitUntilNotified(page, updateTitle, 'James Whitlock', hearth.gateway.dataDir);
    expect(hearth.mailsAbout(KOFI_SOCIAL_WORKER, updateTitle)).toHaveLength(1);
    await expectNoHardCopyToMark(page, hearth.gateway.dataDir, updateTitle);
    const [update] = uploadedBy(hearth.gateway.dataDir, updateTitle, 'Tom Reilly');
    const text = await storedPdfText(hearth.gateway.dataDir, update?.file_sha256 ?? '');
    expect(text).toContain(`Original notification ${title()}`);
    expect(text).toContain(`Original date ${today()}`);
    expect(text).toContain(`Original document id ${original?.id ?? 'missing'}`);
    expect(text).toContain('The enquiry concluded: no further action for Kofi.');
    expect(text).toContain('Why it is notifiable Regulation 40(4)(d)');
    expect(unexpectedProblems(problems)).toEqual([]);
  });

  test('a principal worker is told a manager writes it, and where to upload one already made', async () => {
    const { page, problems } = await hearth.signedIn('ellie.watts');
    await goTo(page, '#/forms/child-tyler-obi/regulation-40');
    await page.getByTestId('reg40-refusal').waitFor();
    expect(
      await page.getByRole('link', { name: 'upload it to the child’s record' }).getAttribute('href'),
    ).toBe('#/upload/child-tyler-obi');
    expect(await page.getByRole('button', { name: SAVE }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('the "without delay" clock: due within 24 hours, overdue after, said once to a screen reader and not repeated every minute', async () => {
    const { page, problems } = await hearth.signedIn('priya.shah');
    await goTo(page, '#/forms/child-leo-hartley/regulation-40');
    const when = page.getByLabel('When it happened');
    const text = page.getByTestId('reg40-clock-text');
    const status = page.getByTestId('reg40-clock-status');
    await when.fill(await hoursAgo(page, 23));
    await expect
      .poll(() => text.textContent())
      .toMatch(/^Due now: 23 hours (1 minute )?since the event\. Notify everyone listed by /);
    expect(await status.textContent()).toBe('');
    // The changing clock text is not itself a live region (nor inside one): it would be re-read every minute.
    expect(
      await text.evaluate(
        (el) => el.closest('[aria-live], [role="status"], [role="alert"], [role="log"]') === null,
      ),
    ).toBe(true);

    await when.fill(await hoursAgo(page, 25));
    await expect.poll(() => text.textContent()).toMatch(/Overdue: 1 day 1 hour since the event/);
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toBe(
      'The notification is overdue: more than 24 hours have passed since the event.',
    );
    // Typing elsewhere does not speak it again: the status text stays as it was.
    await page.getByLabel('Where it happened').fill('The lounge');
    expect(await status.textContent()).toBe(
      'The notification is overdue: more than 24 hours have passed since the event.',
    );
    // Corrected to within the 24 hours, the warning goes.
    await when.fill(await hoursAgo(page, 1));
    await expect.poll(() => status.textContent()).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
