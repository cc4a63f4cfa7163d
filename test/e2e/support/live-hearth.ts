/**
 * The set-up the forms, hard-copies and combine e2e files share, each file its own: the REAL gateway
 * with the real SMTP server (../outbox-gateway.ts) and one real Chromium, started before the file's
 * first test and closed after its last; Hearth opened in a fresh context and signed in as a demo
 * person; going off or back online; waiting on the queue until the social worker was told (001);
 * axe with the WCAG 2.2 AA tags (the level the council must meet); and what has the focus.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { HardCopiesToMark } from '../../../shared/api/hard-copies.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startMailingGateway, type MailingGateway } from '../outbox-gateway.ts';
import {
  documentsTitled,
  goTo,
  hardCopyState,
  openHearth,
  signInAs,
  whereUploadsStand,
} from '../uploads-session.ts';
import { launchChromium, type OpenedPage } from './chromium.ts';

export interface LiveHearth {
  readonly gateway: MailingGateway;
  readonly browser: Browser;
  /** Hearth in a fresh context (fresh IndexedDB), at the sign-in screen. */
  open(): Promise<OpenedPage>;
  /** Hearth in a fresh context, signed in online as the demo account `username`. */
  signedIn(username: string): Promise<OpenedPage>;
  /** The mails the real SMTP server took for `address` so far. */
  mailsTo(address: string): MailingGateway['smtp']['messages'];
  /** The mails to `address` about the document titled `title` (001: one per upload). */
  mailsAbout(address: string, title: string): MailingGateway['smtp']['messages'];
}

/**
 * Call once at the top of a test file: registers the file's beforeAll and afterAll. `env` adds
 * gateway settings (e.g. the council's service token, or `HEARTH_REG40_EVENTS_FILE`).
 */
export function liveHearth(env: Record<string, string> = {}): LiveHearth {
  let gateway: MailingGateway | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    gateway = await startMailingGateway(env);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is started in beforeAll: use it inside a test`);
    return value;
  };
  const hearth: LiveHearth = {
    get gateway() {
      return started(gateway, 'The gateway');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
    open: () => openHearth(hearth.browser, hearth.gateway.url),
    async signedIn(username) {
      const opened = await hearth.open();
      await signInAs(opened.page, username);
      return opened;
    },
    mailsTo: (address) => hearth.gateway.smtp.messages.filter((m) => m.to.includes(address)),
    mailsAbout: (address, title) => hearth.mailsTo(address).filter((m) => m.text.includes(`Title: ${title}`)),
  };
  return hearth;
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every axe violation on the page, one line per element, so a failure says where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

/** The focused element's text (its own words, visually hidden ones included), spaces collapsed. */
export const focusedText = (page: Page) =>
  page.evaluate(() => (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim());

/**
 * Takes the browser off (or back on) the network and waits until Hearth's header says so. Before
 * going off, waits until the service worker has kept the app's files, as a person's Hearth has long
 * since done: a screen first opened offline loads from them (on a busy machine the worker was
 * still installing when a test went offline, and the queue screen never loaded).
 */
export async function setOnline(page: Page, context: BrowserContext, online: boolean): Promise<void> {
  if (!online) await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await context.setOffline(!online);
  await expect
    .poll(() => page.getByTestId('sync-connection').textContent(), { timeout: 15_000 })
    .toBe(online ? 'Online' : 'Offline');
}

/**
 * Opens the upload queue and waits until the document titled `title` says its social worker was
 * emailed: the outbox sent it, the gateway filed it and the real SMTP server took the mail (001).
 */
export async function waitUntilNotified(
  page: Page,
  title: string,
  socialWorker: string,
  /** The gateway's data folder: what it says is printed if the wait runs out. */
  dataDir: string,
): Promise<void> {
  await goTo(page, '#/queue');
  try {
    await page
      .getByTestId('queue-item')
      .filter({ hasText: title })
      .getByText(`Social worker notified (${socialWorker})`)
      .waitFor({ timeout: 30_000 });
  } catch (error) {
    throw new Error(`${String(error)}\n${await whereUploadsStand(page, dataDir)}`, { cause: error });
  }
}

/** What went wrong in the page, apart from the requests it refused while a test had it offline. */
export const unexpectedProblems = (problems: readonly string[]): string[] =>
  problems.filter((p) => !p.includes('net::ERR_INTERNET_DISCONNECTED'));

/**
 * 001 hard copies, for a form written in Hearth: there is no paper copy to mark. The gateway filed
 * the document once and recorded "no hard copy"; the queue says so; and the hard-copies list the
 * screen fetches afresh (online) neither lists it nor shows a card for it. Call after
 * `waitUntilNotified` (it starts on the queue screen).
 */
export async function expectNoHardCopyToMark(page: Page, dataDir: string, title: string): Promise<void> {
  const documents = documentsTitled(dataDir, title);
  expect(documents).toHaveLength(1);
  const id = documents[0]?.id ?? '';
  expect(hardCopyState(dataDir, id)).toBe('no-hard-copy');
  await expect
    .poll(() => page.getByTestId('queue-item').filter({ hasText: title }).textContent())
    .toContain('No hard copy to mark: this form was written in Hearth.');
  const listed = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/v1/hard-copies' && r.request().method() === 'GET',
  );
  await goTo(page, '#/hard-copies');
  const response = await listed;
  expect(response.status()).toBe(200);
  const list = HardCopiesToMark.parse(await response.json());
  expect(list.hardCopies.map((h) => h.documentId)).not.toContain(id);
  await page.locator('[data-testid="hard-copies"], [data-testid="hard-copies-empty"]').first().waitFor();
  expect(await page.getByTestId('hard-copy').filter({ hasText: title }).count()).toBe(0);
}
