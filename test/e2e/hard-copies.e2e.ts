// Hard copies in real Chromium against the real gateway and a real SMTP server (guidance 001: "Hard
// copies of the document held within the children's home that have been added to Mosaic must have a
// written note on them detailing when it was uploaded"; DOMAIN.md "Uploads": Hearth says exactly what
// to write, prints it as a label, and tracks which hard copies are still unmarked). Keyboard only
// once the document is queued; 0 axe violations (WCAG 2.2 AA).
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { DATABASE_FILE } from '../../gateway/db/connection.ts';
import { hardCopyNote } from '../../shared/domain/hard-copy.ts';
import { pdfText } from '../support/pdf-text.ts';
import { auditChainVerdicts } from './support/audit-chains.ts';
import { gatewayAudit } from './support/signed-in.ts';
import { fillUploadForm, fixture, goTo, signInAs } from './uploads-session.ts';
import { axeViolations, focusedText, liveHearth, unexpectedProblems } from './support/live-hearth.ts';

const hearth = liveHearth();

/** Presses Tab until the focused control's text starts with `text`, as a person would. */
async function tabTo(page: Page, text: string | RegExp, most = 60): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focusedText(page);
    if (typeof text === 'string' ? now.startsWith(text) : text.test(now)) return;
  }
  throw new Error(`Tab never reached ${String(text)}; focus ended on ${await focusedText(page)}`);
}

const DocumentRow = z.object({ id: z.string(), recorded_at: z.string() });
const HardCopyRow = z.object({
  state: z.string(),
  marked_by_name: z.string().nullable(),
  marked_at: z.string().nullable(),
});

function gatewayRows(title: string) {
  const db = new Database(join(hearth.gateway.dataDir, DATABASE_FILE), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    const document = DocumentRow.parse(
      db.prepare('select id, recorded_at from documents where title = ?').get(title),
    );
    const hardCopy = HardCopyRow.parse(
      db
        .prepare('select state, marked_by_name, marked_at from hard_copies where document_id = ?')
        .get(document.id),
    );
    return { document, hardCopy };
  } finally {
    db.close();
  }
}

/** The outbox id the device sent the document titled `title` under. */
function outboxIdOf(title: string): string {
  const db = new Database(join(hearth.gateway.dataDir, DATABASE_FILE), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    return z
      .object({ outbox_id: z.string() })
      .parse(db.prepare('select outbox_id from documents where title = ?').get(title)).outbox_id;
  } finally {
    db.close();
  }
}

/** Every Blob the page turns into a URL, kept so the test can read the label the app made. */
async function recordBlobs(page: Page) {
  await page.context().addInitScript(() => {
    const made: Record<string, Blob> = {};
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = original(blob);
      if (blob instanceof Blob) made[url] = blob;
      return url;
    };
    Reflect.set(window, '__hearthBlobs', made);
  });
}

const blobBytes = async (page: Page, url: string) =>
  new Uint8Array(
    await page.evaluate(async (u) => {
      const made: unknown = Reflect.get(window, '__hearthBlobs');
      const blob = made && typeof made === 'object' ? Reflect.get(made, u) : null;
      if (!(blob instanceof Blob)) throw new Error(`no blob made for ${u}`);
      return [...new Uint8Array(await blob.arrayBuffer())];
    }, url),
  );

const report = fixture('keyworker-report.pdf');

