import { describe, expect, it, vi } from 'vitest';
import { HEARTH_PARTITION, hearthWindowOptions, showWhenReady } from './window-options.ts';

const options = hearthWindowOptions({ preloadPath: '/app/out/preload/index.cjs', devTools: false });
const prefs = options.webPreferences ?? {};

describe('the Hearth window (issue 2: secure Electron shell)', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
  ] as const)('sets %s to %s explicitly', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it('loads the preload it was given', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('uses the persistent hearth partition, so the IndexedDB outbox survives a restart', () => {
    expect(HEARTH_PARTITION).toBe('persist:hearth');
    expect(prefs.partition).toBe(HEARTH_PARTITION);
  });

  it('keeps developer tools out of installed builds', () => {
    expect(prefs.devTools).toBe(false);
    expect(hearthWindowOptions({ preloadPath: 'p', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('starts hidden and shows on ready-to-show', () => {
    expect(options.show).toBe(false);
    const listeners = new Map<string, () => void>();
    const window = {
      once: (event: string, listener: () => void) => listeners.set(event, listener),
      show: vi.fn(),
    };
    showWhenReady(window);
    expect(window.show).not.toHaveBeenCalled();
    listeners.get('ready-to-show')?.();
    expect(window.show).toHaveBeenCalledOnce();
  });
});
