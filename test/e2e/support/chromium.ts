/**
 * Debian's Chromium driven by playwright-core. Each page records what the browser complained
 * about (console errors, uncaught exceptions, CSP violations), so a test can assert there were none.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface CspViolation {
  directive: string;
  blocked: string;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions, as text. CSP violations are read with `cspViolations`. */
  problems: string[];
}

/** The page's own record of CSP violations, kept by a listener installed before any app code runs. */
export function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => {
    const list: unknown = Reflect.get(window, '__hearthCspViolations');
    return Array.isArray(list) ? list : [];
  });
}

/** A new context and page (axe needs the page to come from `context.newPage()`), pointed at `url`. */
export async function openPage(browser: Browser, url: string): Promise<OpenedPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Ten seconds is ample on this machine; Playwright's 30 s default makes a failing run crawl.
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const list: { directive: string; blocked: string }[] = [];
    Reflect.set(window, '__hearthCspViolations', list);
    document.addEventListener('securitypolicyviolation', (event) => {
      list.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
  await page.goto(url);
  return { context, page, problems };
}
