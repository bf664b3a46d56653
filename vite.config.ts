import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// The web application (src/web). `npx vite` starts the dev server with hot reload and forwards /api to the
// Rød Tråd server (RODTRAD_API_URL, default http://localhost:3000). `npm start` builds into dist/web on demand
// (src/web/build.ts) and serves the result from the same server as the API.
export default defineConfig({
  root: here('./src/web'),
  publicDir: false,
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      // dkfds only exports its JS entry; its compiled CSS, fonts and icons live under dist/.
      'dkfds-dist': here('./node_modules/dkfds/dist'),
    },
  },
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: Number(process.env.RODTRAD_WEB_PORT ?? 5173),
    proxy: {
      '/api': { target: process.env.RODTRAD_API_URL ?? 'http://localhost:3000', changeOrigin: false },
    },
  },
});
