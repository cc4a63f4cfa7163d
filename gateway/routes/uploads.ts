/**
 * Uploads (shared/api/uploads.ts): the tus endpoint at UPLOADS_PATH and GET /api/v1/outbox/{outboxId},
 * both behind bearer authentication (401 when not signed in). Every tus request also needs upload
 * access: an upload role and all 9 training modules (001; 403 otherwise, `training-incomplete` when
 * only training is missing). Then: create checks the metadata, the catalogue and the child
 * (uploads/create-check.ts), requests on an existing upload pass uploads/gate.ts, and the finish
 * records the document and queues the notification (uploads/finish.ts). The notification worker
 * starts when the gateway is ready and stops before the database closes.
 */
import { TUS_RESUMABLE } from '@tus/server';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { UPLOAD_STATUS_HEADER, UPLOADS_PATH, uploadStatusRoute } from '../../shared/api/uploads.ts';
import { canUpload } from '../../shared/domain/access.ts';
import { UPLOAD_ROLES } from '../../shared/domain/roles.ts';
import { refusalRecorder } from '../audit/record.ts';
import { signedIn, withSignedIn, type OtherAuthentication, type SignedInPerson } from '../auth/bearer.ts';
import type { GatewayContext } from '../context.ts';
import { openFileStore } from '../files/store.ts';
import { apiError } from '../http/errors.ts';
import { addRoute } from '../http/route.ts';
import { SECURITY_HEADERS } from '../http/security-headers.ts';
import { smtpMailer } from '../notify/mailer.ts';
import { createNotifier, type Notifier, type NotifierOptions } from '../notify/worker.ts';
import { createFinisher } from '../uploads/finish.ts';
import { gateExistingUpload } from '../uploads/gate.ts';
import { uploadStatus } from '../uploads/status.ts';
import { withUploadTables } from '../uploads/tables.ts';
import { NO_SUCH_UPLOAD } from '../uploads/gate.ts';
import { createTusServer, openUploadStore } from '../uploads/tus.ts';
import { authenticateItem, itemCredentialOf, type ItemCarrier } from '../uploads/upload-keys.ts';
import { bodyUntilGone } from '../uploads/body-until-gone.ts';

const INTERNAL = apiError(
  'internal',
  'The gateway could not complete this upload request. The error has been logged.',
);

export interface UploadRouteOptions {
  /** The notification worker's retry policy and poll interval (tests shorten them). */
  notify?: NotifierOptions;
}

const TUS_METHODS = ['POST', 'HEAD', 'PATCH', 'DELETE'] as const;

function headersOf(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
      headers.append(name, one);
  }
  return headers;
}

/** Writes @tus/server's answer (a few headers, at most a short message) on the raw response. */
async function sendAnswer(raw: ServerResponse, answer: Response): Promise<void> {
  const body = Buffer.from(await answer.arrayBuffer());
  raw.writeHead(answer.status, Object.fromEntries(answer.headers));
  raw.end(body.length > 0 ? body : undefined);
}
/** The collection route has no id; the upload route's id is checked as an outbox id by the gate. */
const TusParams = z.object({ uploadId: z.string().optional() });

/** The tus request headers a browser (the app at another origin) must be allowed to send (CORS). */
export const TUS_REQUEST_HEADERS = [
  'tus-resumable',
  'upload-length',
  'upload-metadata',
  'upload-offset',
  'upload-defer-length',
  'upload-concat',
  'x-http-method-override',
  'x-requested-with',
] as const;

/** The tus answer headers the app must be able to read (CORS). */
export const TUS_RESPONSE_HEADERS = [
  UPLOAD_STATUS_HEADER,
  'location',
  'tus-resumable',
  'upload-offset',
  'upload-length',
  'upload-expires',
] as const;

