// Who sees which children, in real Chromium against the real gateway and its demo data. Rules:
// staff see only the children placed in their own home, and any other child does not exist for
// them, not even by a guessed id (DOMAIN.md "People and roles"; 001: "only access records for the
// children who they are working with directly"); fewer than 2 training modules, no records (001);
// a restricted record shows only name, Mosaic number, worker and team (002 §6.2); confidential
// documents and case note types never appear (002 §4.3, Appendix 1); the Mosaic number is on every
// screen of a child's record (001: "All residential records should include the child's Mosaic
// reference number").
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CASE_NOTE_TYPES } from '../../shared/domain/case-note-types.ts';
import { CONFIDENTIAL_DOCUMENT_TYPES, DOCUMENT_TYPES } from '../../shared/domain/catalogue.ts';
import { RESTRICTED_ACCESS_NOTE } from '../../shared/domain/access.ts';
import { CHILDREN } from '../../gateway/seed/children.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { launchChromium } from './support/chromium.ts';
import {
  DEMO_ACCOUNTS,
  child,
  childrenPlacedIn,
  fullName,
  namesInTable,
  openSignedIn,
} from './records-session.ts';

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

const goTo = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

describe('each demo account sees exactly the children of their own home', () => {
  for (const person of DEMO_ACCOUNTS) {
    test(`${person.username} (${person.home}, ${person.access})`, async () => {
      const { context, page, problems } = await openSignedIn(browser, gateway.url, person.username);
      const main = page.locator('main');
      if (person.access === 'none') {
        await main
          .getByRole('heading', { level: 1, name: 'You cannot read children’s records yet' })
          .waitFor();
        expect(await page.getByTestId('children-table').count()).toBe(0);
      } else {
        await main.getByRole('heading', { level: 1, name: `Children in ${person.home}` }).waitFor();
        const expected = childrenPlacedIn(person.homeId).map(fullName).sort();
        expect((await namesInTable(page)).sort()).toEqual(expected);
      }
      // No other child's name is anywhere on the page: another home's, or one who has left.
      const text = (await main.textContent()) ?? '';
      const placed = new Set(childrenPlacedIn(person.homeId).map((c) => c.id));
      for (const other of CHILDREN.filter((c) => !placed.has(c.id))) {
        expect(text).not.toContain(fullName(other));
        expect(text).not.toContain(other.mosaic_id);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('a child who does not exist for the reader', () => {
  // Tyler Obi lives at Harbour View; Ethan Brooks has left Larchfield House.
  for (const id of ['child-tyler-obi', 'child-ethan-brooks', 'child-no-such-id']) {
    test(`${id}: each screen of the record answers "not in your home" and shows nothing of it`, async () => {
      const { context, page } = await openSignedIn(browser, gateway.url, 'priya.shah');
      for (const screen of ['', '/documents', '/case-notes']) {
        await goTo(page, `#/children/${id}${screen}`);
        const problem = page.locator('.hearth-load-problem[data-error="not-found"]');
        await problem.waitFor();
        expect(await problem.textContent()).toContain('There is no child with this id placed in your home.');
        expect(await page.locator('main h1').textContent()).toBe('Child not found');
        expect(await page.getByTestId('child-bar').count()).toBe(0);
        const known = CHILDREN.find((c) => c.id === id);
        if (known) expect(await page.locator('main').textContent()).not.toContain(known.last_name);
      }
      await context.close();
    });
  }
});

describe('a restricted record (002 §6.2)', () => {
  test('shows only name, Mosaic number, worker and team, with how to ask for more, and no other parts', async () => {
    const tyler = child('child-tyler-obi');
    const { context, page, problems } = await openSignedIn(browser, gateway.url, 'daniel.osei');
    // In the list: name and Mosaic number, and "Restricted record" instead of a date of birth.
    const row = page.getByTestId('children-table').getByRole('row', { name: new RegExp(fullName(tyler)) });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual([tyler.mosaic_id, 'Restricted record']);
    await row.getByRole('link', { name: fullName(tyler) }).click();
    const summary = page.getByTestId('person-summary');
    await summary.waitFor();
    expect(await summary.locator('dt').allTextContents()).toEqual([
      'Name',
      'Mosaic reference number',
      'Allocated social worker',
      'Team',
    ]);
    expect(await summary.locator('dd').allTextContents()).toEqual([
      fullName(tyler),
      tyler.mosaic_id,
      'Carla Mendes',
      'Children We Care For Team (South)',
    ]);
    expect(await page.getByTestId('access-note').textContent()).toContain(RESTRICTED_ACCESS_NOTE);
    expect(await page.getByTestId('child-mosaic-id').textContent()).toBe(`Mosaic ref. ${tyler.mosaic_id}`);
    const main = (await page.locator('main').textContent()) ?? '';
    for (const hidden of ['3 August 2011', tyler.legal_status, 'Placement', 'carla.mendes@', '01632']) {
      expect(main).not.toContain(hidden);
    }
    // No way to the documents or notes, and their addresses show nothing either.
    expect(await page.getByRole('link', { name: 'Documents' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Case notes' }).count()).toBe(0);
    for (const screen of ['documents', 'case-notes']) {
      await goTo(page, `#/children/${tyler.id}/${screen}`);
      await page.locator('.hearth-load-problem[data-error="restricted"]').waitFor();
      expect(await page.locator('table, .hearth-virtual-list').count()).toBe(0);
      expect(await page.getByTestId('child-mosaic-id').textContent()).toBe(`Mosaic ref. ${tyler.mosaic_id}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('confidential documents and case note types never appear (002 §4.3, Appendix 1)', () => {
  test("Kofi's record has every type on it: staff see every open type and none of the others", async () => {
    const kofi = child('child-kofi-mensah');
    const { context, page } = await openSignedIn(browser, gateway.url, 'sam.fletcher');
    await page.getByRole('link', { name: fullName(kofi) }).click();
    await page.getByTestId('person-summary').waitFor();

    await page.getByRole('link', { name: 'Documents' }).click();
    const table = page.getByTestId('documents-table');
    await table.waitFor();
    const shownTypes = new Set(await table.locator('tbody tr td:nth-child(2)').allTextContents());
    const openTypes = DOCUMENT_TYPES.filter((t) => !t.confidential).map((t) => t.label);
    expect([...shownTypes].sort()).toEqual([...openTypes].sort());
    const documentsText = (await page.locator('main').textContent()) ?? '';
    for (const type of CONFIDENTIAL_DOCUMENT_TYPES) expect(documentsText).not.toContain(type.label);
    expect(await page.getByTestId('child-mosaic-id').textContent()).toBe(`Mosaic ref. ${kofi.mosaic_id}`);

    await page.getByRole('link', { name: 'Case notes' }).click();
    const select = page.getByLabel('Type of case note');
    await select.waitFor();
    // The filter lists every type the screen holds, so this is every note type on the screen.
    const options = (await select.locator('option').allTextContents())
      .slice(1)
      .map((o) => o.replace(/ \(\d+\)$/, ''));
    const open = CASE_NOTE_TYPES.filter((t) => t.access === 'open').map((t) => t.label);
    expect(options.sort()).toEqual([...open].sort());
    const notesText = (await page.locator('main').textContent()) ?? '';
    for (const type of CASE_NOTE_TYPES.filter((t) => t.access !== 'open'))
      expect(notesText).not.toContain(type.label);
    expect(await page.getByTestId('child-mosaic-id').textContent()).toBe(`Mosaic ref. ${kofi.mosaic_id}`);
    await context.close();
  });
});
