import { useCallback, useEffect, useState } from 'react';
import { HomeDevice, HomeDeviceList, NewEnrolmentCode } from '../../../shared/api/devices.ts';
import { apiGet, apiPost } from '../../api/client.ts';
import { formatWhen } from '../../app/when.ts';
import { thisDevice } from '../../db/device-identity.ts';

type Listed =
  { state: 'loading' } | { state: 'shown'; devices: HomeDevice[] } | { state: 'failed'; why: string };

/**
 * "Computers of your home", in Settings for managers only (issue 7 "Data at rest": "devices are
 * enrolled to one home by a manager with a one-time code; the gateway lists a home's devices"; a
 * revoked one's tokens stop at once and it wipes what it keeps at its next contact; 003). A manager
 * makes a one-time code here for a new computer, and revokes one that is lost, stolen or leaving.
 */
export function HomeComputers({ homeName }: { homeName: string }) {
  const [listed, setListed] = useState<Listed>({ state: 'loading' });
  const [code, setCode] = useState<NewEnrolmentCode | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<HomeDevice | null>(null);
  const [mine, setMine] = useState<string | null>(null);

  const load = useCallback(async () => {
    const answer = await apiGet('/api/v1/devices', HomeDeviceList);
    setListed(
      answer.ok
        ? { state: 'shown', devices: answer.value.devices }
        : { state: 'failed', why: answer.message },
    );
  }, []);
  useEffect(() => {
    void load();
    void thisDevice().then((d) => setMine(d.id));
  }, [load]);

  async function makeCode() {
    setProblem(null);
    const answer = await apiPost('/api/v1/devices/enrolment-codes', {}, NewEnrolmentCode);
    if (answer.ok) setCode(answer.value);
    else setProblem(answer.message);
  }

  async function revoke(device: HomeDevice) {
    setProblem(null);
    const answer = await apiPost(`/api/v1/devices/${device.id}/revocation`, {}, HomeDevice);
    setConfirming(null);
    if (!answer.ok) setProblem(answer.message);
    await load();
  }

  return (
    <section aria-labelledby="home-computers" data-testid="home-computers">
      <h2 className="govuk-heading-m" id="home-computers">
        Computers of {homeName}
      </h2>
      <p className="govuk-body">
        Only these computers can be used to sign in to Hearth for {homeName}. To add one, make a one-time code
        and type it into Hearth on the new computer before anyone signs in.
      </p>
      {problem && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      )}
      {code ? (
        <div className="govuk-inset-text" data-testid="enrolment-code" role="status">
          <p className="govuk-body">
            Enrolment code: <strong className="govuk-!-font-size-27">{code.code}</strong>
          </p>
          <p className="govuk-body">It works once, until {formatWhen(code.expiresAt)}.</p>
        </div>
      ) : null}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void makeCode()}>
        Make an enrolment code
      </button>
      {confirming && (
        <div className="govuk-warning-text" role="alert" data-testid="revoke-confirm">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Revoke “{confirming.name}”? Anyone signed in on it is signed out at once, and at its next contact
            with the gateway it removes every record, document and saved sign-in it keeps, including documents
            not yet sent. It cannot be undone: the computer would need a new code.
          </strong>
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              onClick={() => void revoke(confirming)}
            >
              Yes, revoke it
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setConfirming(null)}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {listed.state === 'loading' && <p className="govuk-body">Loading the computers…</p>}
      {listed.state === 'failed' && (
        <p className="govuk-body">Hearth could not list the computers: {listed.why}</p>
      )}
      {listed.state === 'shown' && (
        <table className="govuk-table" data-testid="home-computers-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Computers of {homeName}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Computer
              </th>
              <th scope="col" className="govuk-table__header">
                Enrolled
              </th>
              <th scope="col" className="govuk-table__header">
                Last used
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {listed.devices.map((device) => (
              <tr className="govuk-table__row" key={device.id}>
                <th scope="row" className="govuk-table__header">
                  {device.name}
                  {device.id === mine ? ' (this computer)' : ''}
                </th>
                <td className="govuk-table__cell">
                  {formatWhen(device.enrolledAt)}
                  {device.enrolledBy ? `, code from ${device.enrolledBy}` : ''}
                </td>
                <td className="govuk-table__cell">
                  {device.lastSeenAt ? formatWhen(device.lastSeenAt) : 'Not yet'}
                </td>
                <td className="govuk-table__cell">
                  {device.revokedAt ? (
                    `Revoked ${formatWhen(device.revokedAt)}${device.revokedBy ? ` by ${device.revokedBy}` : ''}`
                  ) : (
                    <button
                      type="button"
                      className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                      onClick={() => setConfirming(device)}
                    >
                      Revoke<span className="govuk-visually-hidden"> {device.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
