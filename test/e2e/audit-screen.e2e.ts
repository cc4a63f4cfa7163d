// The managers' audit screen (issue 7 "Manager screen"; 001: "All entries, enquiries and records
// viewed are digitally logged against each staff member's account history and can be reviewed by
// management"; DOMAIN.md "Audit"). Real gateway, real SQLite, real Chromium: a residential worker
// looks at records and cannot reach the audit; the registered manager filters it by child and
// action, exports it as CSV and PDF (read back with pdf.js), and verifies it. 0 axe violations.
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MANAGERS_ONLY } from '../../gateway/routes/audit-review.ts';
import { FROM_AFTER_TO_MESSAGE } from '../../renderer/features/audit/audit-words.ts';
import { pdfText } from '../support/pdf-text.ts';
import { launchChromium } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { gatewayAudit } from './support/signed-in.ts';
import { WCAG_22_AA, child, fullName, openSignedIn } from './records-session.ts';

let gateway: TestGateway;
let browser: Browser;
const leo = child('child-leo-hartley');
const kofi = child('child-kofi-mensah');

beforeAll(async () => {
  gateway = await startTestGateway();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(await file.path())) };
}

describe('the audit screen', () => {
  test('001: a residential worker has no Audit link, and the address alone is refused by the gateway', async () => {
    const { context, page } = await openSignedIn(browser, gateway.url, 'sam.fletcher');
    await page.getByTestId('children-table').waitFor();
    // Sam looks at two children's summaries: what the manager will review below.
    for (const someone of [leo, kofi]) {
      await page.getByRole('link', { name: fullName(someone) }).click();
      await page.getByTestId('person-summary').waitFor();
      await page.goBack();
      await page.getByTestId('children-table').waitFor();
    }
    const nav = page.getByRole('navigation', { name: 'Records' });
    await expect.poll(() => nav.getByRole('link').count()).toBeGreaterThan(1);
    expect(await nav.getByRole('link', { name: 'Audit' }).count()).toBe(0);

    await page.evaluate(() => {
      window.location.hash = '#/audit';
    });
    await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(MANAGERS_ONLY);
    expect(await page.getByTestId('audit-table').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // The device's events for both views have reached the gateway before the manager looks.
    await expect
      .poll(
        () =>
          gatewayAudit(gateway.dataDir).filter((r) => r.source === 'device' && r.action === 'view-summary')
            .length,
        { timeout: 15_000 },
      )
      .toBe(2);
    await context.close();
  });

  test('DOMAIN.md audit: the manager filters by child and action, exports CSV and PDF, and verifies', async () => {
    const { context, page, problems } = await openSignedIn(browser, gateway.url, 'priya.shah');
    await page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
    await page.getByTestId('audit-table').waitFor();

    // A "to" date before the "from" date is caught with GOV.UK's error summary, which takes focus.
    await page.getByLabel('From (date)').fill('2026-11-30');
    await page.getByLabel('To (date)').fill('2026-11-01');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const summary = page.locator('#audit-error-summary');
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('audit-error-summary');
    expect(await summary.getByRole('link').textContent()).toBe(FROM_AFTER_TO_MESSAGE);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('From (date)').fill('');
    await page.getByLabel('To (date)').fill('');

    // Filters chosen and applied from the keyboard alone.
    await page.getByLabel('Child').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('audit-action');
    await page.getByLabel('Child').selectOption({ label: fullName(leo) });
    await page.getByLabel('Action').selectOption({ label: 'Viewed a child’s summary' });
    await page.getByRole('button', { name: 'Apply filters' }).focus();
    await page.keyboard.press('Enter');
    const rows = page.getByTestId('audit-table').locator('tbody tr');
    // Wait for the filtered page: at least Sam's two records of the view, and nothing else.
    await expect
      .poll(async () => {
        const actions = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-action')));
        return actions.length >= 2 && actions.every((a) => a === 'view-summary');
      })
      .toBe(true);
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    // Sam's view of Leo, once as the device logged it and once as the gateway served it; not Kofi.
    expect(cells.length).toBeGreaterThanOrEqual(2);
    for (const row of cells) {
      expect(row[2]).toBe(fullName(leo));
      expect(row[3]).toBe('Viewed a child’s summary');
    }
    expect(cells.some((row) => row[1]?.startsWith('Sam Fletcher'))).toBe(true);
    expect(await page.getByTestId('audit-count').textContent()).toBe(
      `Showing events 1 to ${cells.length} of ${cells.length}, newest first.`,
    );

    const csv = await download(page, 'Export CSV');
    expect(csv.name).toMatch(/^Audit of Larchfield House - \d\d-\d\d-\d{4}\.csv$/);
    const lines = new TextDecoder()
      .decode(csv.bytes)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'When (England),When (UTC),Person,Role,Child,Action,Detail,Device,Online or offline,Refused because',
    );
    expect(lines).toHaveLength(cells.length + 1);
    for (const line of lines.slice(1)) expect(line).toContain(`,${fullName(leo)},Viewed a child’s summary,`);
    expect(lines.join('\n')).not.toContain(fullName(kofi));
    await page.getByTestId('audit-export-status').getByText(`as ${csv.name}`).waitFor();

    const pdf = await pdfText((await download(page, 'Export PDF')).bytes);
    expect(pdf.title).toBe('Audit of Larchfield House');
    expect(pdf.text).toContain(`Filters: Child: ${fullName(leo)}; Action: Viewed a child’s summary`);
    expect(pdf.text).toContain('Exported by Priya Shah, Registered Manager');
    expect(pdf.text).toContain('Sam Fletcher');

    await page.getByRole('button', { name: 'Verify the audit' }).click();
    const verdict = page.getByTestId('audit-verification').locator('[data-verdict]');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-verdict')).toBe('ok');
    expect(await verdict.textContent()).toContain('The audit is intact');

    expect(await axeViolations(page)).toEqual([]);
    // Looking at the audit, both exports and the check are in the audit, against Priya.
    const priyas = gatewayAudit(gateway.dataDir)
      .filter((r) => r.staff_id === 'staff-priya-shah' && r.action.startsWith('audit-'))
      .map((r) => r.action);
    expect(priyas.filter((a) => a === 'audit-viewed').length).toBeGreaterThanOrEqual(2);
    expect(priyas.filter((a) => a === 'audit-exported')).toHaveLength(2);
    expect(priyas.filter((a) => a === 'audit-verified')).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
