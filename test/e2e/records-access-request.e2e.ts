// Asking for access to a restricted record, end to end (002 §6.2: "To request access to restricted
// files, users will need to ... [provide] the reason why they need access"): in real Chromium
// against the real gateway, real SQLite and a real SMTP server. Marcus Hill (Harbour View, read
// only with the 2 modules) opens Tyler Obi, the demo's restricted child; an empty reason shows the
// GOV.UK error summary with the focus; a reason sends the request ("pending", also offline from the
// saved copy); Carla Mendes, Tyler's social worker, is emailed; the council grants it over HTTP;
// the next reading shows Marcus the full record, and he opens a document in the viewer (served to
// him alone, audited, not saved on the computer). Keyboard only on the form; 0 axe violations
// (WCAG 2.2 AA) at each state.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { DATABASE_FILE } from '../../gateway/db/connection.ts';
import { CouncilAccessRequestList } from '../../shared/api/access-requests.ts';
import { rowOf, savedRows } from './downloads-session.ts';
import { goTo } from './uploads-session.ts';
import {
  axeViolations,
  focusedText,
  liveHearth,
  setOnline,
  unexpectedProblems,
} from './support/live-hearth.ts';
import { DEMO_PASSWORD, gatewayAudit, submitCredentials } from './support/signed-in.ts';

const COUNCIL_TOKEN = 'council-e2e-token-0123456789abcdef0123456789abcdef';
const hearth = liveHearth({ HEARTH_COUNCIL_API_TOKEN: COUNCIL_TOKEN });
const TYLER = '#/children/child-tyler-obi';
const REASON = 'I am Tyler’s new key worker and need his safety plan before his review on Friday.';

