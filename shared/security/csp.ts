/**
 * The Content Security Policy for every page of Hearth, written once: Electron's main process sends
 * it with the app's own protocol and the gateway sends it with the web build. No inline script and
 * no eval anywhere; the page may talk only to itself and to the configured gateway.
 */
export interface CspOptions {
  /** Origins the page may fetch from besides itself, e.g. the gateway's `https://hearth.example.gov.uk`. */
  connectTo: readonly string[];
}

/** Only bare origins are allowed into the policy, so a stray `;` or space cannot widen it. */
const ORIGIN = /^(https?:\/\/(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:]+\])(?::\d{1,5})?)\/?$/i;

function origin(value: string): string {
  const match = ORIGIN.exec(value.trim());
  if (!match?.[1]) throw new Error(`not an http(s) origin: ${value}`);
  return match[1].toLowerCase();
}

export function contentSecurityPolicy({ connectTo }: CspOptions): string {
  const connect = ["'self'", ...new Set(connectTo.map(origin))];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    // pdf.js runs its parser in a worker loaded from the app's own files.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
