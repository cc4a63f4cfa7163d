// Auto-lock (issue 7 "Sessions"; 003: what a device shows is "locked when staff step away"): after
// the idle time (default 5 minutes, a setting from 1 to 15) Hearth hides every record, and no child's
// name or Mosaic number is left in the page; the same person unlocks with their password, also
// offline; audit events still reach the gateway while locked, and lock and unlock are themselves
// audit events (001: logged against each staff member's account). Real Chromium, real gateway.
// Playwright's clock stands in for the minutes: no test hook in the app, the production build.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditChainVerdicts } from './support/audit-chains.ts';
import { launchChromium } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { DEMO_PASSWORD, gatewayAudit, signIn } from './support/signed-in.ts';
import { account, child, fullName, WCAG_22_AA } from './records-session.ts';

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

const LEO = child('child-leo-hartley');
const MANAGER = 'priya.shah';

/** Opens Hearth with Playwright's clock installed before any app code, then signs in. */
async function openWithClock(username: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Time flows as normal; fastForward jumps it, as a person walking away would.
  await page.clock.install();
  await page.goto(`${gateway.url}/`);
  await page.getByRole('heading', { level: 1, name: 'Sign in to Hearth' }).waitFor();
  await signIn(page, username, account(username).name);
  return { context, page, problems };
}

async function openLeo(page: Page) {
  await page.getByRole('link', { name: fullName(LEO) }).click();
  await page.getByTestId('person-summary').waitFor();
}

const bodyHtml = (page: Page) => page.evaluate(() => document.body.innerHTML);

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

const lockHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Hearth is locked' });

/** Device audit events the gateway holds for `action`, as their details. */
const auditedDetails = (action: string) =>
  gatewayAudit(gateway.dataDir)
    .filter((r) => r.source === 'device' && r.action === action && r.staff_id !== null)
    .map((r) => r.detail);

describe('auto-lock', () => {
  test('after 5 idle minutes the record leaves the page; the password brings it back', async () => {
    const { context, page, problems } = await openWithClock(MANAGER);
    await openLeo(page);
    // Checked first, so the test can fail: the record is in the page before the lock.
    expect(await bodyHtml(page)).toContain(LEO.mosaic_id);
    expect(await bodyHtml(page)).toContain(fullName(LEO));

    await page.clock.fastForward('04:50');
    expect(await lockHeading(page).count()).toBe(0);
    await page.clock.fastForward('00:15');
    await lockHeading(page).waitFor();
    const html = await bodyHtml(page);
    expect(html).not.toContain(LEO.mosaic_id);
    expect(html).not.toContain(LEO.first_name);
    expect(html).not.toContain(LEO.last_name);
    // The person stays the same: the lock screen names them, and offers "Sign out".
    expect(await page.getByTestId('lock-screen').textContent()).toContain('Priya Shah is signed in.');
    await page.getByRole('button', { name: 'Not Priya Shah? Sign out' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Audit shipping goes on while locked: the lock itself reaches the gateway before any unlock.
    await expect.poll(() => auditedDetails('lock'), { timeout: 15_000 }).toEqual(['idle']);
    expect(await lockHeading(page).count()).toBe(1);

    // A wrong password: an error summary, and still locked.
    await page.getByLabel(`Password for ${MANAGER}`).fill('not-the-password');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('alert').getByText('The password is not right.').waitFor();
    expect(await bodyHtml(page)).not.toContain(LEO.mosaic_id);
    expect(await axeViolations(page)).toEqual([]);
    // Issue 7: a wrong password at the lock screen is a failed sign-in, against Priya (001).
    await expect
      .poll(() => auditedDetails('sign-in-failed'), { timeout: 15_000 })
      .toEqual(['wrong password on the lock screen (1 of 5)']);

    // By keyboard alone: the error links to the field; type the password and press Enter.
    await page.getByLabel(`Password for ${MANAGER}`).focus();
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    // Back where the person was: the same child's record.
    await page.getByTestId('person-summary').waitFor();
    expect(await bodyHtml(page)).toContain(LEO.mosaic_id);
    await expect
      .poll(() => auditedDetails('unlock'), { timeout: 15_000 })
      .toEqual(['password checked on this computer']);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('activity keeps it open; a shorter time set in Settings locks sooner', async () => {
    const { context, page } = await openWithClock(MANAGER);
    await page.clock.fastForward('04:00');
    await page.keyboard.press('Shift');
    await page.clock.fastForward('04:00');
    expect(await lockHeading(page).count()).toBe(0);

    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const field = page.getByLabel('Lock Hearth after');
    expect(await field.inputValue()).toBe('5');
    await field.fill('0');
    await page.getByRole('button', { name: 'Save lock time' }).click();
    await page.getByRole('alert').getByText('Enter a whole number of minutes from 1 to 15').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await field.fill('1');
    await page.getByRole('button', { name: 'Save lock time' }).click();
    await page.getByTestId('auto-lock-saved').getByText('Hearth now locks after 1 minute idle.').waitFor();
    // Issue 7: the change is audited, old → new; the refused "0" changed nothing and is not.
    await expect
      .poll(() => auditedDetails('settings-changed'), { timeout: 15_000 })
      .toEqual(['auto-lock minutes: 5 → 1']);

    await page.clock.fastForward('01:05');
    await lockHeading(page).waitFor();
    await context.close();
  });

  test('5 wrong passwords at the lock screen sign the person out, and each is audited (issue 7)', async () => {
    const { context, page } = await openWithClock('tom.reilly');
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await lockHeading(page).waitFor();
    for (let i = 0; i < 5; i += 1) {
      await page.getByLabel('Password for tom.reilly').fill(`wrong-${i}`);
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      if (i < 4) await page.getByRole('alert').getByText('The password is not right.').waitFor();
    }
    await page.getByRole('heading', { level: 1, name: 'Sign in to Hearth' }).waitFor();
    await page.getByText('Hearth signed you out after 5 wrong passwords on the lock screen.').waitFor();
    // Sent before the sign-out took the tokens: the failures and the forced sign-out, against Tom.
    const tom = () =>
      gatewayAudit(gateway.dataDir)
        .filter((r) => r.source === 'device' && r.staff_id === 'staff-tom-reilly')
        .filter((r) => r.action === 'sign-in-failed' || r.action === 'sign-out')
        .map((r) => `${r.action} ${r.detail ?? '-'}`);
    await expect
      .poll(tom, { timeout: 15_000 })
      .toEqual([
        ...[1, 2, 3, 4, 5].map((n) => `sign-in-failed wrong password on the lock screen (${n} of 5)`),
        'sign-out signed out by Hearth after 5 wrong passwords on the lock screen',
      ]);
    expect(new Set(await auditChainVerdicts(gateway.dataDir))).toEqual(new Set(['ok']));
    await context.close();
  });

  test('offline, "Lock" in the header locks at once and the saved sign-in unlocks it', async () => {
    const { context, page } = await openWithClock(MANAGER);
    await openLeo(page);
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await lockHeading(page).waitFor();
    expect(await bodyHtml(page)).not.toContain(LEO.mosaic_id);
    await page.getByLabel(`Password for ${MANAGER}`).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByTestId('person-summary').waitFor();
    expect(await bodyHtml(page)).toContain(LEO.mosaic_id);
    await context.close();
  });
});