/** Registers the upload routes; returns the notification worker (started on ready, stopped on close). */
export async function registerUploadRoutes(
  app: FastifyInstance,
  ctx: GatewayContext,
  options: UploadRouteOptions = {},
): Promise<Notifier> {
  const notifier = createNotifier(
    {
      db: withUploadTables(ctx.db),
      clock: ctx.clock,
      mailer: ctx.config.smtp ? smtpMailer(ctx.config.smtp) : null,
      log: app.log,
    },
    options.notify,
  );
  const datastore = openUploadStore(ctx.config.dataDir);
  // Unfinished uploads past their time are deleted at start and twice a day after.
  const sweep = () =>
    datastore
      .deleteExpired()
      .catch((error: unknown) => app.log.error({ err: error }, 'expired upload sweep failed'));
  let sweeper: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    notifier.start();
    void sweep();
    sweeper = setInterval(() => void sweep(), 12 * 60 * 60 * 1000).unref();
  });
  app.addHook('onClose', async () => clearInterval(sweeper));
  // preClose runs before onClose, where the database is destroyed: the worker must stop first.
  app.addHook('preClose', async () => notifier.stop());

  const finish = createFinisher({
    db: ctx.db,
    uploads: datastore,
    files: openFileStore(ctx.config.dataDir),
    clock: ctx.clock,
    queued: () => notifier.soon(),
  });
  const refused = refusalRecorder(ctx.db, ctx.clock);
  // The person each tus request was authenticated as, for the tus hooks (which see only the Node request).
  const people = new WeakMap<object, SignedInPerson>();
  // Requests carried by an item's own credential (issue 4: sent whoever is signed in, or none): the
  // credential opens that one item, and its create must carry the uploader's proof.
  const carriers = new WeakMap<object, ItemCarrier>();
  const byItemCredential: OtherAuthentication = async (request) => {
    const credential = itemCredentialOf(request.headers.authorization);
    if (credential === null || credential === 'malformed') return undefined;
    const carrier = await authenticateItem(ctx.db, credential);
    if (carrier === 'refused' || carrier === 'device-revoked')
      return carrier === 'refused' ? undefined : carrier;
    carriers.set(request.raw, carrier);
    return carrier.person;
  };
  const notThisItem = (reply: FastifyReply) =>
    reply.code(404).header('tus-resumable', TUS_RESUMABLE).send(apiError('not-found', NO_SUCH_UPLOAD));
  const tus = createTusServer({
    db: ctx.db,
    datastore,
    allowedOrigins: ctx.config.allowedOrigins,
    clock: ctx.clock,
    offlineDays: ctx.config.offlineDays,
    personOf: (request) => people.get(request),
    carrierOf: (request) => carriers.get(request),
    finish,
    refused,
    log: app.log,
  });
  const uploadComplete = (id: string) =>
    datastore.getUpload(id).then(
      (u) => u.size !== undefined && u.offset === u.size,
      () => false,
    );

  async function handleTus(request: FastifyRequest, reply: FastifyReply) {
    const person = signedIn(request);
    if (!canUpload(person.access)) {
      await refused(person, null, `upload: no upload access (${person.access.level})`);
      const trainingOnly = UPLOAD_ROLES.has(person.role);
      const message = trainingOnly
        ? (person.access.reason ?? 'Complete all 9 training modules to upload.')
        : 'Only Registered Managers, Assistant Managers and Principal Residential Child Care Workers upload documents (guidance 001).';
      return reply.code(403).send(apiError(trainingOnly ? 'training-incomplete' : 'forbidden', message));
    }
    const { uploadId } = TusParams.parse(request.params);
    const carrier = carriers.get(request.raw);
    if (carrier && uploadId !== undefined && uploadId !== carrier.outboxId) return notThisItem(reply);
    if (request.method !== 'POST' || uploadId !== undefined) {
      const gate = await gateExistingUpload(
        { db: ctx.db, finish, uploadComplete },
        {
          method: request.method,
          uploadId,
          homeId: person.homeId,
          now: ctx.clock(),
          offlineDays: ctx.config.offlineDays,
        },
      );
      if (gate) {
        return reply
          .code(gate.status)
          .headers({ 'tus-resumable': TUS_RESUMABLE, ...gate.headers })
          .send(gate.body);
      }
    }
    // What @tus/server reads: the request, with a body that ends when the connection breaks, so
    // every byte that arrived is kept (body-until-gone.ts); the hooks know it by this object.
    // (`duplex`: Node's fetch streams a request body only when told it is half duplex.)
    const init: RequestInit & { duplex: 'half' } = {
      method: request.method,
      headers: headersOf(request.raw.headers),
      body: request.method === 'POST' || request.method === 'PATCH' ? bodyUntilGone(request.raw) : null,
      duplex: 'half',
    };
    const tusRequest = new Request(`${request.protocol}://${request.host}${request.raw.url ?? ''}`, init);
    people.set(tusRequest, person);
    if (carrier) carriers.set(tusRequest, carrier);
    // The answer goes out on the raw response, which Fastify's onSend hooks never see: the
    // gateway's security headers are set on it first (Node merges them with tus's).
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.raw.setHeader(name, value);
    reply.raw.setHeader('cache-control', 'no-store');
    reply.raw.setHeader('connection', 'close');
    reply.hijack();
    try {
      await sendAnswer(reply.raw, await tus.handleWeb(tusRequest));
    } catch (error) {
      // Fastify no longer answers a hijacked request: never leave the client waiting.
      request.log.error({ err: error }, 'upload request failed');
      if (reply.raw.headersSent) reply.raw.destroy();
      else reply.raw.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify(INTERNAL));
    }
  }

  await withSignedIn(
    app,
    ctx,
    (scope) => {
      // Upload answers close their connection (the tus ones above, the status here). A browser
      // silently sends a request again, whole, when a connection it REUSED breaks before any answer;
      // for a PATCH that means megabytes at an offset the gateway has already passed, read and then
      // refused. On a fresh connection a break is reported to the engine, which asks the gateway's
      // offset and resumes there (bench: sync.flaky_bytes_ratio fell from 1.9 to 1.02). A new
      // connection per request costs a handshake per 8 MiB PATCH: little beside the bytes it saves.
      scope.addHook('onSend', async (_request, reply) => {
        reply.header('connection', 'close');
      });
      // Leave tus bodies unread: @tus/server streams them to disk itself.
      scope.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));
      scope.route({ method: [...TUS_METHODS], url: UPLOADS_PATH, handler: handleTus });
      scope.route({ method: [...TUS_METHODS], url: `${UPLOADS_PATH}/:uploadId`, handler: handleTus });

      addRoute(scope, uploadStatusRoute, async ({ params }, request) => {
        const person = signedIn(request);
        const carrier = carriers.get(request.raw);
        if (carrier && carrier.outboxId !== params.outboxId) {
          return { status: 404, body: apiError('not-found', NO_SUCH_UPLOAD) };
        }
        const uploadUrl = `${request.protocol}://${request.host}${UPLOADS_PATH}/${params.outboxId}`;
        const status = await uploadStatus(
          { db: ctx.db, uploads: datastore, finish },
          params.outboxId,
          person.homeId,
          uploadUrl,
        );
        return { status: 200, body: status };
      });
    },
    byItemCredential,
  );
  return notifier;
}
