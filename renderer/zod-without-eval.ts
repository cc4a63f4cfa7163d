/**
 * Zod compiles fast parsers with `new Function` when it can, and probes for that at the first
 * parse. Hearth's CSP forbids eval (no 'unsafe-eval'), so the probe would be refused and reported
 * as a CSP violation on every start. `jitless` turns both off; parsing is a little slower, which
 * nothing in the renderer notices. Imported first by every renderer entry point.
 */
import { z } from 'zod';

z.config({ jitless: true });
