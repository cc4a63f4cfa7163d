/** The sign-in form's own checks, before anything is sent (GOV.UK error message wording). */
export interface SignInFields {
  username: string;
  password: string;
}

export type SignInFieldErrors = Partial<Record<keyof SignInFields, string>>;

export function validateSignIn(fields: SignInFields): SignInFieldErrors {
  const errors: SignInFieldErrors = {};
  if (fields.username.trim() === '') errors.username = 'Enter your username';
  // A password is sent exactly as typed: spaces may be part of it.
  if (fields.password === '') errors.password = 'Enter your password';
  return errors;
}
