// An incident form written in Hearth (issue 5 "Forms Hearth writes"; guidance 001: incident forms
// "with body maps as needed"), in real Chromium against the real gateway and SMTP server: a
// manager writes a Physical Intervention with two body-map marks placed by keyboard alone, offline;
// back online it is on the child's record once, the social worker is emailed, and the PDF the
// gateway stored reads back (pdf.js) with both marks. Every incident form is written offline, and
// none has a hard copy to mark (001). 0 axe violations on the forms screens.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openFileStore } from '../../gateway/files/store.ts';
import { allFields } from '../../shared/forms/form-spec.ts';
import { INCIDENT_FORMS } from '../../shared/forms/incident-forms.ts';
import { pdfText } from '../support/pdf-text.ts';
import { documentsTitled, goTo } from './uploads-session.ts';
import {
  axeViolations,
  expectNoHardCopyToMark,
  liveHearth,
  setOnline,
  unexpectedProblems,
  waitUntilNotified,
} from './support/live-hearth.ts';

const hearth = liveHearth();
const KOFI_SOCIAL_WORKER = 'james.whitlock@council.example';

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function press(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

const field = (page: Page, id: string) => page.locator(`#incident-${id}`);

async function fillDate(page: Page, id: string, [day, month, year]: [string, string, string]) {
  await page.locator(`#${id}-day`).fill(day);
  await page.locator(`#${id}-month`).fill(month);
  await page.locator(`#${id}-year`).fill(year);
}

describe('writing an incident form', () => {
  test('Physical Intervention with a keyboard-placed body map, offline; once on the record, worker emailed, PDF has the marks', async () => {
    const { page, context, problems } = await hearth.signedIn('priya.shah');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

    // From the navigation: "Write a form", the child, then the form (each screen under axe).
    await page
      .getByRole('navigation', { name: 'Records' })
      .getByRole('link', { name: 'Write a form' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Write a form' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('forms-children').getByRole('link', { name: 'Kofi Mensah' }).click();
    await page.getByRole('heading', { level: 1, name: 'Write a form for Kofi Mensah' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // In guidance 001's order: keyworker reports, incident forms, Regulation 40 (issue 5 part B's entries too).
    expect(await page.getByTestId('forms-list').getByRole('link').allTextContents()).toEqual([
      'Keyworker monthly report',
      'Keyworker report for CLA review',
      'Incident form: Safeguarding',
      'Incident form: Missing',
      'Incident form: Physical Intervention',
      'Incident form: Significant Incident',
      'Regulation 40 notification',
      'Regulation 40 update: child protection enquiry concluded',
    ]);
    await page.getByRole('link', { name: 'Incident form: Physical Intervention' }).click();
    await page.getByRole('heading', { level: 1, name: /Incident form: Physical Intervention/ }).waitFor();

    // Offline from here until it is saved.
    await context.setOffline(true);
    await page.getByTestId('form-offline').waitFor();

    // Nothing filled in: the error summary takes focus and lists the first problem first (GOV.UK).
    await page.getByRole('button', { name: 'Save and add to upload queue' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect((await summary.getByRole('link').first().textContent())?.trim()).toBe(
      'Enter the date of the incident',
    );
    expect(await page.title()).toBe('Error: Incident form: Physical Intervention – Hearth');
    expect(await axeViolations(page)).toEqual([]);

    await fillDate(page, 'incident-incident-date', ['20', '11', '2026']);
    await field(page, 'incident-time').fill('19:45');
    await field(page, 'location').fill('The kitchen at Larchfield House');
    await page.getByLabel('To prevent injury to another person').check();
    await field(page, 'de-escalation').fill('Staff spoke calmly, offered space in the garden and a drink.');
    await field(page, 'technique').fill('Two-person escort to the lounge');
    await field(page, 'start-time').fill('19:50');
    await field(page, 'end-time').fill('19:56');
    await field(page, 'staff-involved').fill('Tom Reilly, Assistant Manager; Sam Fletcher, RCCW');
    await field(page, 'effect').fill('Kofi calmed within minutes and sat with staff.');
    await page.locator('#incident-debrief').check();
    await field(page, 'account').fill('Kofi threw a chair towards another young person.');
    await field(page, 'child-views').fill('Kofi said he was angry about his phone being taken.');
    await field(page, 'staff-present').fill('Tom Reilly, Sam Fletcher');
    await page.locator('#incident-injuries').check();
    await field(page, 'injury-details').fill(
      'A bruise on Kofi’s arm and a carpet burn on his back. First aid given.',
    );
    await field(page, 'action-taken').fill('Kofi was supported to calm down and checked for injuries.');
    await field(page, 'people-told').fill('Manager on call at 20:05.');
    await field(page, 'next-steps').fill('Talk with Kofi about his phone agreement tomorrow.');

    // The body map: a new chart, marks placed with the keyboard alone.
    await page.getByRole('button', { name: 'Add a body map' }).click();
    await fillDate(page, 'body-map-observed-on', ['20', '11', '2026']);
    await page.locator('#body-map-observed-at').fill('20:10');
    expect(await page.locator('#body-map-recorder-name').inputValue()).toBe('Priya Shah');
    await page.locator('#body-map-recorder-role').focus();
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('body-map-front');
    // Focus is visible as GOV.UK draws it: the yellow ring (WCAG 2.4.7).
    expect(
      await page.evaluate(
        () => document.activeElement && getComputedStyle(document.activeElement).outlineColor,
      ),
    ).toBe('rgb(255, 221, 0)');
    await page.getByTestId('body-map-front-crosshair').waitFor();
    await press(page, 'ArrowLeft', 15); // x 0.50 → 0.20
    await press(page, 'ArrowDown', 10); // y 0.25 → 0.45
    await page.keyboard.press('Enter');
    const status = page.getByTestId('body-map-status');
    await expect
      .poll(() => status.textContent())
      .toBe("Mark 1 placed on the front, child's right forearm. Fill in its details below the outlines.");
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('body-map-back');
    await page.keyboard.press('Shift+ArrowRight'); // x 0.50 → 0.60
    await press(page, 'ArrowDown', 5); // y 0.25 → 0.35
    await page.keyboard.press('Enter');
    await expect
      .poll(() => status.textContent())
      .toBe("Mark 2 placed on the back, upper back, child's right. Fill in its details below the outlines.");
    expect(await page.locator('[data-mark]').count()).toBe(2);
    // A third mark placed by mistake is removed again, by keyboard; the list says so.
    await page.keyboard.press('Enter');
    await page.getByTestId('mark-3').waitFor();
    await page.getByRole('button', { name: 'Remove mark 3' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => status.textContent())
      .toBe('Mark 3 removed. The marks after it are numbered again.');
    expect(await page.locator('[data-mark]').count()).toBe(2);
    expect(await page.getByTestId('mark-3').count()).toBe(0);
    // With the body map open and marks placed.
    expect(await axeViolations(page)).toEqual([]);

    const mark1 = page.getByTestId('mark-1');
    await mark1.getByLabel('Type of mark').selectOption({ label: 'Bruise' });
    await mark1.getByLabel('Size in centimetres').fill('3');
    await mark1.getByLabel('Colour', { exact: true }).fill('Red turning purple');
    const answer = (mark: typeof mark1, question: string, choice: 'Yes' | 'No') =>
      mark.getByRole('group', { name: question }).getByLabel(choice, { exact: true }).check();
    await answer(mark1, 'Is the skin broken?', 'No');
    await answer(mark1, 'Is there swelling?', 'Yes');
    await answer(mark1, 'Is it bleeding?', 'No');
    await mark1
      .getByLabel('The child’s explanation (optional)')
      .fill('Kofi said it happened as he pulled away.');
    await mark1.getByLabel('Witness (optional)').fill('Tom Reilly saw the escort.');
    const mark2 = page.getByTestId('mark-2');
    await mark2.getByLabel('Type of mark').selectOption({ label: 'Other' });
    await mark2.getByLabel('What kind of mark').fill('Carpet burn');
    await mark2.getByLabel('Size in centimetres').fill('4.5');
    await mark2.getByLabel('Colour', { exact: true }).fill('Pink');
    await answer(mark2, 'Is the skin broken?', 'Yes');
    await answer(mark2, 'Is there swelling?', 'No');
    await answer(mark2, 'Is it bleeding?', 'No');

    await fillDate(page, 'form-date', ['20', '11', '2026']);
    await page.getByLabel('No, I wrote it').check();
    const title = 'Kofi Mensah - Incident form: Physical Intervention - 20/11/2026';
    expect(await page.getByTestId('form-attribution').textContent()).toContain(
      `It will be filed as: ${title}`,
    );
    await page.getByRole('button', { name: 'Save and add to upload queue' }).click();
    const saved = page.getByTestId('upload-saved');
    await saved.getByText('Saved on this computer').waitFor();
    expect(await saved.getByRole('listitem').allTextContents()).toEqual([title]);
    expect(documentsTitled(hearth.gateway.dataDir, title)).toEqual([]);

    // Back online: the sync engine sends it; the council has it once and the worker is told.
    await setOnline(page, context, true);
    await waitUntilNotified(page, title, 'James Whitlock', hearth.gateway.dataDir);
    const documents = documentsTitled(hearth.gateway.dataDir, title);
    expect(documents).toEqual([
      expect.objectContaining({
        child_id: 'child-kofi-mensah',
        uploader_name: 'Priya Shah',
        uploader_role: 'Registered Manager',
        author_name: null,
      }),
    ]);
    const mails = hearth.mailsAbout(KOFI_SOCIAL_WORKER, title);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.raw ?? '').not.toMatch(/attachment|%PDF/i);

    // The stored PDF, read back as its reader will: title, child and Mosaic number, both marks.
    const [stored] = documents;
    if (!stored) throw new Error('no document');
    await expectNoHardCopyToMark(page, hearth.gateway.dataDir, title);
    const read = await pdfText(await openFileStore(hearth.gateway.dataDir).read(stored.file_sha256));
    const text = read.text.replace(/\s+/g, ' ');
    expect(read.pages[0]?.[0]).toBe(title);
    expect(text).toContain('Mosaic reference number 4107732');
    expect(text).toContain('Reason for the intervention To prevent injury to another person');
    expect(text).toContain('Duration of the hold 6 minutes');
    expect(text).toContain('Date and time observed 20/11/2026 at 20:10');
    expect(text).toContain(
      "Body map mark 1: Bruise Where Front, child's right forearm Type Bruise Size 3 cm Colour Red turning purple",
    );
    expect(text).toContain("Child's explanation Kofi said it happened as he pulled away.");
    expect(text).toContain(
      "Body map mark 2: Other: Carpet burn Where Back, upper back, child's right Type Other: Carpet burn Size 4.5 cm Colour Pink",
    );
    expect(text).toContain('Skin broken No Swelling Yes Bleeding No');
    expect(text).toContain('Skin broken Yes Swelling No Bleeding No');
    read.pages.forEach((lines, i) =>
      expect(lines.at(-1)).toBe(
        `Page ${i + 1} of ${read.pages.length} Kofi Mensah · Mosaic ref. 4107732 OFFICIAL-SENSITIVE`,
      ),
    );
    // Chromium logs each request refused while offline; those are the point of this test, not faults.
    expect(unexpectedProblems(problems)).toEqual([]);
    // Keyboard placing of two marks, offline and back, then reading the PDF: longer than most.
  }, 120_000);

  test('a Missing form written offline on behalf of a colleague: back online on the record once, the worker emailed, no hard copy to mark; the record and the PDF say on whose behalf (000)', async () => {
    const { page, context, problems } = await hearth.signedIn('tom.reilly');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    // From the child's record: "Write a form for …".
    await goTo(page, '#/children/child-kofi-mensah');
    await page.getByRole('link', { name: 'Write a form for Kofi Mensah' }).click();
    await page.getByRole('link', { name: 'Incident form: Missing' }).click();
    await page.getByRole('heading', { level: 1, name: /Incident form: Missing/ }).waitFor();
    await setOnline(page, context, false);

    await fillDate(page, 'incident-incident-date', ['21', '11', '2026']);
    await field(page, 'incident-time').fill('2230');
    await field(page, 'location').fill('Larchfield House');
    await fillDate(page, 'incident-last-seen-date', ['21', '11', '2026']);
    await field(page, 'last-seen-time').fill('22:15');
    await field(page, 'last-seen-where').fill('His bedroom');
    await field(page, 'description').fill('Grey hoodie, black joggers, white trainers.');
    await page.getByLabel('Medium').check();
    await field(page, 'searches').fill('Garden and street searched; friends called.');
    await page.locator('#incident-police-told').check(); // Yes
    await field(page, 'police-reference').fill('SXP-20261121-0457');
    await page.locator('#incident-returned-no').check();
    expect(await field(page, 'return-date-day').count()).toBe(0); // asked only after "Yes"
    await field(page, 'account').fill('Kofi was not in his room at the 22:30 check.');
    await field(page, 'child-views').fill('Not yet known: Kofi has not come back.');
    await field(page, 'staff-present').fill('Sam Fletcher, RCCW');
    await page.locator('#incident-injuries-no').check();
    await field(page, 'action-taken').fill('Reported missing to the police at 22:50.');
    await field(page, 'people-told').fill('Police at 22:50; Emergency Duty Team at 23:00.');
    await field(page, 'next-steps').fill('Hourly checks; return interview to be offered.');
    await fillDate(page, 'form-date', ['21', '11', '2026']);
    await page.locator('#form-on-behalf').check(); // Did someone else write this form? Yes
    await page.getByLabel('Their full name').fill('Sam Fletcher');
    await page.getByLabel('Their role').fill('Residential Child Care Worker');
    expect(await page.getByTestId('form-attribution').textContent()).toContain(
      'Uploaded by Tom Reilly, Assistant Manager, on behalf of Sam Fletcher, Residential Child Care Worker.',
    );
    await page.getByRole('button', { name: 'Save and add to upload queue' }).click();
    const title = 'Kofi Mensah - Incident form: Missing - 21/11/2026';
    await page.getByTestId('upload-saved').getByText(title).waitFor();
    expect(documentsTitled(hearth.gateway.dataDir, title)).toEqual([]);

    await setOnline(page, context, true);
    await waitUntilNotified(page, title, 'James Whitlock', hearth.gateway.dataDir);
    expect(hearth.mailsAbout(KOFI_SOCIAL_WORKER, title)).toHaveLength(1);
    await expectNoHardCopyToMark(page, hearth.gateway.dataDir, title);
    const documents = documentsTitled(hearth.gateway.dataDir, title);
    expect(documents).toEqual([
      expect.objectContaining({
        uploader_name: 'Tom Reilly',
        author_name: 'Sam Fletcher',
        author_role: 'Residential Child Care Worker',
      }),
    ]);
    const read = await pdfText(
      await openFileStore(hearth.gateway.dataDir).read(documents[0]?.file_sha256 ?? ''),
    );
    const text = read.text.replace(/\s+/g, ' ');
    expect(text).toContain(
      'Uploaded by Tom Reilly, Assistant Manager, on behalf of Sam Fletcher, Residential Child Care Worker',
    );
    expect(text).toContain('Police reference number SXP-20261121-0457');
    expect(text).toContain('Time of the incident 22:30');
    expect(text).not.toContain('Date returned');
    expect(unexpectedProblems(problems)).toEqual([]);
  });

  test.each(['incident-safeguarding', 'incident-significant'] as const)(
    '%s: every question answered offline, then on the record once, the worker told, every answer in the PDF',
    async (type) => {
      const spec = INCIDENT_FORMS[type];
      const { page, context, problems } = await hearth.signedIn('priya.shah');
      await goTo(page, `#/forms/child-kofi-mensah/${type}`);
      await page.getByRole('heading', { level: 1, name: new RegExp(spec.label) }).waitFor();
      await context.setOffline(true);
      await page.getByTestId('form-offline').waitFor();

      // Each question as a person answers it: the first choice, "Yes" (so follow-up questions are
      // asked too), and words that say which question they answer.
      const answered: { label: string; shown: string }[] = [];
      for (const f of allFields(spec.parts)) {
        if (f.kind === 'date') {
          await fillDate(page, `incident-${f.id}`, ['19', '11', '2026']);
          answered.push({ label: f.label, shown: '19/11/2026' });
        } else if (f.kind === 'time') {
          await field(page, f.id).fill('18:30');
          answered.push({ label: f.label, shown: '18:30' });
        } else if (f.kind === 'yes-no' || f.kind === 'choice') {
          await field(page, f.id).check(); // the first option: "Yes", or the first choice
          answered.push({
            label: f.label,
            shown: f.kind === 'yes-no' ? 'Yes' : (f.options?.[0]?.label ?? ''),
          });
        } else {
          await field(page, f.id).fill(`Answer to: ${f.id}.`);
          answered.push({ label: f.label, shown: `Answer to: ${f.id}.` });
        }
      }
      await fillDate(page, 'form-date', ['19', '11', '2026']);
      await page.getByLabel('No, I wrote it').check();
      await page.getByRole('button', { name: 'Save and add to upload queue' }).click();
      const title = `Kofi Mensah - ${spec.label} - 19/11/2026`;
      await page.getByTestId('upload-saved').getByText(title).waitFor();

      await setOnline(page, context, true);
      await waitUntilNotified(page, title, 'James Whitlock', hearth.gateway.dataDir);
      expect(hearth.mailsAbout(KOFI_SOCIAL_WORKER, title)).toHaveLength(1);
      await expectNoHardCopyToMark(page, hearth.gateway.dataDir, title);
      const documents = documentsTitled(hearth.gateway.dataDir, title);
      const read = await pdfText(
        await openFileStore(hearth.gateway.dataDir).read(documents[0]?.file_sha256 ?? ''),
      );
      const text = read.text.replace(/\s+/g, ' ');
      for (const { label, shown } of answered) expect(text).toContain(`${label} ${shown}`);
      expect(unexpectedProblems(problems)).toEqual([]);
    },
  );

  test('staff who may not upload are not offered forms, and are told why at a form’s address (001)', async () => {
    const { page, problems } = await hearth.signedIn('sam.fletcher');
    const nav = page.getByRole('navigation', { name: 'Records' });
    await nav.getByRole('link', { name: /^Children in/ }).waitFor();
    expect(await nav.getByRole('link', { name: 'Write a form' }).count()).toBe(0);
    await goTo(page, '#/forms/child-kofi-mensah/incident-physical-intervention');
    await page.getByRole('heading', { level: 1, name: 'You cannot upload documents' }).waitFor();
    expect(await page.locator('form').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
