import http from 'node:http';
/**
 * Builds and starts the gateway: opens and migrates the database, loads the demo data when asked,
 * and registers security headers, CORS, the API routes and the web build. Everything the process
 * needs comes from GatewayConfig, so tests start real gateways on port 0 in temp folders.
 */
import cors from '@fastify/cors';
import Fastify, { type FastifyInstance } from 'fastify';
import { DOWNLOAD_HEADERS } from '../shared/api/downloads.ts';
import { openGrantSigner } from './auth/offline-grant.ts';
import { systemClock, type Clock } from './clock.ts';
import type { GatewayContext } from './context.ts';
import { openDatabase } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { openFileStore } from './files/store.ts';
import type { GatewayConfig } from './config.ts';
import { apiError, registerErrorHandler } from './http/errors.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { loggerOptions, type LogStream } from './logging.ts';
import { registerAccessRequestRoutes } from './routes/access-requests.ts';
import { registerAuditReviewRoutes } from './routes/audit-review.ts';
import { registerAuditRoutes } from './routes/audit.ts';
import { registerHardCopyRoutes } from './routes/hard-copies.ts';
import { registerDownloadLogRoutes } from './routes/download-log.ts';
import { registerDownloadRoutes } from './routes/downloads.ts';
import { registerOfflineCopiesRoutes } from './routes/offline-copies.ts';
import { registerGroupRoutes } from './routes/groups.ts';
import { registerDeviceRoutes } from './routes/devices.ts';
import { registerFinalAuditRoute } from './routes/final-audit.ts';
import { registerNotificationRoutes } from './routes/notifications.ts';
import { registerGroupAdminRoutes } from './routes/group-admin.ts';
import { registerRecordsRoutes } from './routes/records.ts';
import { registerSessionRoutes } from './routes/session.ts';
import { registerSystemRoutes } from './routes/system.ts';
import {
  TUS_REQUEST_HEADERS,
  TUS_RESPONSE_HEADERS,
  registerUploadRoutes,
  type UploadRouteOptions,
} from './routes/uploads.ts';
import { isApiPath, registerWeb, wantsAppPage } from './routes/web.ts';
import { seedDemoData } from './seed/seed.ts';
import { GATEWAY_VERSION } from './version.ts';

export interface BuildOptions {
  /** Where JSON log lines go (default stdout); tests pass a collector. */
  logStream?: LogStream;
  /** The gateway's now (default the system clock); tests move it to end lockouts and expire tokens. */
  clock?: Clock;
  /** The upload routes' notification worker settings (tests shorten its retries). */
  uploads?: UploadRouteOptions;
}

export async function buildGateway(
  config: GatewayConfig,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    // Small request buffers: when a connection breaks mid-upload, @tus/server keeps what reached its
    // file store but drops what still sat in the request's stream buffers (64 KiB each by default
    // in Node 22), and the device must send that again.
    serverFactory: (handler) => http.createServer({ highWaterMark: 16 * 1024 }, handler),
    logger: loggerOptions(config.logLevel, options.logStream),
    // Documents arrive through resumable uploads (a later route), never as large JSON bodies.
    bodyLimit: 1024 * 1024,
  });

  const db = openDatabase(config.dataDir);
  app.addHook('onClose', async () => db.destroy());
  const ran = await migrateToLatest(db);
  app.log.info(
    { migrations: ran },
    ran.length > 0 ? `database migrated: ${ran.join(', ')}` : 'database up to date',
  );

  if (config.demoSeed) {
    const outcome = await seedDemoData(db, openFileStore(config.dataDir));
    app.log.info(
      outcome,
      outcome.seeded
        ? `demo data loaded in ${outcome.durationMs} ms`
        : `demo data not loaded: ${outcome.reason}`,
    );
  }

  registerSecurityHeaders(app);
  registerErrorHandler(app);
  // Cross-origin calls only from the configured app origins (the Electron app is `app://hearth`);
  // any other origin gets no CORS headers, so browsers refuse it the answer.
  await app.register(cors, {
    origin: [...config.allowedOrigins],
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    // The app sends documents by tus (routes/uploads.ts), whose headers must pass the preflight too.
    allowedHeaders: ['authorization', 'content-type', ...TUS_REQUEST_HEADERS],
    // The download's file name and SHA-256 travel in headers (routes/downloads.ts).
    exposedHeaders: [...TUS_RESPONSE_HEADERS, ...DOWNLOAD_HEADERS],
    maxAge: 600,
  });

  const grants = openGrantSigner(config.dataDir);
  if (grants.tightenedPermissions) {
    app.log.warn('The offline grant key file was readable by others: it is now readable by its owner only.');
  }
  const ctx: GatewayContext = { db, clock: options.clock ?? systemClock, config, grants };

  registerSystemRoutes(app, db, GATEWAY_VERSION);
  await registerSessionRoutes(app, ctx);
  await registerRecordsRoutes(app, ctx);
  await registerGroupRoutes(app, ctx);
  await registerAuditRoutes(app, ctx);
  await registerAuditReviewRoutes(app, ctx);
  const notifier = await registerUploadRoutes(app, ctx, options.uploads);
  await registerNotificationRoutes(app, ctx, config.councilApiToken);
  registerGroupAdminRoutes(app, ctx, config.councilApiToken);
  await registerAccessRequestRoutes(app, ctx, config.councilApiToken, () => notifier.wake());
  await registerHardCopyRoutes(app, ctx);
  await registerDownloadRoutes(app, ctx);
  await registerDownloadLogRoutes(app, ctx);
  await registerOfflineCopiesRoutes(app, ctx);
  await registerDeviceRoutes(app, ctx);
  registerFinalAuditRoute(app, ctx);
  const web = await registerWeb(app, config.webRoot);

  app.setNotFoundHandler(async (request, reply) => {
    if (web && wantsAppPage(request)) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    const what = isApiPath(request.url) ? 'API route' : 'page or file';
    const pathname = request.url.split('?')[0];
    return reply.code(404).send(apiError('not-found', `There is no ${what} ${request.method} ${pathname}`));
  });

  return app;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export interface RunningGateway {
  /** e.g. `http://127.0.0.1:54321`, with the port actually bound. */
  url: string;
  close(): Promise<void>;
}

export async function startGateway(
  config: GatewayConfig,
  options: BuildOptions = {},
): Promise<RunningGateway> {
  const app = await buildGateway(config, options);
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close();
    throw error;
  }
  if (!LOOPBACK.has(config.host)) {
    app.log.warn(
      { host: config.host },
      'The gateway is listening beyond this computer: put it behind HTTPS (a reverse proxy) before real data reaches it.',
    );
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      await app.close();
    },
  };
}
