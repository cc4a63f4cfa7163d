/**
 * UI state shared between screens (zustand): what the host told us and whether the gateway
 * answers. Who is signed in lives in renderer/session/session-store.ts; form drafts stay in their
 * screen's own React state.
 */
import { create } from 'zustand';
import type { AppInfo } from '../../shared/bridge/schemas.ts';

/** 'checking' until the first answer, so the page does not flash "offline" while starting. */
export type Connection = 'checking' | 'online' | 'offline';

export interface UiState {
  appInfo: AppInfo | null;
  gatewayUrl: string | null;
  /** The host could not tell us where the gateway is, or its answer was unreadable. */
  hostProblem: string | null;
  connection: Connection;
  /** Shown at the top of the page when someone signs out while documents wait to be sent. */
  leaveWarning: string | null;
  hostLoaded(appInfo: AppInfo, gatewayUrl: string): void;
  hostFailed(problem: string): void;
  setConnection(connection: Connection): void;
  setLeaveWarning(message: string | null): void;
}

export const useUiStore = create<UiState>()((set) => ({
  appInfo: null,
  gatewayUrl: null,
  hostProblem: null,
  connection: 'checking',
  leaveWarning: null,
  hostLoaded: (appInfo, gatewayUrl) => set({ appInfo, gatewayUrl, hostProblem: null }),
  hostFailed: (hostProblem) => set({ hostProblem }),
  setConnection: (connection) => set({ connection }),
  setLeaveWarning: (leaveWarning) => set({ leaveWarning }),
}));
