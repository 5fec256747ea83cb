/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { licensesPlugin } from './scripts/licenses-plugin';

// Hash routing plus a relative base: one dist/ works from any static host under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), licensesPlugin()],
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
