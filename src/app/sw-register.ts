/**
 * Registers the service worker of production builds (scripts/sw-plugin.mjs writes
 * ./sw.js; `npm run dev` has none) and says when a new version is waiting: the page
 * shows "A new version is available" with a Reload button (src/app/ui/UpdateNotice.tsx),
 * which lets the new worker take over and reloads — never a silently stale app.
 */
import { createStore } from 'zustand/vanilla';

export const updateStore = createStore<{ waiting: ServiceWorker | null }>(() => ({ waiting: null }));

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  let reloading = false;
  sw.addEventListener('controllerchange', () => {
    // Only after the learner asked for the new version (the first install takes control silently).
    if (updateStore.getState().waiting && !reloading) {
      reloading = true;
      location.reload();
    }
  });
  window.addEventListener('load', () => {
    sw.register('./sw.js')
      .then((reg) => {
        const offer = (w: ServiceWorker | null) => {
          if (w && sw.controller) updateStore.setState({ waiting: w });
        };
        offer(reg.waiting);
        reg.addEventListener('updatefound', () => {
          const w = reg.installing;
          w?.addEventListener('statechange', () => {
            if (w.state === 'installed') offer(w);
          });
        });
      })
      .catch(() => {
        /* No offline copy (e.g. a private window): the app works online as before. */
      });
  });
}

/** Use the waiting version now. */
export function applyUpdate(): void {
  updateStore.getState().waiting?.postMessage('skipWaiting');
}
