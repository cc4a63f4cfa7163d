/**
 * Structured JSON logs (Fastify's pino). Request logs name an allow-list of request fields only, so
 * credentials never enter a log by default; redaction catches passwords, tokens and cookies that a
 * handler logs by mistake anywhere up to three levels deep.
 */
import type { LogLevel } from './config.ts';

const SECRET_KEYS = [
  'password',
  'passwordHash',
  'password_hash',
  'token',
  'authorization',
  'cookie',
  'set-cookie',
];

export const REDACT_PATHS: string[] = SECRET_KEYS.flatMap((key) => {
  const k = /^[a-z_]+$/i.test(key) ? key : `["${key}"]`;
  const dot = k.startsWith('[') ? '' : '.';
  return [k, `*${dot}${k}`, `*.*${dot}${k}`, `*.*.*${dot}${k}`];
});

export interface LogStream {
  write(line: string): void;
}

interface RequestLike {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string };
}

export function loggerOptions(level: LogLevel, stream?: LogStream) {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      // Which client and from where, never its headers wholesale (they carry the session).
      req: (req: RequestLike) => ({
        method: req.method,
        url: req.url,
        remoteAddress: req.socket?.remoteAddress,
        origin: req.headers['origin'],
        userAgent: req.headers['user-agent'],
      }),
    },
    ...(stream ? { stream } : {}),
  };
}
