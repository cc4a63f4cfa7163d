/**
 * The gateway's route registry: every HTTP route is described once, here in shared/, by its
 * method, path, zod schemas for what it accepts and answers, and words for people. The gateway
 * registers handlers from these descriptions (parsing every input from `unknown` with them), the
 * OpenAPI document is generated from them, and the renderer parses answers with the same schemas.
 */
import type { z } from 'zod';

export const API_PREFIX = '/api/v1';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ResponseSpec {
  description: string;
  /** The JSON body; omitted for answers without one (e.g. 204). */
  schema?: z.ZodType;
}

export interface RouteSpec {
  method: HttpMethod;
  /** OpenAPI-style path with `{name}` parameters, e.g. `/api/v1/children/{childId}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: Readonly<Record<number, ResponseSpec>>;
}

/** Keeps the literal types of a route so handlers are typed from its schemas. */
export const defineRoute = <const R extends RouteSpec>(route: R): R => route;
