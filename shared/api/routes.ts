/** Every route of the gateway, in the order the OpenAPI document lists them. Add new routes here. */
import { postAuditEventsRoute } from './audit.ts';
import {
  createEnrolmentCodeRoute,
  deviceEnrolmentRoute,
  enrolDeviceRoute,
  listHomeDevicesRoute,
  revokeDeviceRoute,
} from './devices.ts';
import { listChildNotificationsRoute, listSocialWorkerNotificationsRoute } from './notifications.ts';
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
  postAuditEventsRoute,
  uploadStatusRoute,
  listChildNotificationsRoute,
  listSocialWorkerNotificationsRoute,
  deviceEnrolmentRoute,
  enrolDeviceRoute,
  createEnrolmentCodeRoute,
  listHomeDevicesRoute,
  revokeDeviceRoute,
] as const satisfies readonly RouteSpec[];
