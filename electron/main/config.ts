/**
 * The desktop host's configuration, set by the council's IT: `hearth.config.json` in the app's
 * user-data folder, with environment variables taking precedence (handy for a deployment script or
 * a test). `sharedDriveFolder` is IT's folder for this computer: it wins over the home's folder,
 * which the home's managers set on the gateway (shared-drive-folder.ts). Everything is parsed with
 * zod from `unknown`; a bad value stops Hearth with a message that names the file or variable and
 * the setting, rather than starting half-configured.
 *
 * {
 *   "gatewayUrl": "https://hearth.example.gov.uk",
 *   "sharedDriveFolder": "S:\\Children's Home\\Hearth",
 *   "externalLinkAllowList": ["www.gov.uk", "www.legislation.gov.uk"]
 * }
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { fail, ok, type Result } from '../../shared/result.ts';

export const CONFIG_FILE_NAME = 'hearth.config.json';
export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:8787';
/** Guidance and legislation the app may link to, until a council says otherwise. */
export const DEFAULT_EXTERNAL_LINKS = ['www.gov.uk', 'www.legislation.gov.uk'];

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An http(s) base URL without credentials, query or fragment; plain http only on this computer. */
const GatewayUrl = z
  .string()
  .trim()
  .transform((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: 'custom', message: `"${value}" is not a URL` });
      return z.NEVER;
    }
    const problem =
      url.protocol !== 'https:' && url.protocol !== 'http:'
        ? 'must start with https://'
        : url.protocol === 'http:' && !LOOPBACK.has(url.hostname)
          ? 'must use https:// (plain http is allowed only for 127.0.0.1 or localhost)'
          : url.username || url.password
            ? 'must not contain a user name or password'
            : url.search || url.hash
              ? 'must not have a query (?) or fragment (#)'
              : null;
    if (problem) {
      context.addIssue({ code: 'custom', message: `"${value}" ${problem}` });
      return z.NEVER;
    }
    // The contract promises no trailing slash.
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  });

const SharedDriveFolder = z
  .string()
  .trim()
  .min(1)
  .refine((value) => path.isAbsolute(value), { message: 'must be an absolute folder path, e.g. S:\\Hearth' });

const HostName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, {
    message: 'must be a host name such as www.gov.uk (no scheme, path or *)',
  });

const ConfigFile = z.strictObject({
  gatewayUrl: GatewayUrl.optional(),
  sharedDriveFolder: SharedDriveFolder.optional(),
  externalLinkAllowList: z.array(HostName).optional(),
});

export interface HostConfig {
  /** The gateway's base URL, without a trailing slash. */
  gatewayUrl: string;
  /** Its origin, for the page's Content Security Policy. */
  gatewayOrigin: string;
  sharedDriveFolder?: string;
  externalLinkAllowList: string[];
}

function problems(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** The file's text, or null when there is no file (the defaults then apply). */
function readConfigText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT')
      return null;
    throw error;
  }
}

export function loadHostConfig(
  userDataDir: string,
  env: Record<string, string | undefined>,
): Result<HostConfig, 'invalid-config'> {
  const file = path.join(userDataDir, CONFIG_FILE_NAME);
  let fromFile: z.output<typeof ConfigFile> = {};
  let text: string | null;
  try {
    text = readConfigText(file);
  } catch (error) {
    return fail('invalid-config', `Hearth cannot read its configuration file ${file}: ${String(error)}`);
  }
  if (text !== null) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return fail('invalid-config', `Hearth's configuration file ${file} is not valid JSON: ${why}`);
    }
    const parsed = ConfigFile.safeParse(json);
    if (!parsed.success) {
      return fail(
        'invalid-config',
        `Hearth's configuration file ${file} is not valid: ${problems(parsed.error)}`,
      );
    }
    fromFile = parsed.data;
  }

  const overrides: { gatewayUrl?: string; sharedDriveFolder?: string } = {};
  for (const [name, key, schema] of [
    ['HEARTH_GATEWAY_URL', 'gatewayUrl', GatewayUrl],
    ['HEARTH_SHARED_DRIVE', 'sharedDriveFolder', SharedDriveFolder],
  ] as const) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue; // unset, or set empty to mean "not here"
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      return fail(
        'invalid-config',
        `The environment variable ${name} is not valid: ${problems(parsed.error)}`,
      );
    overrides[key] = parsed.data;
  }

  const gatewayUrl = overrides.gatewayUrl ?? fromFile.gatewayUrl ?? DEFAULT_GATEWAY_URL;
  const sharedDriveFolder = overrides.sharedDriveFolder ?? fromFile.sharedDriveFolder;
  return ok({
    gatewayUrl,
    gatewayOrigin: new URL(gatewayUrl).origin,
    ...(sharedDriveFolder ? { sharedDriveFolder } : {}),
    externalLinkAllowList: fromFile.externalLinkAllowList ?? DEFAULT_EXTERNAL_LINKS,
  });
}
