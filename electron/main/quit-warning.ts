/**
 * The warning on quit while documents wait (issue 4 "The app"). The renderer keeps the words up to
 * date through the bridge (setQuitWarning: null when nothing waits); closing the window then asks
 * first. Waiting documents are never lost by quitting (they stay encrypted in the outbox), so the
 * question is only whether staff would rather keep Hearth open to let them go now.
 */

/** The part of Electron's `close` event this module uses. */
export interface CloseEvent {
  preventDefault(): void;
}

/** The part of a BrowserWindow this module uses, so a test can pass a fake. */
export interface QuitGuardedWindow {
  on(event: 'close', listener: (event: CloseEvent) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

/** The options this module gives Electron's `dialog.showMessageBox`. */
export interface QuitDialogOptions {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: boolean;
}

/** Electron's `dialog.showMessageBox`, injected. */
export type ShowMessageBox<W> = (window: W, options: QuitDialogOptions) => Promise<{ response: number }>;

export const KEEP_OPEN = 'Keep Hearth open';
export const QUIT_ANYWAY = 'Quit anyway';
const KEEP_OPEN_ID = 0;
const QUIT_ANYWAY_ID = 1;

export function quitDialogOptions(message: string): QuitDialogOptions {
  return {
    type: 'warning',
    title: 'Hearth',
    message: 'Documents are waiting to be sent',
    detail: message,
    buttons: [KEEP_OPEN, QUIT_ANYWAY],
    // Enter and Escape both keep Hearth open: quitting must be a deliberate choice.
    defaultId: KEEP_OPEN_ID,
    cancelId: KEEP_OPEN_ID,
    noLink: true,
  };
}

export interface QuitWarning<W extends QuitGuardedWindow> {
  /** The renderer's words, or null when nothing waits. */
  set(message: string | null): void;
  current(): string | null;
  /** Asks before `window` closes while a message is set. */
  guard(window: W): void;
}

export function createQuitWarning<W extends QuitGuardedWindow>(
  showMessageBox: ShowMessageBox<W>,
): QuitWarning<W> {
  let message: string | null = null;
  return {
    set: (next) => {
      message = next;
    },
    current: () => message,
    guard: (window) => {
      let asking = false;
      let confirmed = false;
      window.on('close', (event) => {
        if (confirmed || message === null) return;
        event.preventDefault();
        // A second close (the button pressed twice) while the question is open asks nothing more.
        if (asking) return;
        asking = true;
        void showMessageBox(window, quitDialogOptions(message))
          .then(({ response }) => {
            if (response !== QUIT_ANYWAY_ID || window.isDestroyed()) return;
            confirmed = true;
            window.close();
          })
          .catch((error: unknown) => {
            // No dialog could be shown: stay open rather than close without the warning.
            console.warn('Hearth could not show the quit warning', error);
          })
          .finally(() => {
            asking = false;
          });
      });
    },
  };
}
