/**
 * Whether Hearth can reach the gateway: the app shell's check (renderer/app/ui-store.ts), and the
 * browser's own "offline", which is believed at once. 'checking' until the shell's first answer.
 */
import { useEffect, useState } from 'react';
import { useUiStore } from '../../app/ui-store.ts';

export type Online = 'online' | 'offline' | 'checking';

export function useOnline(): Online {
  const connection = useUiStore((s) => s.connection);
  const [browserOnline, setBrowserOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setBrowserOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  if (!browserOnline || connection === 'offline') return 'offline';
  return connection;
}
