import { useEffect, useRef, useState } from 'react';
import { elapsedInWords, reg40Clock, type ClockState } from '../../../../shared/domain/regulation-40.ts';
import { englandDateTime } from '../../../../shared/forms/england-time.ts';

/**
 * The time now: read at every render (so a just-typed event time is measured from this moment), and
 * a render forced each minute, as the clock shows minutes and finer ticks would only cost.
 */
function useMinuteNow(): Date {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return new Date();
}

/**
 * The "without delay" clock (reg 40; homes work to 24 hours, DOMAIN.md): time since the event, due
 * now, then "overdue" once 24 hours have passed. The visible text changes each minute but is NOT a
 * live region (a screen reader would repeat it every minute); a separate status region speaks only
 * when the clock turns overdue, once (WCAG 4.1.3 Status Messages).
 */
export function Reg40ClockPanel({ eventAtIso }: { eventAtIso: string }) {
  const now = useMinuteNow();
  const clock = eventAtIso ? reg40Clock(new Date(eventAtIso), now) : null;
  const state: ClockState | null = clock?.state ?? null;
  const previous = useRef<ClockState | null>(state);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    // Spoken once when it turns overdue (as time passes, or as the event time is typed); cleared
    // if the time is corrected, so a later turn is spoken again.
    if (previous.current !== 'overdue' && state === 'overdue') {
      setAnnouncement('The notification is overdue: more than 24 hours have passed since the event.');
    } else if (state !== 'overdue') {
      setAnnouncement('');
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
