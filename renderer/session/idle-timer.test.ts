// Auto-lock after a set idle time (issue 7 "Sessions", default 5 minutes; 003: locked when staff
// step away). Fake timers stand in for the minutes; this is the timer's decision alone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startIdleTimer } from './idle-timer.ts';

const MINUTE = 60_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the idle timer', () => {
  it('locks once the set time passes with nothing done, not a moment before', () => {
    const onIdle = vi.fn();
    startIdleTimer({ idleMs: 5 * MINUTE, onIdle });
    vi.advanceTimersByTime(5 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('any activity starts the quiet time again', () => {
    const onIdle = vi.fn();
    const timer = startIdleTimer({ idleMs: 5 * MINUTE, onIdle });
    vi.advanceTimersByTime(4 * MINUTE);
    timer.activity();
    vi.advanceTimersByTime(4 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('locks only once, however long the computer then stays idle', () => {
    const onIdle = vi.fn();
    startIdleTimer({ idleMs: MINUTE, onIdle });
    vi.advanceTimersByTime(30 * MINUTE);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('a shorter time from settings applies at once, counted from the last activity', () => {
    const onIdle = vi.fn();
    const timer = startIdleTimer({ idleMs: 15 * MINUTE, onIdle });
    vi.advanceTimersByTime(3 * MINUTE);
    timer.setIdleMs(2 * MINUTE);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('a longer time from settings gives the person the extra minutes', () => {
    const onIdle = vi.fn();
    const timer = startIdleTimer({ idleMs: 2 * MINUTE, onIdle });
    vi.advanceTimersByTime(MINUTE);
    timer.setIdleMs(10 * MINUTE);
    vi.advanceTimersByTime(8 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('after waking from sleep past the deadline, locks at once (the clock, not the ticks, decides)', () => {
    const onIdle = vi.fn();
    let clock = 0;
    startIdleTimer({ idleMs: 5 * MINUTE, onIdle, now: () => clock });
    // Asleep: the clock jumps an hour, but the pending timer fires once, late.
    clock = 60 * MINUTE;
    vi.advanceTimersByTime(5 * MINUTE);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('stopped (signed out or already locked), it never locks', () => {
    const onIdle = vi.fn();
    const timer = startIdleTimer({ idleMs: MINUTE, onIdle });
    timer.stop();
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
