import { describe, expect, it } from 'vitest';
import { showDesktopNotification } from './notifications.ts';

function fakeNotificationClass(supported: boolean) {
  const shown: { title: string; body: string }[] = [];
  class FakeNotification {
    static isSupported = () => supported;
    readonly options: { title: string; body: string };
    constructor(options: { title: string; body: string }) {
      this.options = options;
    }
    show() {
      shown.push(this.options);
    }
  }
  return { FakeNotification, shown };
}

describe('desktop notifications from the main process', () => {
  it('shows the title and body it was given', () => {
    const { FakeNotification, shown } = fakeNotificationClass(true);
    expect(showDesktopNotification(FakeNotification, { title: 'Hearth', body: '3 uploads sent' })).toBe(true);
    expect(shown).toEqual([{ title: 'Hearth', body: '3 uploads sent' }]);
  });

  it('reports false, showing nothing, where the desktop has no notifications', () => {
    const { FakeNotification, shown } = fakeNotificationClass(false);
    expect(showDesktopNotification(FakeNotification, { title: 'Hearth', body: 'x' })).toBe(false);
    expect(shown).toEqual([]);
  });
});
