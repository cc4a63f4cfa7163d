import { describe, expect, it, vi } from 'vitest';
import type { WindowOpenHandlerResponse } from 'electron';
import { guardNavigation, type GuardedContents } from './navigation.ts';

type Listener = (event: { url: string; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => WindowOpenHandlerResponse) | undefined;
  const contents: GuardedContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  /** Emits like Electron does; returns whether a listener prevented the default. */
  const emit = (name: string, url = 'about:blank') => {
    const event = { url, preventDefault: vi.fn() };
    for (const listener of listeners.get(name) ?? []) listener(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => openHandler?.({ url });
  return { contents, emit, open };
}

describe('guardNavigation (issue 2: navigation and new windows denied)', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s stays on app://hearth', (name) => {
    const { contents, emit } = fakeContents();
    guardNavigation(contents, vi.fn());
    expect(emit(name, 'app://hearth/children/1')).toBe(false);
    expect(emit(name, 'https://evil.example/')).toBe(true);
    expect(emit(name, 'file:///etc/passwd')).toBe(true);
    expect(emit(name, 'app://evil/index.html')).toBe(true);
    expect(emit(name, 'http://127.0.0.1:8787/')).toBe(true);
  });

  it('hands a refused top-level navigation to the external-link opener (which applies the allow-list)', () => {
    const { contents, emit } = fakeContents();
    const openExternal = vi.fn();
    guardNavigation(contents, openExternal);
    emit('will-navigate', 'https://www.gov.uk/guidance');
    emit('will-navigate', 'app://hearth/other');
    expect(openExternal.mock.calls).toEqual([['https://www.gov.uk/guidance']]);
  });

  it('denies every new window, passing the URL to the external-link opener', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn();
    guardNavigation(contents, openExternal);
    expect(open('https://www.gov.uk/')).toEqual({ action: 'deny' });
    expect(open('app://hearth/index.html')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.gov.uk/');
  });

  it('prevents a <webview> from being attached', () => {
    const { contents, emit } = fakeContents();
    guardNavigation(contents, vi.fn());
    expect(emit('will-attach-webview')).toBe(true);
  });
});
