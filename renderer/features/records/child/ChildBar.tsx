import { mosaicLabel } from '../../../../shared/domain/mosaic.ts';
import type { ChildRecord } from '../../../../shared/api/records.ts';
import { formatDate } from '../format.ts';

/**
 * Who this record is about, kept in view at the top of every screen of a child's record while the
 * page scrolls. 001: "All residential records should include the child's Mosaic reference number".
 */
export function ChildBar({ child }: { child: ChildRecord }) {
  return (
    <div className="hearth-child-bar" data-testid="child-bar">
      <p className="govuk-body govuk-!-margin-0">
        <strong className="hearth-child-bar__name">
          {child.firstName} {child.lastName}
        </strong>
        <span className="hearth-child-bar__item" data-testid="child-mosaic-id">
          {mosaicLabel(child.mosaicId)}
        </span>
        {child.restricted ? (
          <strong className="govuk-tag govuk-tag--grey hearth-child-bar__item">Restricted record</strong>
        ) : (
          <span className="hearth-child-bar__item">Born {formatDate(child.dateOfBirth)}</span>
        )}
      </p>
    </div>
  );
}
