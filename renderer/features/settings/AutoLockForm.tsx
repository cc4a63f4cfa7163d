import { useState, type FormEvent } from 'react';
import {
  AUTO_LOCK_MAX_MINUTES,
  AUTO_LOCK_MIN_MINUTES,
  parseAutoLockMinutes,
  useAutoLockSetting,
} from '../../session/auto-lock-setting.ts';
import { auditSettingChanged } from '../../audit/settings-audit.ts';
import { settingChange } from '../../settings/setting-change.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';

const FIELD_ID = 'auto-lock-minutes';

/**
 * "Lock Hearth after": the idle time before the screen locks (issue 7 "Sessions": default 5 minutes,
 * a setting within sensible bounds; 003: locked when staff step away). GOV.UK text input with a
 * "minutes" suffix and numeric keyboard (GOV.UK asks for text inputs, not type=number).
 */
export function AutoLockForm() {
  const minutes = useAutoLockSetting((s) => s.minutes);
  const setMinutes = useAutoLockSetting((s) => s.setMinutes);
  const [typed, setTyped] = useState(String(minutes));
  const [problem, setProblem] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const [saved, setSaved] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseAutoLockMinutes(typed);
    setSaved(false);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      setFailures((n) => n + 1);
      return;
    }
    setProblem(null);
    // Issue 7: a changed lock time is audited, old → new (saving the same time records nothing).
    const change = settingChange('auto-lock minutes', String(minutes), String(parsed.minutes));
    if (change !== null) void auditSettingChanged(change);
    setMinutes(parsed.minutes);
    setTyped(String(parsed.minutes));
    setSaved(true);
  }

  const errorId = `${FIELD_ID}-error`;
  return (
    <form noValidate onSubmit={submit} data-testid="auto-lock-form">
      {problem && <ErrorSummary items={[{ text: problem, fieldId: FIELD_ID }]} attempt={failures} />}
      <div className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
        <h2 className="govuk-label-wrapper">
          <label className="govuk-label govuk-label--m" htmlFor={FIELD_ID}>
            Lock Hearth after
          </label>
        </h2>
        <div className="govuk-hint" id={`${FIELD_ID}-hint`}>
          When nobody uses Hearth for this long, it hides every record until the password is given. From{' '}
          {AUTO_LOCK_MIN_MINUTES} to {AUTO_LOCK_MAX_MINUTES} minutes. Hearth also locks when this computer
          locks or goes to sleep.
        </div>
        {problem && (
          <p id={errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {problem}
          </p>
        )}
        <div className="govuk-input__wrapper">
          <input
            className={`govuk-input govuk-input--width-3${problem ? ' govuk-input--error' : ''}`}
            id={FIELD_ID}
            name={FIELD_ID}
            type="text"
            inputMode="numeric"
            spellCheck={false}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            aria-describedby={`${FIELD_ID}-hint${problem ? ` ${errorId}` : ''}`}
          />
          <div className="govuk-input__suffix" aria-hidden="true">
            minutes
          </div>
        </div>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Save lock time
      </button>
      <p className="govuk-body" role="status" data-testid="auto-lock-saved">
        {saved
          ? `Saved. Hearth now locks after ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} idle.`
          : ''}
      </p>
    </form>
  );
}
