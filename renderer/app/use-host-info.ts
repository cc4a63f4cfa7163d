import { useEffect } from 'react';
import { host } from '../host/index.ts';
import { useUiStore } from './ui-store.ts';

/** Asks the host once for the app's details and the gateway URL, and keeps them in the store. */
export function useHostInfo(): void {
  const hostLoaded = useUiStore((s) => s.hostLoaded);
  const hostFailed = useUiStore((s) => s.hostFailed);
  useEffect(() => {
    let stopped = false;
    Promise.all([host.appInfo(), host.gatewayUrl()]).then(
      ([appInfo, gatewayUrl]) => {
        if (!stopped) hostLoaded(appInfo, gatewayUrl);
      },
      (error: unknown) => {
        if (!stopped) hostFailed(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      stopped = true;
    };
  }, [hostLoaded, hostFailed]);
}
