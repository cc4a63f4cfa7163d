/**
 * The two ways into Hearth. Online: the gateway checks the password and hands back tokens (kept in
 * memory only), the profile and an offline grant, which is saved for offline unlock before the
 * session starts. Offline: the saved grant is opened with the password and checked, and the
 * session reads from the device's cache only.
 */
import type { StaffProfile } from '../../shared/api/session.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { useUiStore } from '../app/ui-store.ts';
import { shipAuditEvents } from '../audit/audit-shipper.ts';
import { auditFailedUnlock, auditOfflineSignIn } from '../audit/session-audit.ts';
import { refreshCacheStatus } from '../db/record-cache.ts';
import { thisDevice } from '../db/device-identity.ts';
import { needsEnrolment } from '../devices/enrolment.ts';
import { deviceWasRevoked } from '../devices/revoked.ts';
import { requestSignIn, type SignInError } from '../features/sign-in/sign-in-api.ts';
import { saveOfflineGrant, unlockOffline, type UnlockError } from './offline-sign-ins.ts';
import { scheduleRefresh } from './refresh.ts';
import { startSession } from './session-store.ts';
import { setTokens } from './tokens.ts';
import { holdUploadKey } from './upload-signer.ts';

export async function signInOnline(
  username: string,
  password: string,
): Promise<Result<StaffProfile, SignInError>> {
  const gatewayUrl = useUiStore.getState().gatewayUrl;
  if (!gatewayUrl) return fail('unreachable', 'Hearth does not know where the gateway is yet. Try again.');
  const device = await thisDevice();
  const answer = await requestSignIn(gatewayUrl, { username, password, device });
  if (!answer.ok) {
    // The gateway cannot be reached: say so everywhere, so the screen can offer "Unlock Hearth".
    if (answer.error === 'unreachable') useUiStore.getState().setConnection('offline');
    // Issue 7: an unenrolled computer asks for a manager's code; a revoked one is wiped.
    if (answer.error === 'not-enrolled') needsEnrolment();
    if (answer.error === 'device-revoked') deviceWasRevoked();
    return answer;
  }
  const { tokens, staff, offlineGrant } = answer.value;
  // Saved before the session starts, so "signed in" always means "can unlock here tomorrow".
  // A device that cannot keep it safely still signs in: it just cannot unlock offline.
  await saveOfflineGrant(username, password, { id: staff.id, homeId: staff.home.id }, offlineGrant).catch(
    () => false,
  );
  await holdUploadKey(offlineGrant.uploadKey, staff.id, device.id).catch(() => undefined);
  setTokens(tokens);
  scheduleRefresh();
  startSession(staff, 'online');
  void refreshCacheStatus().catch(() => undefined);
  void shipAuditEvents();
  return ok(staff);
}

export async function unlock(username: string, password: string): Promise<Result<StaffProfile, UnlockError>> {
  const opened = await unlockOffline(username, password);
  if (!opened.ok) {
    // Issue 7: a wrong password here is a failed sign-in, against the person it was for (001).
    await auditFailedUnlock(username, opened.error);
    return opened;
  }
  const { profile, uploadKey, deviceId } = opened.value;
  await holdUploadKey(uploadKey, profile.id, deviceId).catch(() => undefined);
  startSession(profile, 'offline');
  await auditOfflineSignIn();
  await refreshCacheStatus().catch(() => undefined);
  return ok(opened.value.profile);
}
