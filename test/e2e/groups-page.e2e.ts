// The sibling group page (004 "Group Summary Tab layout"), reached from the child's summary, in
// real Chromium against the real gateway: members, addresses, professional relationships, group
// documents and group case notes, showing ONLY the members placed in the reader's home (DOMAIN.md
// "Access": Yaw, placed at Harbour View, does not exist at Larchfield House); the group marker on
// a member's documents; readable offline from the saved copy; 0 axe violations (WCAG 2.2 AA).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { DEMO_PASSWORD, submitCredentials } from './support/signed-in.ts';
import { axeViolations, keyboardWalk, openSignedIn } from './records-session.ts';

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

const cells = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()).join(' | ')),
    );

async function openGroupFromKofi(page: Page) {
  await page.getByRole('link', { name: 'Kofi Mensah' }).click();
  await page.getByTestId('person-summary').waitFor();
  await page.getByTestId('group-page-link').click();
  await page.getByTestId('group-page').waitFor();
}

describe('the sibling group page', () => {
  test('Larchfield House sees Kofi, Efua and Ama, their address, relationships, documents and notes, and nothing of Yaw', async () => {
    const { context, page, problems } = await openSignedIn(browser, gateway.url, 'priya.shah');
    await openGroupFromKofi(page);
    expect(await page.title()).toBe('Sibling group – Hearth');
    expect(await page.getByTestId('group-name').textContent()).toBe('Mensah, Mensah-Clarke BN12 6RD');
    expect(await cells(page, 'group-members')).toEqual([
      'Kofi Mensah | 4107732 | 22 July 2010 | 12 February 2024',
      'Efua Mensah | 4107761 | 3 October 2011 | 12 February 2024',
      'Ama Mensah-Clarke | 4107745 | 5 January 2013 | 12 February 2024',
    ]);
    expect(await page.getByTestId('group-addresses').innerText()).toBe(
      '27 Ferring Grove, Sandmere, BN12 6RD (Kofi Mensah, Efua Mensah, Ama Mensah-Clarke)',
    );
    expect(await cells(page, 'group-professionals')).toEqual([
      'Priti Anand | Designated teacher | Sandmere Academy | 01632 960203 | Kofi Mensah',
      'Dr Helen Marsh | GP | Sandmere Medical Centre | 01632 960201 | All members',
      'Gwen Talbot | Independent Reviewing Officer | Children’s Services | 01632 960202 | All members',
    ]);
    const documents = await cells(page, 'group-documents');
    expect(documents).toHaveLength(2);
    expect(documents[0]).toMatch(/Brothers’ weekend contact plan .* \| Kofi Mensah$/);
    expect(documents[1]).toMatch(
      /Sibling contact support plan .* \| (Kofi Mensah, Ama Mensah-Clarke|Ama Mensah-Clarke, Kofi Mensah)$/,
    );
    const notes = await page.getByTestId('group-case-notes').innerText();
    expect(notes).toContain('For Ama Mensah-Clarke.');
    // The sibling placed at Harbour View leaves no trace: not his name, his number or his worker.
    const text = await page.locator('main').innerText();
    for (const trace of ['Yaw', '4107758', 'Owen Gale', 'CAMHS']) expect(text).not.toContain(trace);
    expect(await axeViolations(page)).toEqual([]);
    const walk = await keyboardWalk(page);
    expect(walk.unreached).toEqual([]);
    expect(walk.invisible).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test("004: a group document carries the group marker on the member's own documents", async () => {
    const { context, page } = await openSignedIn(browser, gateway.url, 'priya.shah');
    await page.getByRole('link', { name: 'Ama Mensah-Clarke' }).click();
    await page.getByTestId('person-summary').waitFor();
    await page.getByRole('link', { name: 'Documents' }).click();
    await page.getByTestId('documents-table').waitFor();
    const marked = page
      .getByTestId('documents-table')
      .locator('tr', { has: page.getByTestId('group-marker') });
    expect(await marked.count()).toBe(1); // Ama's copy of the support plan; the brothers' plan is not hers
    expect(await marked.first().innerText()).toContain('Sibling contact support plan');
    expect(await marked.first().getByTestId('group-marker').textContent()).toBe(
      'Group document: Mensah, Mensah-Clarke BN12 6RD',
    );
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('the group page saved online reads back offline', async () => {
    const { context, page } = await openSignedIn(browser, gateway.url, 'priya.shah');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await openGroupFromKofi(page);
    const hash = await page.evaluate(() => window.location.hash);
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Unlock Hearth' }).waitFor();
    await submitCredentials(page, 'priya.shah', DEMO_PASSWORD, 'Unlock');
    await page.getByTestId('signed-in-as').getByText('Priya Shah').waitFor();
    await page.evaluate((h) => (window.location.hash = h), hash);
    await page.getByTestId('group-page').waitFor();
    expect(await page.getByTestId('last-updated').innerText()).toContain('Saved copy');
    expect((await cells(page, 'group-members')).length).toBe(3);
    await context.close();
  });
});
