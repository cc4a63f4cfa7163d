/**
 * Registers a route described in shared/api whose success is a file, not JSON (the viewer's bytes
 * and the stamped download). Params are parsed from `unknown` with the route's schema as addRoute
 * does; refusals are ApiError JSON; a file answer carries its own headers. Kept apart from
 * gateway/http/route.ts so every JSON route still has its answer parsed by its schema there.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiError } from '../../shared/api/errors.ts';
import type { RouteSpec } from '../../shared/api/route.ts';
import type { z } from 'zod';
import { apiError } from '../http/errors.ts';
import { fastifyPath } from '../http/route.ts';

export type FileAnswer =
  | { status: 200; bytes: Uint8Array; contentType: string; headers?: Record<string, string> }
  | { status: 403 | 404 | 415; body: ApiError };

type ParamsOf<R> = R extends { params: infer S extends z.ZodType } ? z.output<S> : never;
type QueryOf<R> = R extends { query: infer S extends z.ZodType } ? z.output<S> : undefined;

export function addFileRoute<R extends RouteSpec & { params: z.ZodType }>(
  app: FastifyInstance,
  route: R,
  handler: (params: ParamsOf<R>, request: FastifyRequest, query: QueryOf<R>) => Promise<FileAnswer>,
): void {
  app.route({
    method: route.method,
    url: fastifyPath(route.path),
    handler: async (request, reply) => {
      const parsed = route.params.safeParse(request.params);
      const query = route.query?.safeParse(request.query);
      if (!parsed.success || (query && !query.success)) {
        const issues = [
          ...(parsed.error?.issues.map((i) => ({ where: 'params', i })) ?? []),
          ...(query?.error?.issues.map((i) => ({ where: 'query', i })) ?? []),
        ].map(({ where, i }) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message }));
        return reply.code(400).send(apiError('bad-request', 'The request is not valid.', issues));
      }
      // The route's own schemas parsed params and query just above.
      const answer = await handler(parsed.data as ParamsOf<R>, request, query?.data as QueryOf<R>);
      if (answer.status !== 200) return reply.code(answer.status).send(answer.body);
      // Never cached by a browser or a proxy: a child's document stays where Hearth keeps it (003).
      reply.header('cache-control', 'no-store');
      for (const [name, value] of Object.entries(answer.headers ?? {})) reply.header(name, value);
      return reply.code(200).type(answer.contentType).send(Buffer.from(answer.bytes));
    },
  });
}
