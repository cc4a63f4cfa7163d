import { useEffect } from 'react';
import { gatewayAnswers } from './health.ts';
import { useUiStore } from './ui-store.ts';

/** Half a minute while the gateway answers: light on a home's broadband. */
export const RECHECK_MS = 30_000;
/**
 * While it does not answer, sooner: a home's line or the council's VPN often comes back without
 * the browser firing "online" (its network was up all along; and Chromium 150 fired none to a page
 * reloaded during an outage when the outage ended), and staff should see "Online", and their queue
 * start, within seconds. With no network at all the ask fails at once, without sending anything.
 */
export const UNREACHABLE_RECHECK_MS = 5_000;

/** When to ask the gateway again, after it answered or not. */
export const nextCheckMs = (answered: boolean): number => (answered ? RECHECK_MS : UNREACHABLE_RECHECK_MS);

/**
 * Keeps `connection` in the store up to date: checks at start, then as `nextCheckMs` says, and
 * whenever the browser says the network came back. The browser's "offline" event is believed at
 * once; its "online" event only prompts a check, because a network is not the same as the gateway.
 */
export function useConnectionWatch(gatewayUrl: string | null): void {
  const setConnection = useUiStore((s) => s.setConnection);
  useEffect(() => {
    if (!gatewayUrl) return undefined;
    let stopped = false;
    let timer: number | undefined;
    const check = async () => {
      window.clearTimeout(timer);
      const answers = await gatewayAnswers(gatewayUrl);
      if (stopped) return;
      setConnection(answers ? 'online' : 'offline');
      // Only the latest check sets the next one: a check the "online" event started replaces it.
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void check(), nextCheckMs(answers));
    };
    const wentOffline = () => setConnection('offline');
    const cameBack = () => void check();
    void check();
    window.addEventListener('offline', wentOffline);
    window.addEventListener('online', cameBack);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      window.removeEventListener('offline', wentOffline);
      window.removeEventListener('online', cameBack);
    };
  }, [gatewayUrl, setConnection]);
}
