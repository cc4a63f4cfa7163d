/** The version and build id Vite wrote into this bundle (see `define` in vite.web.config.ts). */
export const BUILD_INFO = { version: __HEARTH_VERSION__, build: __HEARTH_BUILD__ } as const;
