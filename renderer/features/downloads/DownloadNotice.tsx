/** What happened to the last download: where it was saved, or why it was not (in the gateway's words). */
export type DownloadOutcome = { ok: true; savedAs: string } | { ok: false; message: string } | null;

export function DownloadNotice({ outcome }: { outcome: DownloadOutcome }) {
  // Always in the page, so the status region is known to screen readers before it speaks.
  return (
    <div role="status" data-testid="download-outcome">
      {outcome?.ok === true && (
        <div className="govuk-notification-banner govuk-notification-banner--success">
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">Saved as {outcome.savedAs}</p>
            <p className="govuk-body">
              Every page carries the download stamp and the child’s Mosaic reference number.
            </p>
          </div>
        </div>
      )}
      {outcome?.ok === false && <div className="govuk-inset-text">Not downloaded: {outcome.message}</div>}
    </div>
  );
}
