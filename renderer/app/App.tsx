import { lazy, Suspense } from 'react';
import { SignInScreen } from '../features/sign-in/SignInScreen.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { Footer } from './Footer.tsx';
import { Header } from './Header.tsx';
import { MAIN_ID, SkipLink } from './SkipLink.tsx';
import { useUiStore } from './ui-store.ts';
import { useConnectionWatch } from './use-connection-watch.ts';
import { useHostInfo } from './use-host-info.ts';

// Screens after sign-in load on demand, so staff see the sign-in screen after the smallest download.
const SignedInScreen = lazy(() => import('../features/home/SignedInScreen.tsx'));

function Screen() {
  const gatewayUrl = useUiStore((s) => s.gatewayUrl);
  const hostProblem = useUiStore((s) => s.hostProblem);
  const signedIn = useUiStore((s) => s.signedIn);
  if (hostProblem) {
    return (
      <>
        <h1 className="govuk-heading-l">Hearth cannot start</h1>
        <p className="govuk-body">{hostProblem}</p>
      </>
    );
  }
  if (!gatewayUrl) return null;
  if (signedIn) {
    return (
      <Suspense fallback={<p className="govuk-body">Loading…</p>}>
        <SignedInScreen signedIn={signedIn} />
      </Suspense>
    );
  }
  return <SignInScreen gatewayUrl={gatewayUrl} />;
}

export function App() {
  useHostInfo();
  useConnectionWatch(useUiStore((s) => s.gatewayUrl));
  return (
    <>
      <SkipLink />
      <Header />
      <div className="govuk-width-container">
        <ConnectionStatus />
        <main className="govuk-main-wrapper" id={MAIN_ID} tabIndex={-1}>
          <Screen />
        </main>
      </div>
      <Footer />
    </>
  );
}
