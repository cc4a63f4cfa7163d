/** Every route of the gateway, in the order the OpenAPI document lists them. Add new routes here. */
import type { RouteSpec } from './route.ts';
import { healthRoute, openApiRoute } from './system.ts';

export const API_ROUTES = [healthRoute, openApiRoute] as const satisfies readonly RouteSpec[];
