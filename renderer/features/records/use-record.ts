import { useCallback, useEffect, useRef, useState } from 'react';
import { loadRecord, type Loaded, type RecordRequest, type Shown } from './load-record.ts';

export type LoadedRecord<T> = Loaded<T> & {
  /** Loads again, e.g. after the connection came back ("Try again"). */
  retry(): void;
};

/**
 * Loads a record for a screen and calls `onShown` once each time it is shown (the screen's audit
 * event). A request is identified by its path and saved-copy key: a new one starts a new load,
 * and an answer that arrives after the screen moved on is dropped (so it is neither shown nor audited).
 */
export function useRecord<T>(request: RecordRequest<T>, onShown: (shown: Shown<T>) => void): LoadedRecord<T> {
  const [attempt, setAttempt] = useState(0);
  const id = `${request.path}\n${request.cacheKey}\n${attempt}`;
  const [loaded, setLoaded] = useState<{ id: string; result: Loaded<T> } | null>(null);
  const latest = useRef({ request, onShown });
  useEffect(() => {
    latest.current = { request, onShown };
  });
  useEffect(() => {
    let current = true;
    void loadRecord(latest.current.request).then((result) => {
      if (!current) return;
      setLoaded({ id, result });
      if (result.state === 'shown') latest.current.onShown(result);
    });
    return () => {
      current = false;
    };
  }, [id]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const result: Loaded<T> = loaded?.id === id ? loaded.result : { state: 'loading' };
  return { ...result, retry };
}
