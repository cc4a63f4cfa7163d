import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, type FocusableWindow, type SingleInstanceApp } from './single-instance.ts';

function fakeApp(gotLock: boolean) {
  const listeners = new Map<string, () => void>();
  const app = {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    on: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
  } satisfies SingleInstanceApp;
  return { app, secondLaunch: () => listeners.get('second-instance')?.() };
}

function fakeWindow(minimized: boolean) {
  return {
    isDestroyed: vi.fn(() => false),
    isMinimized: vi.fn(() => minimized),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  } satisfies FocusableWindow;
}

describe('the single-instance lock (issue 2)', () => {
  it('quits a second launch', () => {
    const { app } = fakeApp(false);
    expect(claimSingleInstance(app, () => undefined)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('keeps the first instance and brings its window forward when a second launch happens', () => {
    const { app, secondLaunch } = fakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(app, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    secondLaunch();
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('does nothing on a second launch before the window exists', () => {
    const { app, secondLaunch } = fakeApp(true);
    claimSingleInstance(app, () => undefined);
    expect(() => secondLaunch()).not.toThrow();
  });
});
