/**
 * Registers a handler for a route described in shared/api. Params, query and body are parsed from
 * `unknown` with the route's zod schemas before the handler runs (a 400 names each bad field), and
 * the answer is parsed with the schema of its status before it is sent: a field the schema does not
 * list is dropped, so a handler can never leak a column by returning too much.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ApiIssue } from '../../shared/api/errors.ts';
import type { RouteSpec } from '../../shared/api/route.ts';
import { apiError } from './errors.ts';

type Parsed<R, K extends 'params' | 'query' | 'body'> = R extends { [k in K]: infer S extends z.ZodType }
  ? z.output<S>
  : undefined;

export interface RouteInput<R extends RouteSpec> {
  params: Parsed<R, 'params'>;
  query: Parsed<R, 'query'>;
  body: Parsed<R, 'body'>;
}

type Status<R extends RouteSpec> = keyof R['responses'] & number;
type BodyOf<T> = T extends { schema: infer S extends z.ZodType } ? z.input<S> : undefined;

/** One of the answers the route's description lists, with the body its schema takes. */
export type Answer<R extends RouteSpec> = {
  [S in Status<R>]: { status: S; body: BodyOf<R['responses'][S]> };
}[Status<R>];

export type Handler<R extends RouteSpec> = (
  input: RouteInput<R>,
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<Answer<R>>;

/** `/api/v1/children/{childId}` → `/api/v1/children/:childId` */
export const fastifyPath = (path: string): string => path.replace(/\{([^}]+)\}/g, ':$1');

function parseInput(route: RouteSpec, request: FastifyRequest) {
  const issues: ApiIssue[] = [];
  const parse = (where: 'params' | 'query' | 'body', schema: z.ZodType | undefined, value: unknown) => {
    if (!schema) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      issues.push({ path: [where, ...issue.path.map(String)].join('.'), message: issue.message });
    }
    return undefined;
  };
  const input = {
    params: parse('params', route.params, request.params),
    query: parse('query', route.query, request.query),
    body: parse('body', route.body, request.body),
  };
  return { input, issues };
}

export function addRoute<R extends RouteSpec>(
  app: FastifyInstance,
  route: R,
  handler: NoInfer<Handler<R>>,
): void {
  app.route({
    method: route.method,
    url: fastifyPath(route.path),
    handler: async (request, reply) => {
      const { input, issues } = parseInput(route, request);
      if (issues.length > 0) {
        const list = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
        return reply.code(400).send(apiError('bad-request', `The request is not valid. ${list}`, issues));
      }
      // The parse above succeeded for every schema the route declares, so these are its outputs.
      const answer = await handler(input as RouteInput<R>, request, reply);
      const schema = route.responses[answer.status]?.schema;
      const status: number = answer.status;
      return reply.code(status).send(schema ? schema.parse(answer.body) : undefined);
    },
  });
}
