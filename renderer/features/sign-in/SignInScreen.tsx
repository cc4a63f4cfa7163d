import { useEffect, useState, type FormEvent } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/ErrorSummary.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useUiStore } from '../../app/ui-store.ts';
import { signIn } from './sign-in-api.ts';
import { validateSignIn, type SignInFieldErrors } from './validate.ts';

/**
 * GOV.UK sign-in pattern. Every person signs in with their own account (no shared logins); what
 * the gateway answers is shown plainly in the error summary, never hidden behind "something went wrong".
 */
export function SignInScreen({ gatewayUrl }: { gatewayUrl: string }) {
  const setSignedIn = useUiStore((s) => s.setSignedIn);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Counts failed submits, so the error summary takes focus again even when the errors are the same.
  const [attempt, setAttempt] = useState(0);

  const summary: ErrorSummaryItem[] = [
    ...(fieldErrors.username ? [{ text: fieldErrors.username, fieldId: 'username' }] : []),
    ...(fieldErrors.password ? [{ text: fieldErrors.password, fieldId: 'password' }] : []),
    ...(problem ? [{ text: problem }] : []),
  ];

  useEffect(() => {
    // GOV.UK: prefix the title with "Error:" so screen reader users hear it when the page changes.
    document.title = `${summary.length > 0 ? 'Error: ' : ''}Sign in – Hearth`;
  }, [summary.length]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const errors = validateSignIn({ username, password });
    setFieldErrors(errors);
    setProblem(null);
    if (Object.keys(errors).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await signIn(gatewayUrl, username, password);
    setBusy(false);
    if (result.ok) {
      setSignedIn(result.value);
      return;
    }
    setProblem(result.message);
    setAttempt((n) => n + 1);
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {summary.length > 0 && <ErrorSummary items={summary} attempt={attempt} />}
        <h1 className="govuk-heading-l">Sign in to Hearth</h1>
        <p className="govuk-body">Use your own account. Do not share it or sign in for someone else.</p>
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
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </div>
  );
}
