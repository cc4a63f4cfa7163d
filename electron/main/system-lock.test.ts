// Hearth locks when the computer locks or sleeps (issue 7 "Sessions"; 003: locked when staff step
// away). A fake powerMonitor and fake windows stand in for Electron's: this is the wiring alone.
import { describe, expect, it } from 'vitest';
import { EVENT_CHANNEL_NAMES } from '../../shared/bridge/channel-names.ts';
import type { SystemLockReason } from '../../shared/bridge/schemas.ts';
import { watchSystemLock, type LockableContents, type PowerMonitorLike } from './system-lock.ts';

class FakePowerMonitor implements PowerMonitorLike {
  private listeners = new Map<string, (() => void)[]>();
  on(event: string, listener: () => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  emit(event: string) {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }
}

class FakeContents implements LockableContents {
  sent: [string, SystemLockReason][] = [];
  private readonly destroyed: boolean;
  constructor(destroyed = false) {
    this.destroyed = destroyed;
  }
  send(channel: string, reason: SystemLockReason) {
    this.sent.push([channel, reason]);
  }
  isDestroyed() {
    return this.destroyed;
  }
}

describe('locking Hearth with the computer (issue 7: auto-lock when the computer locks or sleeps)', () => {
  it('tells every Hearth window when the screen locks', () => {
    const power = new FakePowerMonitor();
    const windows = [new FakeContents(), new FakeContents()];
    watchSystemLock(power, () => windows);
    power.emit('lock-screen');
    for (const w of windows) expect(w.sent).toEqual([[EVENT_CHANNEL_NAMES.systemLocked, 'lock-screen']]);
  });

  it('tells them when the computer is going to sleep', () => {
    const power = new FakePowerMonitor();
    const window = new FakeContents();
    watchSystemLock(power, () => [window]);
    power.emit('suspend');
    expect(window.sent).toEqual([[EVENT_CHANNEL_NAMES.systemLocked, 'suspend']]);
  });

  it('says nothing on other power events (e.g. waking up or unlocking the screen)', () => {
    const power = new FakePowerMonitor();
    const window = new FakeContents();
    watchSystemLock(power, () => [window]);
    power.emit('resume');
    power.emit('unlock-screen');
    expect(window.sent).toEqual([]);
  });

  it('skips a window being closed, and reaches windows opened after the wiring', () => {
    const power = new FakePowerMonitor();
    const closing = new FakeContents(true);
    const windows: FakeContents[] = [closing];
    watchSystemLock(power, () => windows);
    const opened = new FakeContents();
    windows.push(opened);
    power.emit('lock-screen');
    expect(closing.sent).toEqual([]);
    expect(opened.sent).toHaveLength(1);
  });
});
