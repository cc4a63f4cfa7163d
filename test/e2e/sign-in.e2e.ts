// The sign-in screen as staff meet it: served by the real gateway, in real Chromium, used with
// the keyboard alone. Rules: each person signs in with their own account (guidance 000/001);
// GOV.UK error summary and error message patterns; WCAG 2.2 AA 2.1.1 Keyboard, 2.4.1 Bypass
// Blocks, 2.4.3 Focus Order, 2.4.7 Focus Visible, 3.3.1 Error Identification, 4.1.3 Status Messages.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import pkg from '../../package.json' with { type: 'json' };
import { launchChromium, openPage } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';

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

/** What has focus, described the way a test can compare. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${el.textContent?.trim() ?? ''}`;
  });
}

/** GOV.UK's focus state paints the focus colour (#ffdd00) as an outline or a background. */
function focusIsVisible(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const style = getComputedStyle(el);
    const yellow = 'rgb(255, 221, 0)';
    return (
      (style.outlineStyle !== 'none' && style.outlineColor === yellow) || style.backgroundColor === yellow
    );
  });
}

async function openSignIn() {
  const opened = await openPage(browser, `${gateway.url}/`);
  await opened.page.getByRole('heading', { level: 1, name: 'Sign in to Hearth' }).waitFor();
  return opened;
}

describe('sign-in screen served by the gateway', () => {
  test('shows "Sign in to Hearth" with labelled fields, the header and the app version', async () => {
    const { context, page, problems } = await openSignIn();
    expect(await page.title()).toBe('Sign in – Hearth');
    expect(await page.getByRole('banner').textContent()).toContain('Hearth');
    const username = page.getByLabel('Username');
    const password = page.getByLabel('Password');
    expect(await username.getAttribute('autocomplete')).toBe('username');
    expect(await password.getAttribute('autocomplete')).toBe('current-password');
    expect(await password.getAttribute('type')).toBe('password');
    expect(await page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
    expect(await page.getByTestId('app-version').textContent()).toBe(pkg.version);
    // The connection indicator asked the real gateway's /health.
    await page.getByRole('status').getByText('Connected').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  test('keyboard alone: Tab reaches skip link, username, password, Sign in in order, each visibly focused', async () => {
    const { context, page } = await openSignIn();
    const stops: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
      expect(await focusIsVisible(page), `focus not visible on ${stops.at(-1)}`).toBe(true);
    }
    expect(stops).toEqual(['a:Skip to main content', '#username', '#password', 'button:Sign in']);
    // The skip link moves focus to the main content (2.4.1 Bypass Blocks).
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('a:Skip to main content');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('#main-content');
    await context.close();
  });

  test('Enter with empty fields shows a focused error summary linking to each field, and inline errors', async () => {
    const { context, page } = await openSignIn();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // username
    await page.keyboard.press('Enter'); // submits the form from a field
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.title()).toBe('Error: Sign in – Hearth');
    const links = summary.getByRole('link');
    expect(await links.allTextContents()).toEqual(['Enter your username', 'Enter your password']);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '#username',
      '#password',
    ]);
    expect(await page.locator('#username-error').textContent()).toBe('Error: Enter your username');
    expect(await page.locator('#password-error').textContent()).toBe('Error: Enter your password');
    expect(await page.getByLabel('Username').getAttribute('aria-describedby')).toBe('username-error');
    // Following a summary link with the keyboard puts focus in that field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a:Enter your password');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('#password');
    await context.close();
  });

  test('valid fields are sent to the gateway, and its refusal is shown plainly and focused', async () => {
    const { context, page } = await openSignIn();
    await page.getByLabel('Username').fill('demo.manager');
    await page.getByLabel('Password').fill('not-checked-yet');
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url() === `${gateway.url}/api/v1/session` && r.method() === 'POST'),
      page.getByLabel('Password').press('Enter'),
    ]);
    expect(request.postDataJSON()).toEqual({ username: 'demo.manager', password: 'not-checked-yet' });
    const summary = page.locator('.govuk-error-summary');
    // The gateway has no sign-in endpoint until the next issue: Hearth says exactly that.
    await summary
      .getByText('Hearth could not sign you in: the gateway does not offer sign-in yet (404).')
      .waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  test('when the gateway cannot be reached, the error summary says where it tried', async () => {
    const { context, page } = await openSignIn();
    await page.route('**/api/v1/session', (route) => route.abort('internetdisconnected'));
    await page.getByLabel('Username').fill('demo.manager');
    await page.getByLabel('Password').fill('secret');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .locator('.govuk-error-summary')
      .getByText(`Hearth cannot reach the gateway at ${gateway.url}. Check the connection and try again.`)
      .waitFor();
    await context.close();
  });

  test('going offline shows the offline banner in a status region, and coming back shows Connected', async () => {
    const { context, page } = await openSignIn();
    const status = page.getByRole('status');
    await status.getByText('Connected').waitFor();
    await context.setOffline(true);
    await status.getByText('You are offline.', { exact: false }).waitFor();
    expect(await status.textContent()).not.toContain('Connected');
    await context.setOffline(false);
    await status.getByText('Connected').waitFor();
    expect(await status.textContent()).not.toContain('You are offline');
    await context.close();
  });
});
