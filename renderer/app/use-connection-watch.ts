import { useEffect } from 'react';
import { gatewayAnswers } from './health.ts';
import { useUiStore } from './ui-store.ts';

/** Half a minute: soon enough to notice the connection is back, light on a home's broadband. */
const RECHECK_MS = 30_000;

/**
 * Keeps `connection` in the store up to date: checks at start, every half minute, and whenever
 * the browser says the network came back. The browser's "offline" event is believed at once;
 * its "online" event only prompts a check, because a network is not the same as the gateway.
 */
export function useConnectionWatch(gatewayUrl: string | null): void {
  const setConnection = useUiStore((s) => s.setConnection);
  useEffect(() => {
    if (!gatewayUrl) return undefined;
    let stopped = false;
    const check = async () => {
      const answers = await gatewayAnswers(gatewayUrl);
      if (!stopped) setConnection(answers ? 'online' : 'offline');
    };
    const wentOffline = () => setConnection('offline');
    const cameBack = () => void check();
    void check();
    const timer = window.setInterval(cameBack, RECHECK_MS);
    window.addEventListener('offline', wentOffline);
    window.addEventListener('online', cameBack);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      window.removeEventListener('offline', wentOffline);
      window.removeEventListener('online', cameBack);
    };
  }, [gatewayUrl, setConnection]);
}
