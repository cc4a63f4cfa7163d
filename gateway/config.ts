/**
 * The gateway's configuration, read once from environment variables. A council sets these (see
 * README "Configuring Hearth"); a bad value stops the gateway with one message naming every bad
 * variable and what it holds, rather than failing later in a way nobody can trace back.
 */
import path from 'node:path';
import { z } from 'zod';
import type { Reg40EventType } from '../shared/domain/regulation-40.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import { REG40_EVENTS_VARIABLE, readCouncilReg40Events } from './reg40-events-file.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  auth: { user: string; pass: string } | null;
  /** The From address of social-worker notifications, e.g. `Hearth <hearth@council.example>`. */
  from: string;
}

export interface GatewayConfig {
  /** 0 asks the system for any free port (tests). */
  port: number;
  host: string;
  /** Absolute. Holds the SQLite file and the stored document files. */
  dataDir: string;
  /** Absolute. The renderer's web build; when missing the gateway serves the API only. */
  webRoot: string;
  /** Origins that may call the API from another origin (CORS), e.g. the Electron app's `app://hearth`. */
  allowedOrigins: readonly string[];
  /** Null when no SMTP host is set: notifications cannot be sent. */
  smtp: SmtpConfig | null;
  /** Load the fictional demo data into an empty database. */
  demoSeed: boolean;
  logLevel: LogLevel;
  /**
   * Days an online sign-in lets the same person unlock Hearth on that device without a connection
   * (the offline grant's life). A role or training change reaches the device at the next online sign-in.
   */
  offlineDays: number;
  /**
   * The council's service token for reading social workers' notification lists
   * (GET /api/v1/social-workers/{workerId}/notifications). Null: that route answers 404, as if absent.
   */
  councilApiToken: string | null;
  /**
   * 'required': only a computer a manager enrolled to the person's home with a one-time code may
   * sign in (issue 7 "Data at rest"). 'open': a computer not yet known is enrolled to the person's
   * home at its first sign-in; for the fictional demo only, so `npm start` and the tests sign in
   * from any browser. A revoked computer stays refused either way.
   */
  deviceEnrolment: DeviceEnrolment;
  /**
   * The council's own Regulation 40 events, after the statutory ones (HEARTH_REG40_EVENTS_FILE;
   * shared/domain/regulation-40-council.ts), handed to the app with the signed-in person's profile.
   */
  reg40CouncilEvents: readonly Reg40EventType[];
}

export type DeviceEnrolment = 'required' | 'open';

export const DEFAULTS = {
  port: 8787,
  host: '127.0.0.1',
  dataDir: '.hearth-data',
  webRoot: 'out/web',
  allowedOrigins: ['app://hearth'],
  offlineDays: 7,
} as const;

/** Long enough for a home that loses its connection for a while, short enough that a leaver's device stops opening. */
export const OFFLINE_DAYS_RANGE = { min: 1, max: 30 } as const;

const got = (raw: string) => `(got ${JSON.stringify(raw)})`;

/**
 * One optional variable: unset or blank means "use the default"; otherwise `read` turns the text
 * into a value or returns undefined, and the message names the variable, the rule and the value.
 * Secrets pass `showValue: false` so a password never reaches a log.
 */
