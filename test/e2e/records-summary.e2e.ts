// The person summary as DOMAIN.md lists it (name, date of birth, Mosaic reference number, legal
// status, placement, allocated social worker with team and contact details, sibling group), the
// duty inbox when no worker is allocated (001), sibling links (004), and the Mosaic number kept in
// view on every screen of the record, even scrolled down (001: "All residential records should
// include the child's Mosaic reference number").
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SIBLING_GROUPS } from '../../gateway/seed/children.ts';
import { SOCIAL_WORKERS, TEAMS } from '../../gateway/seed/people.ts';
import { launchChromium } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { child, fullName, openSignedIn } from './records-session.ts';

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

/** The summary list as label → value. */
async function summary(page: Page): Promise<Record<string, string>> {
  const list = page.getByTestId('person-summary');
  await list.waitFor();
  const rows = await list
    .locator('.govuk-summary-list__row')
    .evaluateAll((els) =>
      els.map((el) => [
        el.querySelector('dt')?.textContent ?? '',
        (el.querySelector('dd') as HTMLElement | null)?.innerText.replace(/\n+/g, ' | ') ?? '',
      ]),
    );
  return Object.fromEntries(rows);
}

async function openChild(page: Page, name: string) {
  await page.getByRole('link', { name }).click();
  await page.getByTestId('person-summary').waitFor();
}

describe('the person summary', () => {
  test("Leo's summary shows each detail, with his social worker's team and contact details", async () => {
    const leo = child('child-leo-hartley');
    const worker = SOCIAL_WORKERS.find((w) => w.id === leo.social_worker_id);
    const { context, page, problems } = await openSignedIn(browser, gateway.url, 'sam.fletcher');
    await openChild(page, fullName(leo));
    expect(await summary(page)).toEqual({
      Name: 'Leo Hartley',
      'Mosaic reference number': leo.mosaic_id,
      'Date of birth': '14 March 2011',
      'Legal status': leo.legal_status,
      Placement: 'Larchfield House, since 6 September 2021',
      'Allocated social worker': `${worker?.name} | Children We Care For Team (North) | Email: ${worker?.email} | Phone: ${worker?.phone}`,
      'Sibling group': 'Not in a sibling group',
    });
    // No name in the window title: the browser keeps titles in its history files (003).
    expect(await page.title()).toBe('Person summary – Hearth');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('with no allocated worker, the team’s duty inbox is the contact', async () => {
    const maya = child('child-maya-lindqvist');
    const team = TEAMS.find((t) => t.id === maya.team_id);
    const { context, page } = await openSignedIn(browser, gateway.url, 'marcus.hill');
    await openChild(page, fullName(maya));
    expect((await summary(page))['Allocated social worker']).toBe(
      `No allocated worker — contact the team’s duty inbox ${team?.duty_inbox_email} | ${team?.name}`,
    );
    await context.close();
  });

  test('a sibling group is named per 004 and links to each member placed in the home', async () => {
    const kofi = child('child-kofi-mensah');
    const ama = child('child-ama-mensah-clarke');
    const efua = child('child-efua-mensah');
    const { context, page } = await openSignedIn(browser, gateway.url, 'priya.shah');
    await openChild(page, fullName(kofi));
    // Oldest first; Yaw, placed at Harbour View, does not exist here.
    expect((await summary(page))['Sibling group']).toBe(
      `${SIBLING_GROUPS[0].name} | ${fullName(efua)} (Mosaic ref. ${efua.mosaic_id}) | ${fullName(ama)} (Mosaic ref. ${ama.mosaic_id})`,
    );
    await page
      .getByTestId('person-summary')
      .getByRole('link', { name: fullName(ama) })
      .click();
    await page.getByTestId('child-mosaic-id').getByText(`Mosaic ref. ${ama.mosaic_id}`).waitFor();
    expect((await summary(page)).Name).toBe(fullName(ama));
    // The heading of the new record takes focus, so a screen reader announces it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await context.close();
  });
});

describe("the child's Mosaic number on every screen of the record", () => {
  test('summary, documents and case notes, and still in view when scrolled far down', async () => {
    const leo = child('child-leo-hartley');
    const { context, page } = await openSignedIn(browser, gateway.url, 'priya.shah');
    await openChild(page, fullName(leo));
    const bar = page.getByTestId('child-bar');
    expect(await bar.textContent()).toContain(`Mosaic ref. ${leo.mosaic_id}`);
    for (const [link, ready] of [
      ['Documents', 'documents-table'],
      ['Case notes', 'notes-count'],
    ] as const) {
      await page.getByRole('link', { name: link }).click();
      await page.getByTestId(ready).waitFor();
      expect(await bar.textContent()).toContain(`Mosaic ref. ${leo.mosaic_id}`);
      expect(await page.title()).toBe(`${link} – Hearth`);
    }
    await page.getByRole('link', { name: 'Documents' }).click();
    await page.getByTestId('documents-table').waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = await bar.boundingBox();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    expect(box?.y).toBe(0); // stuck to the top of the window
    await context.close();
  });
});
