/**
 * Every failure leaves the gateway as an ApiError (shared/api/errors.ts): JSON with a code for the
 * program and a message for the person. Server faults are logged in full but answered in general
 * terms, so no stack trace or SQL reaches a client.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiError, ApiErrorCode, ApiIssue } from '../../shared/api/errors.ts';

export const apiError = (error: ApiErrorCode, message: string, issues?: ApiIssue[]): ApiError => ({
  error,
  message,
  ...(issues ? { issues } : {}),
});

const CODES: Record<number, ApiErrorCode> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  503: 'unavailable',
};

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply
        .code(500)
        .send(
          apiError('internal', 'The gateway could not complete this request. The error has been logged.'),
        );
    }
    // Fastify's own client errors (malformed JSON, wrong content type, body too large) say what was wrong.
    return reply.code(status).send(apiError(CODES[status] ?? 'bad-request', error.message));
  });
}
