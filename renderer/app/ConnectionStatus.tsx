import { useUiStore } from './ui-store.ts';

/**
 * Whether Hearth can reach the gateway. The role=status region is always in the page, so screen
 * readers announce the change when the connection drops or comes back.
 */
export function ConnectionStatus() {
  const connection = useUiStore((s) => s.connection);
  const gatewayUrl = useUiStore((s) => s.gatewayUrl);
  return (
    <div className="hearth-connection" role="status">
      {connection === 'online' && (
        <p className="govuk-body-s hearth-connection__connected">
          <strong className="govuk-tag govuk-tag--green">Connected</strong>
        </p>
      )}
      {connection === 'offline' && (
        <div className="govuk-notification-banner">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title">Offline</h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              You are offline. Hearth cannot reach the gateway at {gatewayUrl}; it will keep trying.
            </p>
          </div>
        </div>
      )}
    </div>
  );
}
