/** Every route of the gateway, in the order the OpenAPI document lists them. Add new routes here. */
import { decideAccessRequestRoute, listAccessRequestsRoute, requestAccessRoute } from './access-requests.ts';
import { postAuditEventsRoute } from './audit.ts';
import { downloadLogRoute, recordDownloadSavedRoute } from './download-log.ts';
import { listHardCopiesRoute, markHardCopyRoute } from './hard-copies.ts';
import {
  downloadDocumentRoute,
  getDownloadSettingsRoute,
  listDiscussionsRoute,
  putDownloadSettingsRoute,
  recordDiscussionRoute,
  viewDocumentRoute,
} from './downloads.ts';
import {
  auditFilterOptionsRoute,
  exportAuditRoute,
  listAuditRoute,
  verifyAuditRoute,
} from './audit-review.ts';
import {
  addGroupMemberRoute,
  createGroupRoute,
  endGroupMembershipRoute,
  getChildGroupRoute,
  renameGroupRoute,
  suggestGroupNameRoute,
} from './groups.ts';
import {
  createEnrolmentCodeRoute,
  deviceEnrolmentRoute,
  enrolDeviceRoute,
  listHomeDevicesRoute,
  revokeDeviceRoute,
} from './devices.ts';
import { finalAuditRoute } from './final-audit.ts';
import { listChildNotificationsRoute, listSocialWorkerNotificationsRoute } from './notifications.ts';
import { offlineCopiesRoute } from './offline-copies.ts';
import { placedChildIdsRoute } from './placements.ts';
import { getChildRoute, listCaseNotesRoute, listChildrenRoute, listDocumentsRoute } from './records.ts';
import type { RouteSpec } from './route.ts';
import { meRoute, refreshRoute, signInRoute, signOutRoute } from './session.ts';
import { healthRoute, openApiRoute } from './system.ts';
import { uploadStatusRoute } from './uploads.ts';

export const API_ROUTES = [
  healthRoute,
  openApiRoute,
  signInRoute,
  refreshRoute,
  signOutRoute,
  meRoute,
  listChildrenRoute,
  getChildRoute,
  listDocumentsRoute,
  listCaseNotesRoute,
  placedChildIdsRoute,
  offlineCopiesRoute,
  requestAccessRoute,
  listAccessRequestsRoute,
  decideAccessRequestRoute,
  getChildGroupRoute,
  postAuditEventsRoute,
  listAuditRoute,
  auditFilterOptionsRoute,
  exportAuditRoute,
  verifyAuditRoute,
  uploadStatusRoute,
  listChildNotificationsRoute,
  listSocialWorkerNotificationsRoute,
  suggestGroupNameRoute,
  createGroupRoute,
  renameGroupRoute,
  addGroupMemberRoute,
  endGroupMembershipRoute,
  listHardCopiesRoute,
  markHardCopyRoute,
  viewDocumentRoute,
  downloadDocumentRoute,
  recordDiscussionRoute,
  listDiscussionsRoute,
  getDownloadSettingsRoute,
  putDownloadSettingsRoute,
  recordDownloadSavedRoute,
  downloadLogRoute,
  deviceEnrolmentRoute,
  enrolDeviceRoute,
  createEnrolmentCodeRoute,
  listHomeDevicesRoute,
  revokeDeviceRoute,
  finalAuditRoute,
] as const satisfies readonly RouteSpec[];
