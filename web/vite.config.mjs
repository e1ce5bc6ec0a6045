import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The console is built into dist/console, which the Nest server serves at `/` (src/console/).
// `npm run console:dev` serves it with hot reload and sends API calls to the server on :3000.
export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/console', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // TanStack Query marks its modules "use client" for React Server Components; a browser-only bundle
      // has nothing to do with it, so the warning for each of them is noise.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: { '/v1': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
