// The warning on quit while documents wait (issue 4 "The app": "a warning on sign-out and on quit
// while items wait, saying they are kept and will be sent later"). A fake window and dialog stand
// in for Electron's: this is the decision alone.
import { describe, expect, it, vi } from 'vitest';
import {
  createQuitWarning,
  KEEP_OPEN,
  QUIT_ANYWAY,
  type CloseEvent,
  type QuitDialogOptions,
  type QuitGuardedWindow,
} from './quit-warning.ts';

const WAITING =
  '1 document is waiting to be sent. It is kept safely on this computer and will be sent when Hearth is next online.';

class FakeWindow implements QuitGuardedWindow {
  closed = false;
  private listeners: ((event: CloseEvent) => void)[] = [];
  on(_event: 'close', listener: (event: CloseEvent) => void) {
    this.listeners.push(listener);
  }
  /** Like Electron: 'close' first; the window closes unless a listener prevented it. */
  close() {
    let prevented = false;
    const event = { preventDefault: () => void (prevented = true) };
    for (const listener of this.listeners) listener(event);
    if (!prevented) this.closed = true;
  }
  isDestroyed() {
    return this.closed;
  }
}

function setUp(answer: number) {
  let resolve: (value: { response: number }) => void = () => undefined;
  const shown: QuitDialogOptions[] = [];
  const showMessageBox = vi.fn((_window: FakeWindow, options: QuitDialogOptions) => {
    shown.push(options);
    return new Promise<{ response: number }>((r) => (resolve = r));
  });
  const warning = createQuitWarning(showMessageBox);
  const window = new FakeWindow();
  warning.guard(window);
  const answerDialog = async () => {
    resolve({ response: answer });
    // Let the dialog's promise chain run.
    await new Promise((r) => setTimeout(r, 0));
  };
  return { warning, window, showMessageBox, shown, answerDialog };
}

describe('the quit warning (issue 4: warn on quit while documents wait)', () => {
  it('closes at once, asking nothing, when nothing waits', () => {
    const { window, showMessageBox } = setUp(0);
    window.close();
    expect(window.closed).toBe(true);
    expect(showMessageBox).not.toHaveBeenCalled();
  });

  it('while documents wait, stops the close and asks with the renderer’s words', () => {
    const { warning, window, shown } = setUp(0);
    warning.set(WAITING);
    window.close();
    expect(window.closed).toBe(false);
    expect(shown).toHaveLength(1);
    const [options] = shown;
    expect(options?.detail).toBe(WAITING);
    expect(options?.buttons).toEqual([KEEP_OPEN, QUIT_ANYWAY]);
    // Enter and Escape keep Hearth open.
    expect(options?.buttons[options.defaultId]).toBe(KEEP_OPEN);
    expect(options?.buttons[options.cancelId]).toBe(KEEP_OPEN);
  });

  it('"Keep Hearth open" keeps it open, and the next close asks again', async () => {
    const { warning, window, showMessageBox, answerDialog } = setUp(0);
    warning.set(WAITING);
    window.close();
    await answerDialog();
    expect(window.closed).toBe(false);
    window.close();
    expect(showMessageBox).toHaveBeenCalledTimes(2);
    expect(window.closed).toBe(false);
  });

  it('"Quit anyway" closes the window for real', async () => {
    const { warning, window, showMessageBox, answerDialog } = setUp(1);
    warning.set(WAITING);
    window.close();
    await answerDialog();
    expect(window.closed).toBe(true);
    expect(showMessageBox).toHaveBeenCalledOnce();
  });

  it('a second close while the question is open asks nothing more', () => {
    const { warning, window, showMessageBox } = setUp(0);
    warning.set(WAITING);
    window.close();
    window.close();
    expect(showMessageBox).toHaveBeenCalledOnce();
    expect(window.closed).toBe(false);
  });

  it('once the queue empties (message null), closes without asking', () => {
    const { warning, window, showMessageBox } = setUp(0);
    warning.set(WAITING);
    warning.set(null);
    expect(warning.current()).toBeNull();
    window.close();
    expect(window.closed).toBe(true);
    expect(showMessageBox).not.toHaveBeenCalled();
  });

  it('stays open if the dialog cannot be shown, rather than close without warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const warning = createQuitWarning<FakeWindow>(() => Promise.reject(new Error('no display')));
    const window = new FakeWindow();
    warning.guard(window);
    warning.set(WAITING);
    window.close();
    await new Promise((r) => setTimeout(r, 0));
    expect(window.closed).toBe(false);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
