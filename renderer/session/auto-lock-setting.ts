/**
 * How long Hearth waits, idle, before it locks (issue 7 "Sessions": default 5 minutes). A setting of
 * this computer, chosen in Settings within bounds: at least 1 minute, so typing a long case note is
 * not interrupted by a lock that comes too soon, and at most 15, so a screen left open in a shared
 * office does not show children's records for long (003: locked when staff step away). It holds a
 * number, no personal data, so plain localStorage is fine.
 */
import { create } from 'zustand';
import { z } from 'zod';

export const AUTO_LOCK_DEFAULT_MINUTES = 5;
export const AUTO_LOCK_MIN_MINUTES = 1;
export const AUTO_LOCK_MAX_MINUTES = 15;

const STORAGE_KEY = 'hearth.autoLockMinutes';

export const AutoLockMinutes = z.number().int().min(AUTO_LOCK_MIN_MINUTES).max(AUTO_LOCK_MAX_MINUTES);

function stored(): number {
  try {
    const parsed = AutoLockMinutes.safeParse(Number(localStorage.getItem(STORAGE_KEY)));
    return parsed.success ? parsed.data : AUTO_LOCK_DEFAULT_MINUTES;
  } catch {
    return AUTO_LOCK_DEFAULT_MINUTES;
  }
}

/**
 * Reads what someone typed into the setting: whole minutes within the bounds, or the words of the
 * problem (GOV.UK error message style: says what to enter).
 */
export function parseAutoLockMinutes(
  text: string,
): { ok: true; minutes: number } | { ok: false; problem: string } {
  const trimmed = text.trim();
  const problem = `Enter a whole number of minutes from ${AUTO_LOCK_MIN_MINUTES} to ${AUTO_LOCK_MAX_MINUTES}`;
  if (!/^\d+$/.test(trimmed)) return { ok: false, problem };
  const parsed = AutoLockMinutes.safeParse(Number(trimmed));
  return parsed.success ? { ok: true, minutes: parsed.data } : { ok: false, problem };
}

interface AutoLockSetting {
  minutes: number;
  setMinutes(minutes: number): void;
}

export const useAutoLockSetting = create<AutoLockSetting>()((set) => ({
  minutes: stored(),
  setMinutes: (minutes) => {
    const parsed = AutoLockMinutes.parse(minutes);
    try {
      localStorage.setItem(STORAGE_KEY, String(parsed));
    } catch {
      // Storage refused (e.g. full): the setting still holds until Hearth is closed.
    }
    set({ minutes: parsed });
  },
}));
