// WCAG 2.2 AA, checked by axe-core in real Chromium against the app as the gateway serves it:
// the public sector accessibility regulations 2018 require AA, and GOV.UK patterns assume it.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openPage } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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

/** Violations as short lines, so a failure names the rule and the element at fault. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

describe('accessibility (WCAG 2.2 AA tags)', () => {
  test('the sign-in screen has no axe violations', async () => {
    const { context, page } = await openPage(browser, `${gateway.url}/`);
    await page.getByRole('heading', { name: 'Sign in to Hearth' }).waitFor();
    await page.getByRole('status').getByText('Connected').waitFor();
    // Proves axe ran on this page: it found and checked the form's labels.
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.passes.map((p) => p.id)).toContain('label');
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test('with the error summary and inline errors shown, there are still none', async () => {
    const { context, page } = await openPage(browser, `${gateway.url}/`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await page.locator('#username-error').waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test('with the offline banner shown, there are still none', async () => {
    const { context, page } = await openPage(browser, `${gateway.url}/`);
    await page.getByRole('heading', { name: 'Sign in to Hearth' }).waitFor();
    await context.setOffline(true);
    await page.getByRole('status').getByText('You are offline.', { exact: false }).waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
