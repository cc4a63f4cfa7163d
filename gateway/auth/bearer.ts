/**
 * Bearer authentication for every route that needs a signed-in person. Routes are registered inside
 * `withSignedIn`, whose onRequest hook runs before the body is even parsed: without a live access
 * token the answer is 401 and the handler never runs, so no route can forget to check. Handlers read
 * the person with `signedIn(request)`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { GatewayContext } from '../context.ts';
import { REVOKED, tokenOfRevokedDevice } from '../devices/enrolment.ts';
import { apiError } from '../http/errors.ts';
import { loadPerson, type Person } from './person.ts';
import { sessionOfAccessToken, type SessionRef } from './sessions.ts';
import { bearerToken } from './tokens.ts';

export type SignedInPerson = Person & SessionRef;

export const NOT_SIGNED_IN = 'You are not signed in, or your session has ended. Sign in again.';

const people = new WeakMap<FastifyRequest, SignedInPerson>();

async function authenticate(ctx: GatewayContext, header: string | undefined) {
  const token = bearerToken(header);
  if (token === null) return undefined;
  const session = await sessionOfAccessToken(ctx.db, token, ctx.clock());
  if (!session) return undefined;
  const person = await loadPerson(ctx.db, session.staffId);
  return person && { ...person, ...session };
}

/**
 * Another way a request may stand for a person, tried when it carries no bearer token (the upload
 * routes take an item's own credential: uploads/upload-keys.ts): the person, 'device-revoked', or
 * undefined when it does not authenticate.
 */
export type OtherAuthentication = (
  request: FastifyRequest,
) => Promise<SignedInPerson | 'device-revoked' | undefined>;

/** Registers the routes `register` adds behind bearer authentication (or `other`, where given). */
export async function withSignedIn(
  app: FastifyInstance,
  ctx: GatewayContext,
  register: (scope: FastifyInstance) => void,
  other?: OtherAuthentication,
): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      const bearer = bearerToken(request.headers.authorization) !== null;
      const found =
        bearer || !other ? await authenticate(ctx, request.headers.authorization) : await other(request);
      if (found === 'device-revoked') {
        reply.header('www-authenticate', 'Bearer realm="hearth"');
        return reply.code(401).send(apiError('device-revoked', REVOKED));
      }
      const person = found;
      if (!person) {
        reply.header('www-authenticate', 'Bearer realm="hearth"');
        // A revoked computer is told so, every time: the app then wipes what it keeps (issue 7).
        const token = bearerToken(request.headers.authorization);
        if (token !== null && (await tokenOfRevokedDevice(ctx.db, token, 'access'))) {
          return reply.code(401).send(apiError('device-revoked', REVOKED));
        }
        return reply.code(401).send(apiError('unauthorized', NOT_SIGNED_IN));
      }
      people.set(request, person);
      return undefined;
    });
    register(scope);
  });
}

/** The person signed in for this request; only callable from routes registered in `withSignedIn`. */
export function signedIn(request: FastifyRequest): SignedInPerson {
  const person = people.get(request);
  if (!person) throw new Error(`${request.method} ${request.url} is not registered behind withSignedIn`);
  return person;
}
