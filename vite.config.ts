import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
// @ts-expect-error: plain ESM build helper
import { serviceWorker } from './scripts/sw-plugin.mjs';
// @ts-expect-error: plain ESM build helper
import { pageChunkCheck } from './scripts/page-chunks.mjs';

export default defineConfig({
  // Fast Refresh in `npm run dev`; the production JSX transform is the same as before.
  // serviceWorker(): dist/sw.js precaches the build for offline use (production builds only).
  plugins: [
    react(),
    serviceWorker(),
    // pageChunkCheck(): the build fails if a lesson page's chunks hold tfjs-core (it belongs in the worker).
    pageChunkCheck(),
    // The CSP <meta> of index.html holds for builds; the dev server's inline HMR preamble would break under it.
    {
      name: 'csp-dev-off',
      apply: 'serve',
      transformIndexHtml: (html: string) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
    },
  ],
  base: './',
  server: { port: 5173 },
  preview: { port: 4173 },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
  },
});
