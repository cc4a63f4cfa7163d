import { useEffect, useRef } from 'react';

/**
 * Records a screen view once per time the screen is shown. The ref survives React's development
 * double-run of effects, so one view is one audit event there too.
 */
export function useAuditOnce(record: () => void): void {
  const done = useRef(false);
  const latest = useRef(record);
  useEffect(() => {
    latest.current = record;
  });
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    latest.current();
  }, []);
}
