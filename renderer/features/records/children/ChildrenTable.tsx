import type { ChildListItem } from '../../../../shared/api/records.ts';
import { formatDate } from '../format.ts';
import { childHref } from '../router.ts';

/** GOV.UK table of the home's children; a restricted record shows no date of birth (002 §6.2). */
export function ChildrenTable({
  children,
  caption,
}: {
  children: readonly ChildListItem[];
  caption: string;
}) {
  return (
    <table className="govuk-table" data-testid="children-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
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
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {children.map((child) => (
          <tr className="govuk-table__row" key={child.id}>
            <th scope="row" className="govuk-table__header">
              <a className="govuk-link" href={childHref(child.id)}>
                {child.firstName} {child.lastName}
              </a>
            </th>
            <td className="govuk-table__cell">{child.mosaicId}</td>
            <td className="govuk-table__cell">
              {child.dateOfBirth === null ? (
                <strong className="govuk-tag govuk-tag--grey">Restricted record</strong>
              ) : (
                formatDate(child.dateOfBirth)
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
