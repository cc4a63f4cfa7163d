import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/ErrorSummary.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { validateSignIn, type SignInFieldErrors } from './validate.ts';

export interface CredentialsFormProps {
  title: string;
  /** The browser tab's title, before " – Hearth". */
  pageTitle: string;
  intro: ReactNode;
  submitLabel: string;
  busyLabel: string;
  /** Tries the username and password; resolves to the problem to show, or null when it worked. */
  attempt(username: string, password: string): Promise<{ problem: string; clearPassword: boolean } | null>;
}

/**
 * GOV.UK sign-in pattern, shared by "Sign in to Hearth" and "Unlock Hearth": username, password,
 * and an error summary that takes focus after each failed submit and names the problem plainly.
 */
export function CredentialsForm({
  title,
  pageTitle,
  intro,
  submitLabel,
  busyLabel,
  attempt,
}: CredentialsFormProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Counts failed submits, so the error summary takes focus again even when the errors are the same.
  const [failures, setFailures] = useState(0);

  const summary: ErrorSummaryItem[] = [
    ...(fieldErrors.username ? [{ text: fieldErrors.username, fieldId: 'username' }] : []),
    ...(fieldErrors.password ? [{ text: fieldErrors.password, fieldId: 'password' }] : []),
    ...(problem ? [{ text: problem }] : []),
  ];

  useEffect(() => {
    // GOV.UK: prefix the title with "Error:" so screen reader users hear it when the page changes.
    document.title = `${summary.length > 0 ? 'Error: ' : ''}${pageTitle} – Hearth`;
  }, [summary.length, pageTitle]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const errors = validateSignIn({ username, password });
    setFieldErrors(errors);
    setProblem(null);
    if (Object.keys(errors).length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    setBusy(true);
    const outcome = await attempt(username, password);
    if (!outcome) return; // signed in: this screen is about to go
    setBusy(false);
    setProblem(outcome.problem);
    if (outcome.clearPassword) setPassword('');
    setFailures((n) => n + 1);
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {summary.length > 0 && <ErrorSummary items={summary} attempt={failures} />}
        <h1 className="govuk-heading-l">{title}</h1>
        {intro}
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextField
            id="username"
            label="Username"
            value={username}
            onChange={setUsername}
            error={fieldErrors.username}
            autoComplete="username"
          />
          <TextField
            id="password"
            label="Password"
            type="password"
            value={password}
            onChange={setPassword}
            error={fieldErrors.password}
            autoComplete="current-password"
          />
          <button type="submit" className="govuk-button" aria-disabled={busy || undefined}>
            {busy ? busyLabel : submitLabel}
          </button>
        </form>
      </div>
    </div>
  );
}
