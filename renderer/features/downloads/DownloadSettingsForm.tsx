/**
 * The home's recording policy for the shared drive (guidance 001: downloads are saved "following
 * the home's recording policy"): the file-name pattern, checked as it is typed with the same rules
 * as the gateway and shown with an example, and which roles may download (a role setting). Only the
 * home's managers change them; everyone sees them. The folder itself is this computer's setting
 * (shown above): Electron writes only inside it; a browser offers an ordinary download instead.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { DownloadSettings } from '../../../shared/api/downloads.ts';
import { examplePath, patternProblems, PLACEHOLDERS } from '../../../shared/domain/file-name-pattern.ts';
import { MANAGER_ROLES, ROLE_LABELS, ROLES, type Role } from '../../../shared/domain/roles.ts';
import { useSession } from '../../session/session-store.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { describedBy, ErrorMessage } from '../../ui/controls/field.tsx';
import { getDownloadSettings, putDownloadSettings } from './downloads-api.ts';
import { SharedDriveFolder } from './SharedDriveFolder.tsx';

const PATTERN_ID = 'download-pattern';

export function DownloadSettingsForm() {
  const role = useSession((s) => s.staff?.role);
  const [loaded, setLoaded] = useState<DownloadSettings | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [pattern, setPattern] = useState('');
  const [roles, setRoles] = useState<readonly Role[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    let current = true;
    void getDownloadSettings().then((answer) => {
      if (!current) return;
      if (!answer.ok) return setFailed(answer.message);
      setLoaded(answer.value);
      setPattern(answer.value.pattern);
      setRoles(answer.value.downloadRoles);
    });
    return () => {
      current = false;
    };
  }, []);

  if (failed) return <p className="govuk-body">The download settings could not be loaded: {failed}</p>;
  if (!loaded) return <p className="govuk-body">Loading the download settings…</p>;
  const mayChange = role !== undefined && MANAGER_ROLES.has(role);
  const example = examplePath(pattern);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const found = patternProblems(pattern);
    setProblems(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    const answer = await putDownloadSettings({ pattern, downloadRoles: [...roles] });
    if (!answer.ok) return setProblems([answer.message]);
    setLoaded(answer.value);
    setSaved(true);
  }

  return (
    <section aria-labelledby="download-settings-heading" data-testid="download-settings">
      <h2 className="govuk-heading-m" id="download-settings-heading">
        Saving downloads to the shared drive
      </h2>
      <SharedDriveFolder />
      {saved && (
        <p className="govuk-inset-text" role="status">
          Saved. The next download is named by this pattern.
        </p>
      )}
      {problems.length > 0 && (
        <ErrorSummary items={problems.map((text) => ({ text, fieldId: PATTERN_ID }))} attempt={attempt} />
      )}
      <form noValidate onSubmit={(event) => void save(event)}>
        <div className={`govuk-form-group${problems.length > 0 ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor={PATTERN_ID}>
            File-name pattern
          </label>
          <div id={`${PATTERN_ID}-hint`} className="govuk-hint">
            Folders separated by “/”. You can use{' '}
            {Object.entries(PLACEHOLDERS)
              .map(([name]) => `{${name}}`)
              .join(', ')}
            .
          </div>
          <ErrorMessage id={`${PATTERN_ID}-error`} text={problems[0]} />
          <input
            className={`govuk-input${problems.length > 0 ? ' govuk-input--error' : ''}`}
            id={PATTERN_ID}
            name={PATTERN_ID}
            type="text"
            spellCheck={false}
            value={pattern}
            readOnly={!mayChange}
            onChange={(event) => setPattern(event.target.value)}
            aria-describedby={describedBy(
              `${PATTERN_ID}-hint`,
              `${PATTERN_ID}-example`,
              problems[0] && `${PATTERN_ID}-error`,
            )}
          />
        </div>
        <p className="govuk-body" id={`${PATTERN_ID}-example`} data-testid="pattern-example">
          {example ? (
            <>
              For example: <code>{example}</code>
            </>
          ) : (
            'This pattern cannot be used yet: ' + patternProblems(pattern).join(' ')
          )}
        </p>
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Who may download</legend>
            <div className="govuk-hint">
              Everyone else views documents in Hearth only. Downloading also needs all 9 training modules.
            </div>
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              {ROLES.map((r) => (
                <div className="govuk-checkboxes__item" key={r}>
                  <input
                    className="govuk-checkboxes__input"
                    id={`download-role-${r}`}
                    type="checkbox"
                    checked={roles.includes(r)}
                    disabled={!mayChange}
                    onChange={(event) =>
                      setRoles(event.target.checked ? [...roles, r] : roles.filter((x) => x !== r))
                    }
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`download-role-${r}`}>
                    {ROLE_LABELS[r]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        {mayChange ? (
          <button type="submit" className="govuk-button">
            Save download settings
          </button>
        ) : (
          <p className="govuk-body">
            Only the home’s registered manager or assistant manager can change these.
          </p>
        )}
        {loaded.updatedBy && loaded.updatedAt && (
          <p className="govuk-body-s">
            Last changed by {loaded.updatedBy} on {new Date(loaded.updatedAt).toLocaleString('en-GB')}.
          </p>
        )}
      </form>
    </section>
  );
}
