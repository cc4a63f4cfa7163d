/**
 * Generates the OpenAPI 3.1 document from the route registry with zod 4's `z.toJSONSchema`, so the
 * description can never drift from the schemas the gateway actually parses with. OpenAPI 3.1 uses
 * JSON Schema 2020-12, which is zod's default target.
 */
import { z } from 'zod';
import { ApiError } from './errors.ts';
import type { RouteSpec } from './route.ts';

type JsonSchema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
  description?: string;
}

interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: Parameter[];
  requestBody?: { required: true; content: { 'application/json': { schema: JsonSchema } } };
  responses: Record<
    string,
    { description: string; content?: { 'application/json': { schema: JsonSchema } } }
  >;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  jsonSchemaDialect: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
}

const ERROR_REF = { $ref: '#/components/schemas/ApiError' };

/** The parts of an object's JSON Schema that become OpenAPI parameters. */
const ObjectSchema = z.object({
  properties: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  required: z.array(z.string()).default([]),
});

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // `$schema` is implied by `jsonSchemaDialect`; repeating it in every schema is noise.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

function parameters(where: 'path' | 'query', schema: z.ZodObject | undefined): Parameter[] {
  if (!schema) return [];
  const object = ObjectSchema.parse(jsonSchema(schema, 'input'));
  const required = new Set(object.required);
  return Object.entries(object.properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      // OpenAPI requires path parameters to be required.
      required: where === 'path' || required.has(name),
      schema: rest,
      ...(typeof description === 'string' ? { description } : {}),
    };
  });
}

function operation(route: RouteSpec): Operation {
  const responses: Operation['responses'] = {};
  for (const [status, response] of Object.entries(route.responses)) {
    responses[status] = response.schema
      ? {
          description: response.description,
          content: { 'application/json': { schema: jsonSchema(response.schema, 'output') } },
        }
      : { description: response.description };
  }
  const takesInput = route.params || route.query || route.body;
  if (takesInput && !responses['400']) {
    responses['400'] = {
      description: 'The request did not match this description; `issues` says where.',
      content: { 'application/json': { schema: ERROR_REF } },
    };
  }
  responses['default'] = {
    description: 'An error, described for people in `message`.',
    content: { 'application/json': { schema: ERROR_REF } },
  };
  const params = [...parameters('path', route.params), ...parameters('query', route.query)];
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [...route.tags],
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

export function openApiDocument(routes: readonly RouteSpec[], version: string): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    const item = (paths[route.path] ??= {});
    item[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hearth gateway',
      version,
      description:
        "The sync service between Hearth's desktop app and the council. Children's records are read " +
        'only by staff of the home where the child is placed; see the project README.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas: { ApiError: jsonSchema(ApiError, 'output') } },
  };
}
