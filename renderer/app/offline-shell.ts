/**
 * In a browser, registers the service worker (renderer/public/sw.js) that keeps the app's code so
 * Hearth opens without a connection. Electron loads the app from its own files and needs none;
 * the dev server's files change on every save, so only a production build registers it.
 */
export function keepAppForOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (window.location.protocol !== 'https:' && window.location.protocol !== 'http:') return;
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((error: unknown) => {
    // Not fatal: Hearth works online; only opening it with no connection needs the worker.
    console.warn('Hearth could not keep itself for use without a connection', error);
  });
}
