import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../shared/api/errors.ts';
import { defineRoute } from '../../shared/api/route.ts';
import { registerErrorHandler } from './errors.ts';
import { addRoute, fastifyPath } from './route.ts';

// A route used only here, with every kind of input, to prove what addRoute refuses and strips.
const noteRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/children/{childId}/notes',
  operationId: 'exampleAddNote',
  summary: 'example',
  tags: ['example'],
  params: z.object({ childId: z.string().regex(/^child-[a-z-]+$/) }),
  query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(10) }),
  body: z.object({ text: z.string().min(1).max(200) }),
  responses: { 201: { description: 'Added', schema: z.object({ id: z.string(), limit: z.number() }) } },
});

let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  app = Fastify();
  registerErrorHandler(app);
  addRoute(app, noteRoute, async ({ params, query, body }) => ({
    status: 201,
    // `secret` is not in the answer's schema, so it must never leave the gateway.
    body: Object.assign({ id: `${params.childId}:${body.text}`, limit: query.limit }, { secret: 'hash' }),
  }));
  base = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(() => app.close());

const post = (path: string, body: unknown, type = 'application/json') =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('routes from the shared registry, validated with zod', () => {
  it('converts OpenAPI paths to Fastify paths', () => {
    expect(fastifyPath('/api/v1/children/{childId}/notes/{noteId}')).toBe(
      '/api/v1/children/:childId/notes/:noteId',
    );
  });

  it('passes parsed input to the handler, with defaults and coercion applied', async () => {
    const response = await post('/api/v1/children/child-leo/notes?limit=5', { text: 'hello' });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: 'child-leo:hello', limit: 5 });
  });

  it('never sends a field the answer schema does not list', async () => {
    const response = await post('/api/v1/children/child-leo/notes', { text: 'hello' });
    expect(await response.json()).toEqual({ id: 'child-leo:hello', limit: 10 });
  });

  it('answers 400 naming every bad param, query field and body field', async () => {
    const response = await post('/api/v1/children/CHILD/notes?limit=500', { text: '' });
    expect(response.status).toBe(400);
    const error = ApiError.parse(await response.json());
    expect(error.error).toBe('bad-request');
    expect(error.issues?.map((i) => i.path)).toEqual(['params.childId', 'query.limit', 'body.text']);
    expect(error.message).toMatch(
      /^The request is not valid\. params\.childId: .+; query\.limit: .+; body\.text: .+$/,
    );
  });

  it('answers 400 when the body is missing or not an object', async () => {
    const response = await post('/api/v1/children/child-leo/notes', '"just text"');
    expect(response.status).toBe(400);
    expect(ApiError.parse(await response.json()).issues?.[0]?.path).toBe('body');
  });

  it('answers malformed JSON with a JSON 400, not a stack trace', async () => {
    const response = await post('/api/v1/children/child-leo/notes', '{"text":');
    expect(response.status).toBe(400);
    const error = ApiError.parse(await response.json());
    expect(error.error).toBe('bad-request');
    expect(JSON.stringify(error)).not.toMatch(/at .+\.js:\d+/);
  });
});
