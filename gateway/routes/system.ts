/** GET /health and GET /openapi.json: what monitoring, the app's start-up check and API clients ask first. */
import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import { openApiDocument } from '../../shared/api/openapi.ts';
import { API_ROUTES } from '../../shared/api/routes.ts';
import { healthRoute, openApiRoute } from '../../shared/api/system.ts';
import type { Database } from '../db/schema.ts';
import { addRoute } from '../http/route.ts';

export function registerSystemRoutes(app: FastifyInstance, db: Kysely<Database>, version: string): void {
  addRoute(app, healthRoute, async (_input, request) => {
    try {
      await sql`select 1`.execute(db);
      return { status: 200, body: { status: 'ok', version, database: 'ok' } };
    } catch (error) {
      request.log.error({ err: error }, 'health check: database unavailable');
      return { status: 503, body: { status: 'degraded', version, database: 'unavailable' } };
    }
  });

  // Generated once: the registry is fixed for the life of the process.
  const document = openApiDocument(API_ROUTES, version);
  addRoute(app, openApiRoute, async () => ({ status: 200, body: { ...document } }));
}
