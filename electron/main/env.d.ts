/** Stamped in by electron.vite.config.ts at build time; absent when a module runs under vitest. */
declare const __HEARTH_BUILD__: string | undefined;
