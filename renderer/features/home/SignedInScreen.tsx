import type { SignedIn } from '../sign-in/sign-in-api.ts';

/** What follows sign-in. The children's records screens replace this as they are built. */
export default function SignedInScreen({ signedIn }: { signedIn: SignedIn }) {
  return (
    <>
      <h1 className="govuk-heading-l">You are signed in</h1>
      <p className="govuk-body">
        Signed in as {signedIn.displayName}, {signedIn.role}.
      </p>
    </>
  );
}
