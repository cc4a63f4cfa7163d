import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApiDocument } from './openapi.ts';
import { defineRoute } from './route.ts';
import { API_ROUTES } from './routes.ts';

const exampleRoute = defineRoute({
  method: 'POST',
  path: '/api/v1/children/{childId}/notes',
  operationId: 'addExampleNote',
  summary: 'An example route with every kind of input',
  tags: ['example'],
  params: z.object({ childId: z.string().describe("The child's id") }),
  query: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
  body: z.object({ text: z.string().min(1) }),
  responses: { 201: { description: 'Added', schema: z.object({ id: z.string() }) } },
});

describe('OpenAPI document generated from the route registry', () => {
  const doc = openApiDocument([...API_ROUTES, exampleRoute], '1.2.3');

  it('is OpenAPI 3.1 with JSON Schema 2020-12 and the given version', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(doc.info.version).toBe('1.2.3');
  });

  it('describes every registered route once, under its method', () => {
    expect(Object.keys(doc.paths)).toEqual([
      '/health',
      '/openapi.json',
      '/api/v1/session',
      '/api/v1/session/refresh',
      '/api/v1/me',
      '/api/v1/children',
      '/api/v1/children/{childId}',
      '/api/v1/children/{childId}/documents',
      '/api/v1/children/{childId}/case-notes',
      '/api/v1/home/placed-child-ids',
      '/api/v1/home/offline-copies',
      '/api/v1/children/{childId}/access-requests',
      '/api/v1/council/access-requests',
      '/api/v1/council/access-requests/{requestId}/decision',
      '/api/v1/children/{childId}/group',
      '/api/v1/audit/events',
      '/api/v1/audit',
      '/api/v1/audit/filter-options',
      '/api/v1/audit/export',
      '/api/v1/audit/verify',
      '/api/v1/outbox/{outboxId}',
      '/api/v1/children/{childId}/notifications',
      '/api/v1/social-workers/{workerId}/notifications',
      // The council's sibling group routes (issue 8, 004).
      '/api/v1/sibling-groups/suggest-name',
      '/api/v1/sibling-groups',
      '/api/v1/sibling-groups/{groupId}',
      '/api/v1/sibling-groups/{groupId}/members',
      '/api/v1/sibling-groups/{groupId}/members/{childId}/end',
      '/api/v1/hard-copies',
      '/api/v1/hard-copies/{documentId}/marked',
      '/api/v1/children/{childId}/documents/{documentId}/content',
      '/api/v1/children/{childId}/documents/{documentId}/download',
      '/api/v1/children/{childId}/documents/{documentId}/discussions',
      '/api/v1/children/{childId}/discussions',
      '/api/v1/home/download-settings',
      '/api/v1/downloads/{downloadId}/saved',
      '/api/v1/audit/downloads',
      '/api/v1/devices/{deviceId}/enrolment',
      '/api/v1/devices/enrolment',
      '/api/v1/devices/enrolment-codes',
      '/api/v1/devices',
      '/api/v1/devices/{deviceId}/revocation',
      // A revoked computer's last audit events before its wipe (issue 7).
      '/api/v1/devices/{deviceId}/final-audit',
      '/api/v1/children/{childId}/notes',
    ]);
    // The home's download settings are read and set at one path (issue 6).
    expect(Object.keys(doc.paths['/api/v1/home/download-settings'] ?? {})).toEqual(['get', 'put']);
    expect(doc.paths['/health']?.['get']?.operationId).toBe('getHealth');
    // Sign-in and sign-out share a path under two methods.
    expect(Object.keys(doc.paths['/api/v1/session'] ?? {})).toEqual(['post', 'delete']);
  });

  it('turns params and query into parameters, path ones always required', () => {
    expect(doc.paths['/api/v1/children/{childId}/notes']?.['post']?.parameters).toEqual([
      {
        name: 'childId',
        in: 'path',
        required: true,
        schema: { type: 'string' },
        description: "The child's id",
      },
      { name: 'dryRun', in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'] } },
    ]);
  });

  it('describes the body, the answers and a 400 for routes that take input', () => {
    const op = doc.paths['/api/v1/children/{childId}/notes']?.['post'];
    expect(op?.requestBody?.content['application/json'].schema).toMatchObject({
      type: 'object',
      properties: { text: { type: 'string', minLength: 1 } },
      required: ['text'],
    });
    expect(Object.keys(op?.responses ?? {})).toEqual(['201', '400', 'default']);
    expect(doc.paths['/health']?.['get']?.responses['400']).toBeUndefined();
  });

  it('documents the health answer from its zod schema', () => {
    const schema = doc.paths['/health']?.['get']?.responses['200']?.content?.['application/json'].schema;
    expect(schema).toMatchObject({ type: 'object', required: ['status', 'version', 'database'] });
    expect(JSON.stringify(doc)).not.toContain('$schema');
  });
});
