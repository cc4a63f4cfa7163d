import type { GroupPage } from '../../../../shared/api/groups.ts';
import { audit } from '../audit.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { LastUpdated } from '../LastUpdated.tsx';
import { Loading, LoadProblem } from '../LoadState.tsx';
import { groupRequest } from '../requests.ts';
import { childHref } from '../router.ts';
import { useRecord } from '../use-record.ts';

type Names = (ids: readonly string[]) => string;

function namesOf(page: GroupPage): Names {
  const byId = new Map(page.members.map((m) => [m.id, `${m.firstName} ${m.lastName}`]));
  return (ids) =>
    ids
      .map((id) => byId.get(id) ?? '')
      .filter(Boolean)
      .join(', ');
}

function Members({ page }: { page: GroupPage }) {
  return (
    <table className="govuk-table" data-testid="group-members">
      <caption className="govuk-table__caption govuk-table__caption--m">Members placed in your home</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header">
            Mosaic reference number
          </th>
          <th scope="col" className="govuk-table__header">
            Date of birth
          </th>
          <th scope="col" className="govuk-table__header">
            Member since
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {page.members.map((m) => (
          <tr className="govuk-table__row" key={m.id}>
            <td className="govuk-table__cell">
              <a className="govuk-link" href={childHref(m.id)}>
                {m.firstName} {m.lastName}
              </a>
            </td>
            <td className="govuk-table__cell">{m.mosaicId}</td>
            <td className="govuk-table__cell hearth-nowrap">{formatDate(m.dateOfBirth)}</td>
            <td className="govuk-table__cell hearth-nowrap">{formatDate(m.memberSince)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 004 "Addresses Pane": a shared address listed once, saying who lives there. */
function Addresses({ page, names }: { page: GroupPage; names: Names }) {
  return (
    <>
      <h2 className="govuk-heading-m">Main addresses</h2>
      <ul className="govuk-list" data-testid="group-addresses">
        {page.addresses.map((a) => (
          <li key={`${a.address} ${a.postcode}`}>
            {a.address}, {a.postcode} <span className="govuk-body-s">({names(a.memberIds)})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Professionals({ page, names }: { page: GroupPage; names: Names }) {
  if (page.professionals.length === 0) return null;
  return (
    <table className="govuk-table" data-testid="group-professionals">
      <caption className="govuk-table__caption govuk-table__caption--m">Professional relationships</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header">
            Role
          </th>
          <th scope="col" className="govuk-table__header">
            Organisation
          </th>
          <th scope="col" className="govuk-table__header">
            Phone
          </th>
          <th scope="col" className="govuk-table__header">
            With
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {page.professionals.map((p) => (
          <tr className="govuk-table__row" key={p.id}>
            <td className="govuk-table__cell">{p.name}</td>
            <td className="govuk-table__cell">{p.role}</td>
            <td className="govuk-table__cell">{p.organisation}</td>
            <td className="govuk-table__cell hearth-nowrap">{p.phone}</td>
            <td className="govuk-table__cell">{p.memberId === null ? 'All members' : names([p.memberId])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Documents({ page, names }: { page: GroupPage; names: Names }) {
  if (page.documents.length === 0) return <p className="govuk-body">There are no group documents.</p>;
  return (
    <table className="govuk-table" data-testid="group-documents">
      <caption className="govuk-visually-hidden">Group documents, newest first</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Title
          </th>
          <th scope="col" className="govuk-table__header">
            Type
          </th>
          <th scope="col" className="govuk-table__header">
            Date completed
          </th>
          <th scope="col" className="govuk-table__header">
            On the records of
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {page.documents.map((d) => (
          <tr className="govuk-table__row" key={d.entryId}>
            <td className="govuk-table__cell">{d.title}</td>
            <td className="govuk-table__cell">{d.typeLabel}</td>
            <td className="govuk-table__cell hearth-nowrap">{formatDate(d.completedOn)}</td>
            <td className="govuk-table__cell">{names(d.copies.map((c) => c.memberId))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CaseNotes({ page, names }: { page: GroupPage; names: Names }) {
  return (
    <>
      <h2 className="govuk-heading-m">Group case notes</h2>
      {page.caseNotes.length === 0 ? (
        <p className="govuk-body">There are no group case notes.</p>
      ) : (
        <ul className="govuk-list" data-testid="group-case-notes">
          {page.caseNotes.map((n) => (
            <li key={n.entryId} className="govuk-!-margin-bottom-4">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                {n.typeLabel}, {formatDateTime(n.occurredAt)}
              </h3>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                {n.authorName}, {n.authorRole}. For {names(n.memberIds)}.
              </p>
              <p className="govuk-body">{n.body}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The sibling group page (004 "Group Summary Tab layout"): members, addresses, professional
 * relationships, group documents and group case notes. The gateway sends only the members placed
 * in this home (a sibling elsewhere does not exist here), and the page is saved for offline reading
 * like the rest of the child's record. Each showing is one audited view (001).
 */
export function GroupScreen({ childId }: { childId: string }) {
  const loaded = useRecord(groupRequest(childId), (shown) =>
    audit('view-group', childId, shown.value.id, shown.offline),
  );
  if (loaded.state === 'loading') return <Loading what="the sibling group" />;
  if (loaded.state === 'failed')
    return <LoadProblem error={loaded.error} message={loaded.message} onRetry={loaded.retry} />;
  const page = loaded.value;
  const names = namesOf(page);
  return (
    <div data-testid="group-page">
      <LastUpdated offline={loaded.offline} fetchedAt={loaded.fetchedAt} />
      <p className="govuk-body-l" data-testid="group-name">
        {page.name}
      </p>
      <Members page={page} />
      <Addresses page={page} names={names} />
      <Professionals page={page} names={names} />
      <h2 className="govuk-heading-m">Group documents</h2>
      <Documents page={page} names={names} />
      <CaseNotes page={page} names={names} />
    </div>
  );
}
