import { useCacheStatus } from '../db/cache-status.ts';
import { useSession } from '../session/session-store.ts';
import { useUiStore } from './ui-store.ts';
import { formatWhen } from './when.ts';

/** How old the records saved on this device are, for whoever reads them offline. */
function SavedRecords() {
  const updatedAt = useCacheStatus((s) => s.updatedAt);
  return (
    <p className="govuk-body" data-testid="offline-last-updated">
      {updatedAt
        ? `Showing records saved on this computer, last updated ${formatWhen(updatedAt)}.`
        : 'No records are saved on this computer yet.'}
    </p>
  );
}

/**
 * Whether Hearth can reach the gateway, and whether what is shown comes from this device. The
 * role=status region is always in the page, so screen readers announce the change when the
 * connection drops or comes back (WCAG 4.1.3).
 */
export function ConnectionStatus() {
  const connection = useUiStore((s) => s.connection);
  const gatewayUrl = useUiStore((s) => s.gatewayUrl);
  const signedIn = useSession((s) => s.status === 'signed-in');
  const unlockedOffline = useSession((s) => s.status === 'signed-in' && s.mode === 'offline');
  const offline = connection === 'offline' || unlockedOffline;
  return (
    <div className="hearth-connection" role="status">
      {!offline && connection === 'online' && (
        <p className="govuk-body-s hearth-connection__connected">
          <strong className="govuk-tag govuk-tag--green">Connected</strong>
        </p>
      )}
      {offline && (
        <div className="govuk-notification-banner" data-testid="offline-banner">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title">Offline</h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              {connection === 'offline'
                ? `You are offline. Hearth cannot reach the gateway at ${gatewayUrl}; it will keep trying.`
                : 'The connection is back. Sign out and sign in again to see the latest records.'}
            </p>
            {signedIn && <SavedRecords />}
          </div>
        </div>
      )}
    </div>
  );
}
