/**
 * Settings (#/settings): what this computer does with Hearth's data, for staff and for IT. Issue 4
 * asks for navigator.storage.persist()'s answer here: without persistent storage the browser may
 * clear the whole outbox when the disk runs low. Loaded on demand (lazy-screen.tsx).
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useUiStore } from '../../app/ui-store.ts';
import { host } from '../../host/index.ts';
import { persistenceGranted } from '../../outbox/storage-persistence.ts';
import { DownloadSettingsForm } from '../downloads/DownloadSettingsForm.tsx';
import { getDownloadSettings } from '../downloads/downloads-api.ts';
import { PageHeading } from '../records/PageHeading.tsx';
import { MANAGER_ROLES } from '../../../shared/domain/roles.ts';
import { useSession } from '../../session/session-store.ts';
import { AutoLockForm } from './AutoLockForm.tsx';
import { HomeComputers } from './HomeComputers.tsx';
import { keyStoreWords, sharedDriveWords, storageWords, versionWords } from './settings-words.ts';

type Answer = { state: 'asking' } | { state: 'known'; words: string } | { state: 'failed'; why: string };

/** Asks once per visit to the screen (`ask` is a module-level function); the words, or why not. */
function useAnswer(ask: () => Promise<string>): Answer {
  const [answer, setAnswer] = useState<Answer>({ state: 'asking' });
  useEffect(() => {
    let stopped = false;
    ask().then(
      (words) => !stopped && setAnswer({ state: 'known', words }),
      (error: unknown) =>
        !stopped &&
        setAnswer({ state: 'failed', why: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      stopped = true;
    };
  }, [ask]);
  return answer;
}

// Requests persistence if this page has not asked yet (the outbox also asks on the first enqueue).
const askStorage = async () => storageWords(await persistenceGranted());
const askKeyStore = async () => keyStoreWords(await host.keyStoreStatus());
// The home's folder comes with its download settings (issue 6); reading them hands it to the host.
const askSharedDrive = async () => {
  await getDownloadSettings();
  return sharedDriveWords(await host.sharedDriveStatus());
};

function Row({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

function AnswerText({ answer }: { answer: Answer }) {
  if (answer.state === 'asking') return <>Checking…</>;
  if (answer.state === 'failed') return <>Hearth could not find out: {answer.why}</>;
  return <>{answer.words}</>;
}

export default function SettingsScreen() {
  const storage = useAnswer(askStorage);
  const keyStore = useAnswer(askKeyStore);
  const sharedDrive = useAnswer(askSharedDrive);
  const appInfo = useUiStore((s) => s.appInfo);
  const staff = useSession((s) => s.staff);
  // Enrolling and revoking the home's computers is for its managers (issue 7).
  const manager = staff !== null && MANAGER_ROLES.has(staff.role);
  return (
    <>
      <PageHeading title="Settings" />
      <dl className="govuk-summary-list" data-testid="settings">
        <Row label="Storage on this computer" testId="settings-storage">
          <AnswerText answer={storage} />
        </Row>
        <Row label="Secure key storage" testId="settings-key-store">
          <AnswerText answer={keyStore} />
        </Row>
        <Row label="Shared drive" testId="settings-shared-drive">
          <AnswerText answer={sharedDrive} />
        </Row>
        <Row label="App version" testId="settings-version">
          {appInfo ? versionWords(appInfo) : 'Checking…'}
        </Row>
      </dl>
      <DownloadSettingsForm />
      <AutoLockForm />
      {manager && <HomeComputers homeName={staff.home.name} />}
    </>
  );
}
