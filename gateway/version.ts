/**
 * The gateway's version, read from package.json at start-up (the gateway runs from the source
 * tree, and may import only shared/, so the file is read rather than imported).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const PackageJson = z.object({ version: z.string() });

export const GATEWAY_VERSION: string = PackageJson.parse(
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')),
).version;