function variable<T>(name: string, rule: string, read: (raw: string) => T | undefined, showValue = true) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T | undefined => {
      if (raw === undefined || raw.trim() === '') return undefined;
      const value = read(raw.trim());
      if (value === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} must be ${rule}${showValue ? ` ${got(raw)}` : ''}`,
        });
      }
      return value;
    });
}

const wholeNumber = (min: number, max: number) => (raw: string) => {
  if (!/^\d{1,5}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
};

const boolean = (raw: string) => {
  const word = raw.toLowerCase();
  return word === 'true' ? true : word === 'false' ? false : undefined;
};

const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const IPV6 = /^[0-9a-f:.]+$/i;
const host = (raw: string) =>
  HOST_NAME.test(raw) || (raw.includes(':') && IPV6.test(raw)) ? raw : undefined;

/** scheme://host[:port], nothing else: the form browsers send in the Origin header. */
const BARE_ORIGIN =
  /^[a-z][a-z0-9+.-]*:\/\/[a-z0-9.-]+(?::\d{1,5})?$|^[a-z][a-z0-9+.-]*:\/\/\[[0-9a-f:.]+\](?::\d{1,5})?$/;
const origins = (raw: string) => {
  // A trailing slash is a common slip; the Origin header never has one, so drop it before checking.
  const list = raw
    .split(',')
    .map((o) => o.trim().toLowerCase().replace(/\/$/, ''))
    .filter((o) => o !== '');
  return list.length > 0 && list.every((o) => BARE_ORIGIN.test(o)) ? list : undefined;
};

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const fromAddress = (raw: string) => {
  const named = /^[^<>]*<([^<>]+)>$/.exec(raw);
  return EMAIL.test(named?.[1] ?? raw) ? raw : undefined;
};

const text = (raw: string) => raw;

/** Long and random enough not to be guessed, in the characters a Bearer header carries (gateway/auth/tokens.ts). */
const serviceToken = (raw: string) => (/^[\w-]{32,200}$/.test(raw) ? raw : undefined);

const Env = z.object({
  HEARTH_PORT: variable('HEARTH_PORT', 'a whole number from 0 to 65535', wholeNumber(0, 65535)),
  HEARTH_HOST: variable('HEARTH_HOST', 'an IP address or host name such as 127.0.0.1', host),
  HEARTH_DATA_DIR: variable('HEARTH_DATA_DIR', 'a folder path', text),
  HEARTH_WEB_ROOT: variable('HEARTH_WEB_ROOT', 'a folder path', text),
  HEARTH_ALLOWED_ORIGINS: variable(
    'HEARTH_ALLOWED_ORIGINS',
    'a comma-separated list of bare origins (scheme://host[:port], no path) such as app://hearth',
    origins,
  ),
  HEARTH_SMTP_HOST: variable('HEARTH_SMTP_HOST', 'a host name or IP address', host),
  HEARTH_SMTP_PORT: variable('HEARTH_SMTP_PORT', 'a whole number from 1 to 65535', wholeNumber(1, 65535)),
  HEARTH_SMTP_SECURE: variable('HEARTH_SMTP_SECURE', 'true or false', boolean),
  HEARTH_SMTP_USER: variable('HEARTH_SMTP_USER', 'a user name', text),
  HEARTH_SMTP_PASS: variable('HEARTH_SMTP_PASS', 'a password', text, false),
  HEARTH_SMTP_FROM: variable(
    'HEARTH_SMTP_FROM',
    'an email address, optionally with a name: Hearth <hearth@council.example>',
    fromAddress,
  ),
  HEARTH_DEMO_SEED: variable('HEARTH_DEMO_SEED', 'true or false', boolean),
  HEARTH_DEVICE_ENROLMENT: variable('HEARTH_DEVICE_ENROLMENT', 'required or open', (raw) =>
    raw === 'required' || raw === 'open' ? raw : undefined,
  ),
  HEARTH_OFFLINE_DAYS: variable(
    'HEARTH_OFFLINE_DAYS',
    `a whole number of days from ${OFFLINE_DAYS_RANGE.min} to ${OFFLINE_DAYS_RANGE.max}`,
    wholeNumber(OFFLINE_DAYS_RANGE.min, OFFLINE_DAYS_RANGE.max),
  ),
  HEARTH_COUNCIL_API_TOKEN: variable(
    'HEARTH_COUNCIL_API_TOKEN',
    '32 to 200 letters, digits, "-" or "_" (e.g. from `openssl rand -hex 32`)',
    serviceToken,
    false,
  ),
  // Read and checked by readCouncilReg40Events, which names the file in any problem.
  HEARTH_REG40_EVENTS_FILE: variable(REG40_EVENTS_VARIABLE, 'a file path', text),
  HEARTH_LOG_LEVEL: variable('HEARTH_LOG_LEVEL', `one of ${LOG_LEVELS.join(', ')}`, (raw) =>
    LOG_LEVELS.find((level) => level === raw.toLowerCase()),
  ),
});

const isSet = (env: Record<string, string | undefined>, name: string) => (env[name]?.trim() ?? '') !== '';

/** Rules across the SMTP variables, judged on whether each is set at all so one mistake gives one message. */
function smtpProblems(env: Record<string, string | undefined>): string[] {
  const others = [
    'HEARTH_SMTP_PORT',
    'HEARTH_SMTP_SECURE',
    'HEARTH_SMTP_USER',
    'HEARTH_SMTP_PASS',
    'HEARTH_SMTP_FROM',
  ];
  if (!isSet(env, 'HEARTH_SMTP_HOST')) {
    return others
      .filter((name) => isSet(env, name))
      .map((name) => `${name} is set but HEARTH_SMTP_HOST is not`);
  }
  const problems: string[] = [];
  if (!isSet(env, 'HEARTH_SMTP_FROM'))
    problems.push('HEARTH_SMTP_FROM is required when HEARTH_SMTP_HOST is set');
  if (isSet(env, 'HEARTH_SMTP_USER') !== isSet(env, 'HEARTH_SMTP_PASS')) {
    problems.push('HEARTH_SMTP_USER and HEARTH_SMTP_PASS must be set together');
  }
  return problems;
}

function smtpConfig(env: z.output<typeof Env>): SmtpConfig | null {
  if (env.HEARTH_SMTP_HOST === undefined || env.HEARTH_SMTP_FROM === undefined) return null;
  const secure = env.HEARTH_SMTP_SECURE ?? false;
  const { HEARTH_SMTP_USER: user, HEARTH_SMTP_PASS: pass } = env;
  return {
    host: env.HEARTH_SMTP_HOST,
    port: env.HEARTH_SMTP_PORT ?? (secure ? 465 : 587),
    secure,
    auth: user !== undefined && pass !== undefined ? { user, pass } : null,
    from: env.HEARTH_SMTP_FROM,
  };
}

/**
 * Reads the configuration from `env` (normally `process.env`). Relative folders are resolved
 * against `cwd`, so the gateway's files land where the person starting it expects.
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  cwd: string = process.cwd(),
): Result<GatewayConfig, 'invalid-config'> {
  const parsed = Env.safeParse(env);
  const reg40 = readCouncilReg40Events(env[REG40_EVENTS_VARIABLE], cwd);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => i.message)),
    ...smtpProblems(env),
    ...(reg40.ok ? [] : [reg40.message]),
  ];
  if (!parsed.success || !reg40.ok || problems.length > 0) {
    const list = problems.map((problem) => `  - ${problem}`).join('\n');
    return fail('invalid-config', `Hearth gateway configuration is invalid:\n${list}`);
  }
  const e = parsed.data;
  return ok({
    port: e.HEARTH_PORT ?? DEFAULTS.port,
    host: e.HEARTH_HOST ?? DEFAULTS.host,
    dataDir: path.resolve(cwd, e.HEARTH_DATA_DIR ?? DEFAULTS.dataDir),
    webRoot: path.resolve(cwd, e.HEARTH_WEB_ROOT ?? DEFAULTS.webRoot),
    allowedOrigins: e.HEARTH_ALLOWED_ORIGINS ?? [...DEFAULTS.allowedOrigins],
    smtp: smtpConfig(e),
    demoSeed: e.HEARTH_DEMO_SEED ?? false,
    logLevel: e.HEARTH_LOG_LEVEL ?? 'info',
    offlineDays: e.HEARTH_OFFLINE_DAYS ?? DEFAULTS.offlineDays,
    councilApiToken: e.HEARTH_COUNCIL_API_TOKEN ?? null,
    // Required unless asked otherwise; open by default only with the fictional demo data.
    deviceEnrolment: e.HEARTH_DEVICE_ENROLMENT ?? (e.HEARTH_DEMO_SEED === true ? 'open' : 'required'),
    reg40CouncilEvents: reg40.value,
  });
}
