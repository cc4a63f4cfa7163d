/**
 * One Hearth per user session. Two copies would share one IndexedDB outbox and could both send the
 * same upload; a second launch (a double-click on the icon) instead quits and brings the first
 * window forward.
 */

/** The part of Electron's App this module uses, so a test can pass a fake. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** True when this is the only instance; otherwise it has asked the app to quit. */
export function claimSingleInstance(
  app: SingleInstanceApp,
  firstWindow: () => FocusableWindow | undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusWindow(firstWindow()));
  return true;
}

export function focusWindow(window: FocusableWindow | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
