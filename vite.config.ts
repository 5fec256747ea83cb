/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fontFilesPlugin } from './scripts/font-files-plugin';
import { licensesPlugin } from './scripts/licenses-plugin';

// An installable PWA that works offline after the first visit: the service worker precaches the
// app and every lazy chunk (the policy catalog and managed policies are large, hence the limit).
// Relative scope and start_url, like the base, so it installs from any sub-path.
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'apple-touch-icon-180x180.png'],
  manifest: {
    name: 'IAM Console Lab',
    short_name: 'IAM Lab',
    description:
      'A browser-only training lab that looks like the AWS IAM console. Not affiliated with AWS.',
    theme_color: '#232f3e',
    background_color: '#ffffff',
    display: 'standalone',
    scope: './',
    start_url: './',
    icons: [
      { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
      { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
      { src: 'pwa-maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,mjs,css,html,json,wasm,svg,png,ico,woff,woff2,txt,webmanifest}'],
    maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

// Hash routing plus a relative base: one dist/ works from any static host under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), fontFilesPlugin(), licensesPlugin(), pwa],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    chunkSizeWarningLimit: 1500,
  },
  // The access matrix's worker is an ES module, like the page's own chunks.
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // jsdom renders of Cloudscape widgets can take many seconds on a loaded 2-core machine.
    testTimeout: 60000,
  },
});
