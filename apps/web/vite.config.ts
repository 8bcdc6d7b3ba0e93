import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The desk's web UI (DESIGN §13). Built into `dist/web` at the repository root, which the api serves with an SPA
 * fallback. `@vitejs/plugin-react` is not used: Vite 8 transforms TSX itself (oxc), so the only React-specific
 * setting is the automatic JSX runtime below. (No React Fast Refresh in `vite dev`: edits reload the page.)
 */
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The shared vocabularies (`@app/access`, order status labels, socket event types) come from `libs/` through the
  // `paths` of apps/web/tsconfig.json, so the UI and the API cannot drift apart.
  resolve: { tsconfigPaths: true },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    // The output lies outside `root`; Vite empties it only when told to.
    emptyOutDir: true,
    target: 'es2022',
    // No source maps on the public server: MLPS assessments flag exposed .map files, and dev has its own.
    sourcemap: false,
    // The shell chunk carries React and antd's core (ConfigProvider, App, Spin): ~570 kB, ~190 kB gzip. Pages are
    // lazy chunks of their own (layout/lazy-pages.ts).
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      onwarn(warning, warn) {
        // antd marks its modules "use client" for React Server Components; meaningless in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: api, changeOrigin: true },
      '/socket.io': { target: api, changeOrigin: true, ws: true },
    },
  },
  preview: { port: 4173 },
});
