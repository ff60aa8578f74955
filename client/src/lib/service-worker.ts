/**
 * Registers the service worker (public/sw.js) in a production build: it makes the app installable and shows an
 * offline page when a page cannot load. Not in development, where it would get in the way of Vite's reloads.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it the app works as before, only not offline: nothing to tell the person.
    });
  });
}
