/**
 * Whether this computer is enrolled to a home (issue 7 "Data at rest"). Asked at start, before
 * sign-in: a computer not yet enrolled (where the gateway requires it) shows the enrolment screen,
 * where someone types a manager's one-time code; a revoked one is wiped at once (revoked.ts).
 * 'unknown' (no answer yet, or no connection) shows the usual sign-in: the gateway still refuses an
 * unenrolled computer, and the offline unlock only opens what an enrolled computer saved.
 */
import { create } from 'zustand';
import { EnrolmentState } from '../../shared/api/devices.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { exchange } from '../api/http.ts';
import { thisDevice } from '../db/device-identity.ts';
import { deviceWasRevoked } from './revoked.ts';

export type Standing = 'unknown' | 'enrolled' | 'needs-code';

interface EnrolmentStore {
  standing: Standing;
  set(standing: Standing): void;
}

export const useEnrolment = create<EnrolmentStore>()((set) => ({
  standing: 'unknown',
  set: (standing) => set({ standing }),
}));

/** The sign-in was refused because this computer is not enrolled: ask for the code. */
export function needsEnrolment(): void {
  useEnrolment.getState().set('needs-code');
}

export async function checkEnrolment(): Promise<void> {
  const device = await thisDevice();
  const answer = await exchange('GET', `/api/v1/devices/${device.id}/enrolment`);
  if (answer.kind !== 'answer' || answer.status !== 200) return;
  const state = EnrolmentState.safeParse(answer.body);
  if (!state.success) return;
  if (state.data.state === 'revoked') deviceWasRevoked();
  else if (state.data.state === 'enrolled' || !state.data.required) useEnrolment.getState().set('enrolled');
  else useEnrolment.getState().set('needs-code');
}

const CANNOT_REACH = 'Hearth cannot reach the gateway. Check the connection and try again.';

/** Enrols this computer with `code`; the gateway's words when it refuses. */
export async function enrolThisComputer(code: string): Promise<Result<{ homeName: string }, 'refused'>> {
  const device = await thisDevice();
  const answer = await exchange('POST', '/api/v1/devices/enrolment', { body: { code, device } });
  if (answer.kind === 'network') return fail('refused', CANNOT_REACH);
  const state = EnrolmentState.safeParse(answer.body);
  if (answer.status === 200 && state.success && state.data.state === 'enrolled') {
    useEnrolment.getState().set('enrolled');
    return ok({ homeName: state.data.home.name });
  }
  const said = ApiError.safeParse(answer.body);
  return fail(
    'refused',
    said.success ? said.data.message : `The gateway refused the code (${answer.status}).`,
  );
}
