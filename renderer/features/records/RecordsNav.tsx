import { AUDIT_HREF } from '../audit/index.ts';
import { formsHref } from '../forms/index.ts';
import { HARD_COPIES_HREF, useHardCopiesCount, useHardCopiesRefresh } from '../hard-copies/index.ts';
import { SETTINGS_HREF } from '../settings/index.ts';
import { queueHref, uploadHref } from '../uploads/index.ts';
import { CHILDREN_HREF } from './router.ts';

type NavItem = 'children' | 'upload' | 'forms' | 'queue' | 'hard-copies' | 'audit' | 'settings';

/**
 * The way around Hearth once signed in: the home's children, and for those who may upload (001:
 * managers, assistant managers and principal workers with all nine modules) the upload screen and the forms Hearth
 * writes (which are uploaded too).
 * The queue and settings are for everyone: what waits on this computer is everyone's concern.
 * Those who upload also see how many hard copies of received documents still need their note (001),
 * kept current as the queue changes.
 * The audit is for the home's managers only (001: "reviewed by management").
 * Who is signed in and "Sign out" are in the app's header, on every screen.
 */
export function RecordsNav({
  homeName,
  canUpload,
  canReviewAudit,
  current,
}: {
  homeName: string;
  canUpload: boolean;
  canReviewAudit: boolean;
  current: NavItem | null;
}) {
  useHardCopiesRefresh(canUpload);
  const toMark = useHardCopiesCount();
  const link = (item: NavItem, href: string, label: string) => (
    <li>
      <a
        className="govuk-link govuk-link--no-visited-state"
        href={href}
        aria-current={current === item ? 'page' : undefined}
      >
        {label}
      </a>
    </li>
  );
  return (
    <nav className="hearth-records-nav" aria-label="Records">
      <ul className="hearth-records-nav__list">
        {link('children', CHILDREN_HREF, `Children in ${homeName}`)}
        {canUpload && link('upload', uploadHref(), 'Upload a document')}
        {canUpload && link('forms', formsHref(), 'Write a form')}
        {link('queue', queueHref(), 'Upload queue')}
        {canUpload &&
          link(
            'hard-copies',
            HARD_COPIES_HREF,
            `Hard copies to mark${toMark === null ? '' : ` (${toMark})`}`,
          )}
        {canReviewAudit && link('audit', AUDIT_HREF, 'Audit')}
        {link('settings', SETTINGS_HREF, 'Settings')}
      </ul>
    </nav>
  );
}
