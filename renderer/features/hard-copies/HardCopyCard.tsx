import type { ReactNode } from 'react';
import type { HardCopyToMark } from '../../../shared/api/hard-copies.ts';
import { mosaicLabel } from '../../../shared/domain/mosaic.ts';
import { formatWhen } from '../../app/when.ts';
import { MarkConfirm } from './MarkConfirm.tsx';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

export interface CardActions {
  confirming: boolean;
  busy: boolean;
  /** Marking needs the gateway: offline the button says why instead. */
  canMark: boolean;
  onPrint(): void;
  onAskMark(): void;
  onConfirmMark(): void;
  onNotYet(): void;
}

/** One hard copy to mark: the words to write, and "Print label" and "I have marked the hard copy". */
export function HardCopyCard({ hardCopy, actions }: { hardCopy: HardCopyToMark; actions: CardActions }) {
  const base = `hard-copy-${hardCopy.documentId}`;
  return (
    <li className="govuk-summary-card" data-testid="hard-copy">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title" id={`${base}-title`}>
          {hardCopy.title}
        </h2>
      </div>
      <div className="govuk-summary-card__content">
        <p className="govuk-body govuk-!-margin-bottom-1" id={`${base}-write`}>
          Write on the hard copy:
        </p>
        <p className="govuk-body hearth-hard-copy-note" data-testid="hard-copy-note">
          {hardCopy.note}
        </p>
        <dl className="govuk-summary-list govuk-!-margin-top-4">
          <Row label="Child">
            {hardCopy.childName} ({mosaicLabel(hardCopy.mosaicId)})
          </Row>
          <Row label="Type">{hardCopy.typeLabel}</Row>
          <Row label="Received by the council">{formatWhen(hardCopy.recordedAt)}</Row>
        </dl>
        {actions.confirming ? (
          <MarkConfirm
            id={`${base}-confirm`}
            note={hardCopy.note}
            title={hardCopy.title}
            busy={actions.busy}
            onYes={actions.onConfirmMark}
            onNo={actions.onNotYet}
          />
        ) : (
          <div className="govuk-button-group govuk-!-margin-bottom-0">
            <button type="button" className="govuk-button govuk-button--secondary" onClick={actions.onPrint}>
              Print label<span className="govuk-visually-hidden"> for {hardCopy.title}</span>
            </button>
            <button
              type="button"
              id={`${base}-mark`}
              className="govuk-button"
              onClick={actions.onAskMark}
              aria-disabled={!actions.canMark || undefined}
            >
              I have marked the hard copy<span className="govuk-visually-hidden"> of {hardCopy.title}</span>
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
