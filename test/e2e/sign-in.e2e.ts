// The sign-in screen as staff meet it: served by the real gateway, in real Chromium, used with
// the keyboard alone. Rules: each person signs in with their own account (guidance 000/001), and
// repeated failures lock the account with a clear message (issue 3);
// GOV.UK error summary and error message patterns; WCAG 2.2 AA 2.1.1 Keyboard, 2.4.1 Bypass
// Blocks, 2.4.3 Focus Order, 2.4.7 Focus Visible, 3.3.1 Error Identification, 4.1.3 Status Messages.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import pkg from '../../package.json' with { type: 'json' };
import { launchChromium, openPage } from './support/chromium.ts';
import { WRONG_CREDENTIALS } from '../../gateway/auth/sign-in.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { DEMO_PASSWORD, submitCredentials } from './support/signed-in.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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

  test('the username, password and this device go to the gateway; a wrong password is refused in its words', async () => {
    const { context, page } = await openSignIn();
    await page.getByLabel('Username').fill(' marcus.hill ');
    await page.getByLabel('Password').fill('not-the-password');
    const [request, response] = await Promise.all([
      page.waitForRequest((r) => r.url() === `${gateway.url}/api/v1/session` && r.method() === 'POST'),
      page.waitForResponse((r) => r.url() === `${gateway.url}/api/v1/session`),
      page.getByLabel('Password').press('Enter'),
    ]);
    const sent: unknown = request.postDataJSON();
    expect(sent).toEqual({
      username: 'marcus.hill',
      password: 'not-the-password',
      device: { id: expect.stringMatching(UUID), name: expect.stringContaining('Hearth in a browser') },
    });
    expect(response.status()).toBe(401);
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText(WRONG_CREDENTIALS).waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.title()).toBe('Error: Sign in – Hearth');
    // The password is typed again after a refusal; the username stays.
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    expect(await page.getByLabel('Username').inputValue()).toBe(' marcus.hill ');
    await context.close();
  });

  test('the same device id is sent at every sign-in from this browser (the offline grant is bound to it)', async () => {
    const { context, page } = await openSignIn();
    const ids: unknown[] = [];
    page.on('request', (r) => {
      if (r.url() === `${gateway.url}/api/v1/session` && r.method() === 'POST') {
        const body: unknown = r.postDataJSON();
        ids.push(typeof body === 'object' && body !== null ? Reflect.get(body, 'device') : null);
      }
    });
    for (let i = 0; i < 2; i += 1) {
      await submitCredentials(page, 'olu.bakare', 'wrong-password');
      await page.locator('.govuk-error-summary').getByText(WRONG_CREDENTIALS).waitFor();
    }
    expect(ids).toHaveLength(2);
    expect(ids[0]).toEqual(ids[1]);
    await context.close();
  });

  test('after repeated wrong passwords the account is locked, and the message says until when', async () => {
    const { context, page } = await openSignIn();
    const summary = page.locator('.govuk-error-summary');
    let lastAnswer: { status: number; message: string } | null = null;
    for (let i = 0; i < 5; i += 1) {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url() === `${gateway.url}/api/v1/session`),
        submitCredentials(page, 'kieran.doyle', `wrong-${i}`),
      ]);
      const body: unknown = await response.json();
      lastAnswer = { status: response.status(), message: String(Reflect.get(Object(body), 'message')) };
      if (i < 4) await summary.getByText(WRONG_CREDENTIALS).waitFor();
    }
    expect(lastAnswer?.status).toBe(423);
    // The gateway's own words, with the time the lock ends, shown as they are.
    expect(lastAnswer?.message).toMatch(/locked until \d{2}:\d{2} on /);
    await summary.getByText(lastAnswer?.message ?? '', { exact: true }).waitFor();
    // While locked, even the right password is refused with the same message.
    await submitCredentials(page, 'kieran.doyle', DEMO_PASSWORD);
    await summary.getByText(/locked until \d{2}:\d{2}/).waitFor();
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
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
    // The connection line's status region (the sync strip in the header is a status region too).
    const status = page.locator('.hearth-connection[role="status"]');
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