/** Presses Tab until the focused element's text starts with `text`, as a person would. */
async function tabTo(page: Page, text: string, most = 60): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)).startsWith(text)) return;
  }
  throw new Error(`Tab never reached ${text}; focus ended on ${await focusedText(page)}`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Reloads and signs in (or unlocks, offline) as Marcus again: what the app shows is read afresh. */
async function reloadAs(page: Page, unlock: boolean): Promise<void> {
  await page.reload();
  await page
    .getByRole('heading', { level: 1, name: unlock ? 'Unlock Hearth' : 'Sign in to Hearth' })
    .waitFor({ timeout: 40_000 });
  await submitCredentials(page, 'marcus.hill', DEMO_PASSWORD, unlock ? 'Unlock' : 'Sign in');
  await page.getByTestId('signed-in-as').getByText('Marcus Hill').waitFor();
}

/** Tyler's care plan as the gateway holds it: the ground truth for its title and id. */
function tylersCarePlan(): { id: string; title: string } {
  const db = new Database(join(hearth.gateway.dataDir, DATABASE_FILE), { readonly: true });
  try {
    const row: unknown = db
      .prepare('select id, title from documents where child_id = ? and type = ?')
      .get('child-tyler-obi', 'cla-care-plan');
    return z.object({ id: z.string(), title: z.string() }).parse(row);
  } finally {
    db.close();
  }
}

async function council(path: string, body?: unknown) {
  const response = await fetch(`${hearth.gateway.url}/api/v1/council/access-requests${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${COUNCIL_TOKEN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('asking for access to a restricted record (002 §6.2)', () => {
  test('002 §6.2: ask with a reason, see it pending, the social worker is emailed, the council grants, the full record shows', async () => {
    const { page, context, problems } = await hearth.signedIn('marcus.hill');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await goTo(page, TYLER);
    const form = page.getByTestId('access-request-form');
    await form.waitFor();
    expect(await page.getByTestId('person-summary').locator('dd').allTextContents()).toEqual([
      'Tyler Obi',
      '4388120',
      'Carla Mendes',
      'Children We Care For Team (South)',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // Empty: the error summary takes the focus and its link leads to the field.
    await tabTo(page, 'Ask for access');
    await page.keyboard.press('Enter');
    await page.locator('.govuk-error-summary').waitFor();
    expect(await focusedText(page)).toMatch(/^There is a problem ?Enter why you need access to this record/);
    expect(await page.locator('#access-reason-error').textContent()).toContain('Enter why you need access');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('access-reason');

    // A reason, typed and sent by keyboard.
    await page.keyboard.type(REASON);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Ask for access');
    await page.keyboard.press('Enter');
    await page.getByTestId('access-request-sent').waitFor();
    expect(await focusedText(page)).toContain('Your request for access has been sent');
    const status = page.getByTestId('access-request-status');
    expect(await status.getAttribute('data-state')).toBe('pending');
    expect(await status.textContent()).toContain('Waiting for a decision');
    expect(await form.count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // The social worker is told who asked, for which child, and why; nothing of the record.
    await expect
      .poll(() => hearth.mailsTo('carla.mendes@council.example').length, { timeout: 20_000 })
      .toBe(1);
    const [mail] = hearth.mailsTo('carla.mendes@council.example');
    expect(mail?.text).toContain('Marcus Hill');
    expect(mail?.text).toContain('Tyler Obi (Mosaic ref. 4388120)');
    expect(mail?.text).toContain(REASON);
    for (const content of ['2011-08-03', '3 August 2011', 'C2 Full care order'])
      expect(mail?.text).not.toContain(content);

    // Read again without a network: "pending" comes from the saved copy, and no form is offered.
    await setOnline(page, context, false);
    await reloadAs(page, true);
    await goTo(page, TYLER);
    await status.waitFor();
    expect(await status.getAttribute('data-state')).toBe('pending');
    expect(await page.getByTestId('last-updated').innerText()).toContain('Saved copy');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await context.setOffline(false);

    // The council grants it through its service API.
    const pending = CouncilAccessRequestList.parse((await council('')).body).requests;
    const request = pending.find(
      (r) => r.child.id === 'child-tyler-obi' && r.requester.name === 'Marcus Hill',
    );
    expect(request?.reason).toBe(REASON);
    const decided = await council(`/${request?.id ?? ''}/decision`, {
      decision: 'granted',
      decidedBy: 'Jo Quinn, Mosaic Support',
      note: 'For the review on Friday.',
    });
    expect(decided.status).toBe(200);

    // The next reading shows Marcus the full record, and says until when.
    await reloadAs(page, false);
    await goTo(page, TYLER);
    await page.getByTestId('access-granted').waitFor();
    expect(await page.getByTestId('access-granted').textContent()).toContain('Jo Quinn, Mosaic Support');
    const rows = await page.getByTestId('person-summary').locator('dt').allTextContents();
    expect(rows).toContain('Date of birth');
    expect(await page.getByTestId('person-summary').textContent()).toContain('3 August 2011');
    expect(await page.getByRole('link', { name: 'Case notes' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // 002 §6.2: with the grant, Marcus opens one of Tyler's documents in the read-only viewer. The
    // gateway serves it to him and audits the view with the grant; nothing of it is saved on this
    // computer (another person of the home may sign in on it).
    await goTo(page, `${TYLER}/documents`);
    await page.getByTestId('documents-table').waitFor();
    const plan = tylersCarePlan();
    const keptBefore = await savedRows(page);
    await rowOf(page, plan.title)
      .getByRole('button', { name: `View ${plan.title}`, exact: true })
      .click();
    const viewer = page.getByTestId('document-viewer');
    await viewer.getByTestId('viewer-page').first().waitFor();
    expect(await viewer.getByTestId('viewer-page').first().textContent()).toContain(
      'Mosaic reference number: 4388120',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await savedRows(page)).toBe(keptBefore);
    expect(gatewayAudit(hearth.gateway.dataDir)).toContainEqual(
      expect.objectContaining({
        action: 'view-document',
        child_id: 'child-tyler-obi',
        detail: `${plan.id} restricted: by access request ${request?.id ?? ''}`,
        source: 'gateway',
      }),
    );
    expect(unexpectedProblems(problems)).toEqual([]);
    await context.close();
    // Long: sign-in three times, an offline reload, pdf.js and five axe scans on a shared 2-core machine.
  }, 300_000);
});
