import { useSession } from '../../../session/session-store.ts';
import { formsHref } from '../../forms/index.ts';
import { uploadHref } from '../../uploads/index.ts';
import { CaseNotesScreen } from '../case-notes/CaseNotesScreen.tsx';
import { DocumentsScreen } from '../documents/DocumentsScreen.tsx';
import { GroupScreen } from '../group/GroupScreen.tsx';
import { Loading, LoadProblem } from '../LoadState.tsx';
import { PageHeading } from '../PageHeading.tsx';
import { summaryRequest } from '../requests.ts';
import type { ChildScreen } from '../router.ts';
import { useRecord } from '../use-record.ts';
import { ChildBar } from './ChildBar.tsx';
import { ChildNav } from './ChildNav.tsx';
import { SummaryScreen } from './SummaryScreen.tsx';

const TITLES: Record<ChildScreen, string> = {
  summary: 'Person summary',
  documents: 'Documents',
  'case-notes': 'Case notes',
  group: 'Sibling group',
};

/**
 * Every screen of one child's record. The person summary is loaded once per child and kept while
 * moving between the child's screens: it names the child and their Mosaic number at the top of
 * each, and says whether the record is restricted. The heading stays in one place in the tree
 * through loading and loaded, so focus given to it on arrival is not lost.
 */
export function ChildLayout({ childId, screen }: { childId: string; screen: ChildScreen }) {
  // No audit here: the summary screen audits its own showing, as the other screens do.
  const summary = useRecord(summaryRequest(childId), () => undefined);
  const canUpload = useSession((s) => s.staff?.access.level === 'read-upload');
  const shown = summary.state === 'shown' ? summary : null;
  const child = shown?.value ?? null;
  const name = child ? `${child.firstName} ${child.lastName}` : null;
  // A restricted record shown in full by the reader's grant (002 §6.2) is not kept on the device.
  const keepOffline = !(child && !child.restricted && child.grantedAccess);
  // A child who does not exist for the reader gets a heading that says so, on every screen.
  const title =
    summary.state === 'failed' && summary.error === 'not-found' ? 'Child not found' : TITLES[screen];

  return (
    <>
      {child && <ChildBar child={child} />}
      <PageHeading title={title} />
      {summary.state === 'loading' && <Loading what="the record" />}
      {summary.state === 'failed' && (
        <LoadProblem error={summary.error} message={summary.message} onRetry={summary.retry} />
      )}
      {shown && child && name && (
        <>
          {!child.restricted && <ChildNav childId={childId} name={name} current={screen} />}
          {canUpload && (
            <p className="govuk-body">
              <a className="govuk-link" href={uploadHref(childId)}>
                Upload a document for {name}
              </a>
              {' · '}
              <a className="govuk-link" href={formsHref(childId)}>
                Write a form for {name}
              </a>
            </p>
          )}
          {screen === 'summary' && <SummaryScreen shown={shown} />}
          {screen !== 'summary' && child.restricted && (
            // 002 §6.2: a restricted record shows basic details only; nothing else is asked for.
            <LoadProblem error="restricted" message={child.accessNote} />
          )}
          {screen === 'documents' && !child.restricted && (
            <DocumentsScreen
              childId={childId}
              mosaicId={child.mosaicId}
              allocatedWorker={child.socialWorker?.name ?? null}
              keepOffline={keepOffline}
            />
          )}
          {screen === 'case-notes' && !child.restricted && (
            <CaseNotesScreen childId={childId} keepOffline={keepOffline} />
          )}
          {screen === 'group' && !child.restricted && <GroupScreen childId={childId} />}
        </>
      )}
    </>
  );
}
