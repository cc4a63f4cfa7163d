import type { AuditRow } from '../../../shared/api/audit-review.ts';
import { englandDateTimeSeconds, onlineWords } from '../../../shared/domain/audit-export.ts';

/**
 * One page of the audit as a GOV.UK table: when (England's time), who with their role, which
 * child, what, the detail, the device and whether it was read offline (001: "logged against each
 * staff member's account"). A device event the gateway refused to stand behind says why.
 */
export function AuditTable({ rows, caption }: { rows: readonly AuditRow[]; caption: string }) {
  return (
    <table
      className="govuk-table govuk-table--small-text-until-tablet hearth-audit-table"
      data-testid="audit-table"
    >
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {['When', 'Person', 'Child', 'Action', 'Detail', 'Device', 'Online or offline'].map((h) => (
            <th key={h} scope="col" className="govuk-table__header">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={row.id} className="govuk-table__row" data-action={row.action}>
            <td className="govuk-table__cell">
              <time dateTime={row.at}>{englandDateTimeSeconds(row.at)}</time>
            </td>
            <td className="govuk-table__cell">
              {row.person ? (
                <>
                  {row.person.name}
                  <span className="hearth-audit-table__role">{row.person.role}</span>
                </>
              ) : (
                'Unknown username'
              )}
            </td>
            <td className="govuk-table__cell">{row.child?.name ?? ''}</td>
            <td className="govuk-table__cell">{row.actionLabel}</td>
            <td className="govuk-table__cell hearth-audit-table__detail">
              {row.detail ?? ''}
              {row.refusedReason && (
                <strong className="govuk-tag govuk-tag--red hearth-audit-table__refused">
                  Refused: {row.refusedReason}
                </strong>
              )}
            </td>
            <td className="govuk-table__cell">{row.device ?? ''}</td>
            <td className="govuk-table__cell">{onlineWords(row.offline)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
