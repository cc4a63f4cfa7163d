/**
 * Keeps every web contents on Hearth's own origin. A page that is tricked into navigating (a link
 * in a document's title, an injected `location = ...`) must not load someone else's site with the
 * bridge attached; a new window must not open at all. Applied to every web contents the app
 * creates (app.on('web-contents-created')), not just the main window.
 */
import type { WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './app-protocol.ts';

interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** The part of Electron's WebContents this module uses, so a test can pass a fake. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenHandlerResponse): void;
}

/**
 * @param openExternal receives every refused destination; it applies the external-link allow-list
 *   (external-links.ts), so an allow-listed https link opens in the staff member's browser instead.
 */
export function guardNavigation(contents: GuardedContents, openExternal: (url: string) => void): void {
  const stayOnApp = (event: NavigationEvent) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternal(event.url);
  };
  contents.on('will-navigate', stayOnApp);
  // Sub-frames too (an <iframe> in a rendered document), and redirects of an allowed navigation.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
  // webviewTag is off in window-options.ts; this stops one being attached if that ever changes.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
