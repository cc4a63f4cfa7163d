import { useEffect, useRef } from 'react';
import { host } from '../host/index.ts';
import { useAutoLockSetting } from '../session/auto-lock-setting.ts';
import { startIdleTimer, type IdleTimer } from '../session/idle-timer.ts';
import { lockSession } from '../session/lock.ts';
import { useSession } from '../session/session-store.ts';

/** What counts as someone at the keyboard: any key, pointer, scroll or touch. */
const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Locks Hearth after the idle time set in Settings, and when the computer locks or sleeps (issue 7
 * "Sessions"; 003: locked when staff step away). Runs only while someone is signed in and the screen
 * is open: once locked, the lock screen waits for the password and nothing more is timed.
 */
export function useAutoLock(): void {
  const open = useSession((s) => s.status === 'signed-in' && !s.locked);
  const minutes = useAutoLockSetting((s) => s.minutes);
  const timer = useRef<IdleTimer | null>(null);
  // The current setting, read when the timer starts without restarting it on every change.
  const idleMs = minutes * 60_000;
  const idleMsRef = useRef(idleMs);
  idleMsRef.current = idleMs;

  useEffect(() => {
    if (!open) return undefined;
    const idle = startIdleTimer({ idleMs: idleMsRef.current, onIdle: () => lockSession('idle') });
    timer.current = idle;
    const onActivity = () => idle.activity();
    // Capture phase: a screen that stops an event's propagation still counts as activity.
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    const stopListening = host.onSystemLock((reason) => lockSession(reason));
    return () => {
      idle.stop();
      timer.current = null;
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
      stopListening();
    };
  }, [open]);

  // A new time from Settings applies to the running timer, from the last activity.
  useEffect(() => {
    timer.current?.setIdleMs(idleMs);
  }, [idleMs]);
}
