import type { ChildRecord } from '../../../../shared/api/records.ts';

type FullRecord = Extract<ChildRecord, { restricted: false }>;

/**
 * The allocated social worker and how to reach them; with nobody allocated, the team's duty inbox
 * (001: the duty inbox is where the home's information goes when no worker is allocated).
 * Addresses are plain text to copy: Hearth's window opens no mail program.
 */
export function SocialWorkerContact({ child }: { child: FullRecord }) {
  const { socialWorker, team } = child;
  if (!socialWorker) {
    return (
      <p className="govuk-body govuk-!-margin-0" data-testid="no-worker">
        No allocated worker — contact the team’s duty inbox {team.dutyInboxEmail}
        <br />
        {team.name}
      </p>
    );
  }
  return (
    <p className="govuk-body govuk-!-margin-0" data-testid="social-worker">
      {socialWorker.name}
      <br />
      {team.name}
      <br />
      Email: {socialWorker.email}
      <br />
      Phone: {socialWorker.phone}
    </p>
  );
}
