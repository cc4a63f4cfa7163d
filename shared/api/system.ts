/** Routes about the gateway itself: health for monitoring and start-up checks, and its API description. */
import { z } from 'zod';
import { defineRoute } from './route.ts';

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  /** The gateway's version (package.json). */
  version: z.string(),
  database: z.enum(['ok', 'unavailable']),
});
export type Health = z.infer<typeof Health>;

export const healthRoute = defineRoute({
  method: 'GET',
  path: '/health',
  operationId: 'getHealth',
  summary: 'Whether the gateway and its database are working',
  tags: ['system'],
  responses: {
    200: { description: 'The gateway and its database are working.', schema: Health },
    503: { description: 'The gateway runs but cannot reach its database.', schema: Health },
  },
});

export const openApiRoute = defineRoute({
  method: 'GET',
  path: '/openapi.json',
  operationId: 'getOpenApi',
  summary: "This API's OpenAPI 3.1 description",
  tags: ['system'],
  responses: {
    200: {
      description: 'An OpenAPI 3.1 document generated from the zod schemas in shared/api.',
      schema: z.record(z.string(), z.unknown()),
    },
  },
});
