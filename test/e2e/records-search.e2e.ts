// Searching the home's children by name or Mosaic reference number (issue 3), against the real
// gateway. A search finds only children placed in the person's own home: another home's child is
// not found even by their exact name or number (DOMAIN.md: "not in lists, not in search").
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { child, fullName, namesInTable, openSignedIn } from './records-session.ts';

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

const leo = child('child-leo-hartley');
const kofi = child('child-kofi-mensah');
const ama = child('child-ama-mensah-clarke');
const efua = child('child-efua-mensah');
const tyler = child('child-tyler-obi');

/** Types the words and presses Enter, and waits for the gateway's answer to be shown. */
async function search(page: Page, words: string): Promise<string> {
  const field = page.getByLabel('Search by name or Mosaic reference number');
  await field.fill(words);
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/v1/children?q=')),
    field.press('Enter'),
  ]);
  const result = page.getByTestId('search-result');
  await result.getByText(`‘${words}’`).waitFor();
  return (await result.textContent()) ?? '';
}

describe('searching the children of the home', () => {
  test('by name: part of a surname finds the three siblings', async () => {
    const { context, page } = await openSignedIn(browser, gateway.url, 'olu.bakare');
    expect(await search(page, 'mensah')).toContain('3 children found for ‘mensah’.');
    expect((await namesInTable(page)).sort()).toEqual([fullName(ama), fullName(efua), fullName(kofi)].sort());
    expect(await search(page, 'Leo Hartley')).toContain('1 child found');
    expect(await namesInTable(page)).toEqual([fullName(leo)]);
    await context.close();
  });

  test('by Mosaic reference number, whole or in part', async () => {
    const { context, page } = await openSignedIn(browser, gateway.url, 'olu.bakare');
    await search(page, leo.mosaic_id);
    expect(await namesInTable(page)).toEqual([fullName(leo)]);
    await search(page, kofi.mosaic_id.slice(0, 5));
    expect((await namesInTable(page)).sort()).toEqual([fullName(ama), fullName(efua), fullName(kofi)].sort());
    await context.close();
  });

  test("another home's child is not found by name or by number", async () => {
    const { context, page } = await openSignedIn(browser, gateway.url, 'priya.shah');
    for (const words of [fullName(tyler), tyler.mosaic_id]) {
      expect(await search(page, words)).toContain(`0 children found for ‘${words}’.`);
      expect(await page.getByTestId('children-table').count()).toBe(0);
    }
    await context.close();
  });

  test('the search stays while a child is looked at; "Show all children" clears it and returns focus to the field', async () => {
    const { context, page } = await openSignedIn(browser, gateway.url, 'priya.shah');
    await search(page, 'mensah');
    await page.getByRole('link', { name: fullName(kofi) }).click();
    await page.getByTestId('person-summary').waitFor();
    await page.getByRole('link', { name: 'Children in Larchfield House' }).click();
    await page.getByTestId('search-result').getByText('3 children found for ‘mensah’.').waitFor();
    expect(await page.getByLabel('Search by name or Mosaic reference number').inputValue()).toBe('mensah');
    await page.getByRole('button', { name: 'Show all children' }).click();
    await page.getByTestId('children-table').locator('caption').getByText('5 children').waitFor();
    expect(await page.getByTestId('search-result').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('child-search');
    expect(await page.getByLabel('Search by name or Mosaic reference number').inputValue()).toBe('');
    await context.close();
  });

  test('003: search words and children’s names stay out of the address and the window title', async () => {
    // The browser writes both to its history files in plain text.
    const { context, page } = await openSignedIn(browser, gateway.url, 'priya.shah');
    await search(page, 'Hartley');
    expect(page.url()).not.toContain('Hartley');
    await page.getByRole('link', { name: fullName(leo) }).click();
    await page.getByTestId('person-summary').waitFor();
    for (const screen of ['Person summary', 'Documents', 'Case notes']) {
      if (screen !== 'Person summary') await page.getByRole('link', { name: screen }).click();
      await page.getByRole('heading', { level: 1, name: screen }).waitFor();
      expect(await page.title()).toBe(`${screen} – Hearth`);
      expect(page.url()).not.toMatch(new RegExp(`Hartley|${leo.mosaic_id}`));
    }
    await context.close();
  });
});
