// Builds the graph explorer (web/) into dist/web/, served at / by src/web.ts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Cytoscape alone is ~400 kB minified; one chunk is fine for a local tool.
    chunkSizeWarningLimit: 1000,
  },
  // `npx vite --config web/vite.config.ts` for development: the API runs on :4000.
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
