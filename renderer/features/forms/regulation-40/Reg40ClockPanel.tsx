import { useEffect, useRef, useState } from 'react';
import { elapsedInWords, reg40Clock, type ClockState } from '../../../../shared/domain/regulation-40.ts';
import { englandDateTime } from '../../../../shared/forms/england-time.ts';

/** The time now, refreshed each minute: the clock shows minutes, so finer ticks would only cost. */
function useMinuteNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * The "without delay" clock (reg 40; homes work to 24 hours, DOMAIN.md): time since the event, due
 * now, then "overdue" once 24 hours have passed. The visible text changes each minute but is NOT a
 * live region (a screen reader would repeat it every minute); a separate status region speaks only
 * when the clock turns overdue while the form is open, once (WCAG 4.1.3 Status Messages).
 */
export function Reg40ClockPanel({ eventAtIso }: { eventAtIso: string }) {
  const now = useMinuteNow();
  const clock = eventAtIso ? reg40Clock(new Date(eventAtIso), now) : null;
  const state: ClockState | null = clock?.state ?? null;
  const previous = useRef<ClockState | null>(state);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (previous.current === 'due' && state === 'overdue') {
      setAnnouncement('The notification is now overdue: more than 24 hours have passed since the event.');
    }
    previous.current = state;
  }, [state]);

  return (
    <div data-testid="reg40-clock">
      {clock === null ? (
        <div className="govuk-inset-text">
          Enter when the event happened to see how long is left. Regulation 40 says “without delay”: homes
          notify within 24 hours, weekends and bank holidays included.
        </div>
      ) : clock.state === 'overdue' ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text" data-testid="reg40-clock-text">
            <span className="govuk-visually-hidden">Warning</span>
            Overdue: {elapsedInWords(clock.elapsedMs)} since the event. Notify everyone listed now, and say
            why it was late in the summary.
          </strong>
        </div>
      ) : (
        <div className="govuk-inset-text" data-testid="reg40-clock-text">
          Due now: {elapsedInWords(clock.elapsedMs)} since the event. Notify everyone listed by{' '}
          {englandDateTime(clock.overdueAfter)} at the latest.
        </div>
      )}
      <p className="govuk-visually-hidden" role="status" data-testid="reg40-clock-status">
        {announcement}
      </p>
    </div>
  );
}
