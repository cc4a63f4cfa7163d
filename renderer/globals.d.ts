// Values Vite writes into the bundle at build time (see `define` in vite.web.config.ts).
declare const __HEARTH_VERSION__: string;
declare const __HEARTH_BUILD__: string;

interface ImportMetaEnv {
  /** Set only when the web build is served from somewhere other than the gateway itself. */
  readonly VITE_HEARTH_GATEWAY_URL?: string;
}
