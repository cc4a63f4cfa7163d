import { useEffect } from 'react';
import { gatewayAnswers } from './health.ts';
import { useSession, type SessionState } from '../session/session-store.ts';
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

/** Signed in with the gateway's answer (not unlocked offline). */
const onlineSession = (state: SessionState) => state.status === 'signed-in' && state.mode === 'online';

/**
 * Keeps `connection` in the store up to date: checks at start, then as `nextCheckMs` says, and
 * whenever the browser says the network came back. The browser's "offline" event is believed at
 * once; its "online" event only prompts a check, because a network is not the same as the gateway.
 * An online sign-in is the gateway answering, so it counts as a check that found it there: what
 * waits on "online" (the audit shipping, the queue) need not wait for the next check.
 */
export function useConnectionWatch(gatewayUrl: string | null): void {
  const setConnection = useUiStore((s) => s.setConnection);
  useEffect(() => {
    if (!gatewayUrl) return undefined;
    let stopped = false;
    let timer: number | undefined;
    // Only the latest check counts: one begun while the line was down may answer after a newer one.
    let latest = 0;
    const settle = (answers: boolean) => {
      setConnection(answers ? 'online' : 'offline');
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void check(), nextCheckMs(answers));
    };
    const check = async () => {
      const mine = ++latest;
      window.clearTimeout(timer);
      const answers = await gatewayAnswers(gatewayUrl);
      if (!stopped && mine === latest) settle(answers);
    };
    const wentOffline = () => {
      latest += 1;
      settle(false);
    };
    const cameBack = () => void check();
    const unsubscribe = useSession.subscribe((now, before) => {
      if (!onlineSession(now) || onlineSession(before)) return;
      latest += 1;
      settle(true);
    });
    void check();
    window.addEventListener('offline', wentOffline);
    window.addEventListener('online', cameBack);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('offline', wentOffline);
      window.removeEventListener('online', cameBack);
    };
  }, [gatewayUrl, setConnection]);
}
