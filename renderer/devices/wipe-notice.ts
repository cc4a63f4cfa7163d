/**
 * Why this computer was wiped, kept across the reload that ends the wipe (wipe.ts): when, and how
 * many documents had not reached the council. No personal data, so plain localStorage is fine.
 */
import { z } from 'zod';

const NOTICE_KEY = 'hearth.wipedAfterRevocation';

export const WipeNotice = z.object({ at: z.iso.datetime(), unsent: z.number().int().nonnegative() });
export type WipeNotice = z.infer<typeof WipeNotice>;

export function saveWipeNotice(notice: WipeNotice): void {
  try {
    localStorage.setItem(NOTICE_KEY, JSON.stringify(notice));
  } catch {
    // Storage refused: the wipe still stands; only the explanation after the reload is lost.
  }
}

/** The notice left by the last wipe, if any. */
export function wipeNotice(): WipeNotice | null {
  try {
    const parsed = WipeNotice.safeParse(JSON.parse(localStorage.getItem(NOTICE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Once read and acknowledged, the notice goes. */
export function dismissWipeNotice(): void {
  try {
    localStorage.removeItem(NOTICE_KEY);
  } catch {
    // nothing to do
  }
}
