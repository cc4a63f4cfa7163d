/**
 * The upload feature's public face (issue 4 "The app"), for the app shell and the records router:
 * - `UploadScreen` (#/upload, #/upload/{childId}) and `QueueScreen` (#/queue): loaded on demand,
 *   each inside its own Suspense, so neither is in the app's first download;
 * - `SyncStatusBar`: the always-visible sync status, for the header;
 * - `useQueueDrainNotifier()`: the desktop notification when the queue drains (mount once);
 * - `useQuitWarning()`: keeps the host's warning on quit in step with what waits (mount once);
 * - `confirmLeaveWhileQueued()`: the warning for sign-out and quit, or null to leave at once, and
 *   `LeaveWhileQueued`, a GOV.UK confirmation the shell can show with it;
 * - the routes' parser, hook and links.
 */
export { QueueScreen, UploadScreen } from './lazy-screens.tsx';
export { SyncStatusBar } from './status/SyncStatusBar.tsx';
export { LeaveWhileQueued } from './status/LeaveWhileQueued.tsx';
export { useQueueDrainNotifier } from './use-queue-drain-notifier.ts';
export { useQuitWarning } from './use-quit-warning.ts';
export { confirmLeaveWhileQueued, leaveWarningText, type LeaveWarning } from './leave-warning.ts';
export { parseUploadsHash, queueHref, uploadHref, useUploadsRoute, type UploadsRoute } from './routes.ts';