describe('hard copies to mark', () => {
  test('001: after upload the queue and the screen say exactly what to write; the label carries it; marking takes it off the list', async () => {
    const { page, context, problems } = await hearth.open();
    await recordBlobs(page);
    await page.reload();
    await signInAs(page, 'priya.shah');
    const nav = page.getByRole('navigation', { name: 'Records' });
    await nav.getByRole('link', { name: 'Hard copies to mark (0)' }).waitFor();

    await goTo(page, '#/upload/child-leo-hartley');
    await fillUploadForm(page, {
      child: 'Leo Hartley',
      files: [report],
      type: 'Keyworker monthly report',
      day: '31',
      month: '10',
      year: '2026',
      description: 'Keyworker monthly report October',
      onBehalfOf: { name: 'Dan Ellis', role: 'Residential Child Care Worker' },
    });
    const title = 'Leo Hartley - Keyworker monthly report October - 31/10/2026';
    await page.getByRole('button', { name: 'Add to upload queue' }).click();
    await page.getByTestId('upload-saved').getByText('Saved on this computer').waitFor();

    // The queue: once the council has it, the received item says what to write.
    await goTo(page, '#/queue');
    const item = page.getByTestId('queue-item').filter({ hasText: title });
    await item.getByTestId('queue-item-hard-copy').waitFor({ timeout: 30_000 });
    const recorded = gatewayRows(title).document;
    // England's time of the gateway's record, and the uploader's name (the shared rule, tested alone).
    const note = hardCopyNote({ recordedAt: recorded.recorded_at, uploaderName: 'Priya Shah' });
    expect(note).toMatch(/^Uploaded to Mosaic on \d\d\/\d\d\/\d{4} at \d\d:\d\d by Priya Shah$/);
    expect(await item.getByTestId('queue-item-hard-copy').textContent()).toBe(note);

    // The navigation's count followed the queue; from here on, the keyboard alone.
    await nav.getByRole('link', { name: 'Hard copies to mark (1)' }).waitFor({ timeout: 15_000 });
    await page.evaluate(() =>
      document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null,
    );
    await tabTo(page, 'Hard copies to mark (1)');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Hard copies to mark' }).waitFor();
    const card = page.getByTestId('hard-copy').filter({ hasText: title });
    expect(await card.getByTestId('hard-copy-note').textContent()).toBe(note);
    expect(await card.textContent()).toContain('Leo Hartley (Mosaic ref. 4021876)');
    expect(await axeViolations(page)).toEqual([]);

    // "Print label": a PDF opened for printing, whose real text (pdf.js) is the note, the title and the Mosaic number.
    await tabTo(page, `Print label for ${title}`);
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
    const labelUrl = popup.url().startsWith('blob:')
      ? popup.url()
      : await page.evaluate(() => Object.keys(Reflect.get(window, '__hearthBlobs') ?? {}).at(-1) ?? '');
    const pages = (await pdfText(await blobBytes(page, labelUrl))).pageTexts;
    expect(pages).toHaveLength(1);
    const label = (pages[0] ?? '').replace(/\s+/g, ' ');
    expect(label).toContain(note);
    expect(label).toContain(title);
    expect(label).toContain('Mosaic ref. 4021876');
    await popup.close();

    // Issue 7 (DOMAIN.md "Audit"): the upload's journey and the print reach the gateway's audit,
    // against Priya and Leo: queued on the device, received and notified at the gateway, printed.
    const outboxId = outboxIdOf(title);
    const trail = () =>
      gatewayAudit(hearth.gateway.dataDir)
        .filter((r) => r.staff_id === 'staff-priya-shah' && r.child_id === 'child-leo-hartley')
        .filter((r) => ['upload-queued', 'upload', 'upload-notified', 'print'].includes(r.action))
        .map((r) => `${r.source} ${r.action} ${r.detail ?? '-'}`)
        .sort();
    await expect
      .poll(trail, { timeout: 15_000 })
      .toEqual([
        `device print ${recorded.id} hard-copy label`,
        `device upload-queued ${outboxId} keyworker-monthly-report`,
        `gateway upload ${recorded.id} keyworker-monthly-report`,
        `gateway upload-notified ${recorded.id} to the social worker Nadia Rahman`,
      ]);
    expect(await auditChainVerdicts(hearth.gateway.dataDir)).toEqual(['ok', 'ok']);

    // Offline the list is read from the copy saved on this computer; marking waits for a connection.
    await page.bringToFront();
    // The app's files kept first, as a person's Hearth has them: the queue screen is first opened offline.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await context.setOffline(true);
    await goTo(page, '#/queue');
    await goTo(page, '#/hard-copies');
    await page.getByTestId('last-updated').waitFor();
    expect(await card.getByTestId('hard-copy-note').textContent()).toBe(note);
    // aria-disabled, yet still reachable and answering, as GOV.UK advises for a button that cannot act now.
    await tabTo(page, `I have marked the hard copy of ${title}`);
    await page.keyboard.press('Enter');
    await page
      .getByTestId('queue-notice')
      .getByText(/Marking is recorded by the council’s system/)
      .waitFor();
    expect(gatewayRows(title).hardCopy.state).toBe('to-mark');
    await context.setOffline(false);
    await goTo(page, '#/queue');
    await goTo(page, '#/hard-copies');
    await page.getByRole('heading', { level: 1, name: 'Hard copies to mark' }).waitFor();
    await expect.poll(() => page.getByTestId('last-updated').count()).toBe(0);

    // "I have marked the hard copy", confirmed; "No, not yet" first, which changes nothing.
    await page.evaluate(() =>
      document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null,
    );
    await tabTo(page, `I have marked the hard copy of ${title}`);
    await page.keyboard.press('Enter');
    const question = page.getByTestId('confirm-marked');
    await question.waitFor();
    expect(await focusedText(page)).toBe(`Have you written “${note}” on the hard copy of “${title}”?`);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, 'No, not yet');
    await page.keyboard.press('Enter');
    expect(await focusedText(page)).toBe(`I have marked the hard copy of ${title}`);
    expect(gatewayRows(title).hardCopy.state).toBe('to-mark');

    await page.keyboard.press('Enter');
    await question.waitFor();
    await tabTo(page, 'Yes, the hard copy is marked');
    await page.keyboard.press('Enter');
    const notice = page.getByTestId('queue-notice');
    await notice.getByText(`The hard copy of “${title}” is recorded as marked.`).waitFor();
    await page.getByTestId('hard-copies-empty').waitFor();
    await nav.getByRole('link', { name: 'Hard copies to mark (0)' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The gateway recorded who marked it and when.
    const marked = gatewayRows(title).hardCopy;
    expect(marked).toMatchObject({ state: 'marked', marked_by_name: 'Priya Shah' });
    expect(Date.parse(marked.marked_at ?? '')).toBeGreaterThanOrEqual(Date.parse(recorded.recorded_at));

    // 000: the child's documents say who uploaded it, on whose behalf.
    await goTo(page, '#/children/child-leo-hartley/documents');
    const row = page.getByRole('row').filter({ hasText: title });
    expect(await row.getByTestId('document-attribution').textContent()).toBe(
      'Uploaded by Priya Shah, Registered Manager, on behalf of Dan Ellis, Residential Child Care Worker',
    );
    expect(await axeViolations(page)).toEqual([]);
    // The requests refused while offline are expected; nothing else may have gone wrong.
    expect(unexpectedProblems(problems)).toEqual([]);
    await context.close();
    // A long journey (upload, queue, offline and back, marking): more than the default on a busy machine.
  }, 120_000);

  test('001: read-only staff have no hard copies link, and the screen tells them who marks hard copies', async () => {
    const { page, context } = await hearth.signedIn('sam.fletcher');
    const nav = page.getByRole('navigation', { name: 'Records' });
    await nav.getByRole('link', { name: 'Upload queue' }).waitFor();
    expect(await nav.getByRole('link', { name: /Hard copies/ }).count()).toBe(0);
    await goTo(page, '#/hard-copies');
    await page.getByText(/mark their hard copies \(guidance 001\)/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
